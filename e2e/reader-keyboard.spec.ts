import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { signUp } from "./helpers/auth";
import { SEED_SLUG, seedArticle } from "./helpers/seed";

const article = seedArticle();
const sentence = (side: "zh" | "en", key: string) => `[data-side="${side}"] [data-sentence="${key}"]`;
const focusedSentence = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-sentence") ?? document.activeElement?.tagName ?? null);

/** The middle of the first line box of an element, in viewport coordinates. */
async function firstLine(page: Page, selector: string, dx = 4) {
  return page.locator(selector).evaluate((el, dx) => {
    const r = el.getClientRects()[0];
    return { x: r.left + dx, y: r.top + r.height / 2 };
  }, dx);
}

for (const locale of LOCALES) {
  const m = messages(locale);
  const a = m.Annotations;

  test.describe(`/${locale} keyboard and selection`, () => {
    test("after Esc closes a panel, focus is back on the sentence or control it came from", async ({ page }) => {
      await signUp(page, locale);
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);

      // N on a focused sentence: highlight, and the note editor takes focus.
      await page.locator(sentence("zh", "1.0")).focus();
      await page.keyboard.press("n");
      const panel = page.getByRole("dialog", { name: a.highlightDialog });
      await expect(panel.getByRole("textbox", { name: a.note })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(panel).toHaveCount(0);
      await expect.poll(() => focusedSentence(page)).toBe("1.0");

      // Hover links sentences by an outline: the highlight's own colour does not change under the pointer.
      const mark = page.locator(`${sentence("zh", "1.0")} mark[data-highlight-id]`).first();
      const bg = () => mark.evaluate((el) => getComputedStyle(el).backgroundColor);
      const before = await bg();
      await page.locator(sentence("en", "1.0")).hover();
      await expect(page.locator(sentence("zh", "1.0"))).toHaveClass(/is-linked/);
      expect(await bg()).toBe(before);
      expect(await page.locator(sentence("zh", "1.0")).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
      await page.locator(sentence("zh", "1.0")).focus();

      // Enter on the sentence opens its mark; Esc from inside the panel comes back.
      await page.keyboard.press("Enter");
      await expect(panel).toBeVisible();
      await panel.getByRole("textbox", { name: a.note }).focus();
      await page.keyboard.press("Escape");
      await expect(panel).toHaveCount(0);
      await expect.poll(() => focusedSentence(page)).toBe("1.0");

      // The notes panel returns focus to its toolbar button.
      const notesButton = page.getByRole("toolbar").getByRole("button", { name: new RegExp(`^${a.panelTitle}`) });
      await notesButton.click();
      const notes = page.getByRole("complementary", { name: a.panelTitle });
      await expect(notes).toBeVisible();
      await notes.getByRole("button", { name: a.close }).focus();
      await page.keyboard.press("Escape");
      await expect(notes).toHaveCount(0);
      await expect(notesButton).toBeFocused();
    });

    test.describe("side by side", () => {
      test.use({ viewport: { width: 1280, height: 1800 } });

      test("a selection across paragraphs keeps only the language where it started, paragraphs in between included", async ({ page }) => {
        await signUp(page, locale);
        await page.goto(`/${locale}/texts/${SEED_SLUG}`);
        await waitForHydration(page);
        await expect(page.locator("html")).toHaveAttribute("data-reader-layout", "side");

        // Drag from the first Chinese sentence of paragraph 2 into paragraph 4's, over paragraph 3.
        const from = await firstLine(page, sentence("zh", "1.0"), 30);
        const to = await firstLine(page, sentence("zh", "3.0"), 60);
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(to.x, to.y, { steps: 12 });
        await page.mouse.up();

        // What the browser shows as selected is Chinese only.
        const selected = await page.evaluate(() => window.getSelection()!.toString());
        expect(selected).toContain(article.paragraphs[2].zh);
        for (const p of [1, 2]) expect(selected).not.toContain(article.paragraphs[p].en.slice(0, 30));

        // The toolbar takes the selection after a 120 ms debounce; on a busy machine a drag's last step can land after an earlier update.
        const toolbar = page.getByRole("toolbar", { name: a.toolbarLabel });
        await page.waitForTimeout(600);
        await toolbar.getByRole("button", { name: a.highlight, exact: true }).click();
        for (const p of [1, 2, 3]) await expect(page.locator(`[data-pair="${p}"] [data-side="zh"] mark[data-highlight-id]`).first()).toBeVisible();
        await expect(page.locator('[data-side="en"] mark')).toHaveCount(0);
        // The paragraph in between is highlighted whole.
        await expect(page.locator('[data-pair="2"] [data-side="zh"] mark[data-highlight-id]')).toHaveText(article.paragraphs[2].zh);
      });
    });
  });
}
