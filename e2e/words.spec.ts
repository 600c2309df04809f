import { expect, test, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { SEED_SLUG } from "./helpers/seed";
import { highlighted, wordPoint } from "./helpers/words";

/** A busy machine takes seconds to load the dictionaries after the server starts. */
const FIRST_LOOKUP_MS = 30_000;

for (const locale of LOCALES) {
  const m = messages(locale);

  test.describe(`/${locale} word lookup`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/${locale}/texts/${SEED_SLUG}`);
      await waitForHydration(page);
    });

    test("clicking 显卡 shows its pinyin and definition beside it, and the popup resizes the word", async ({ page }) => {
      const p = await wordPoint(page, "zh", "显卡");
      await page.mouse.click(p.x, p.y);
      const popup = page.getByRole("dialog", { name: m.Words.popupLabel.replace("{word}", "显卡") });
      // The server loads the word data right after it starts: a test that runs first may wait for it.
      await expect(popup).toBeVisible({ timeout: FIRST_LOOKUP_MS });
      await expect(popup).toContainText("xiǎn kǎ");
      await expect(popup).toContainText("graphics card");
      await expect(popup).toContainText("顯卡");
      expect(await highlighted(page, "word-open")).toEqual(["显卡"]);

      // The popup never covers the word.
      const box = await popup.boundingBox();
      expect(box).not.toBeNull();
      expect(p.y < box!.y || p.y > box!.y + box!.height || p.x < box!.x || p.x > box!.x + box!.width).toBe(true);

      // One character shorter, then back.
      await page.keyboard.press("[");
      await expect(page.getByRole("dialog", { name: m.Words.popupLabel.replace("{word}", "显") })).toBeVisible();
      await page.keyboard.press("]");
      await expect(popup).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(popup).toBeHidden();
    });

    test("[ pressed before the lookup answers applies to the word the popup then shows", async ({ page }) => {
      // A slow answer: the key press comes while the popup is still waiting for its word.
      await page.route("**/api/words/lookup?**", async (route) => {
        await new Promise((r) => setTimeout(r, 600));
        await route.continue();
      });
      const p = await wordPoint(page, "zh", "显卡");
      await page.mouse.click(p.x, p.y);
      await page.keyboard.press("[");
      await expect(page.getByRole("dialog", { name: m.Words.popupLabel.replace("{word}", "显") })).toBeVisible({ timeout: FIRST_LOOKUP_MS });
      expect(await highlighted(page, "word-open")).toEqual(["显"]);
    });

    test("an English word shows Chinese equivalents and underlines its translation", async ({ page }) => {
      const p = await wordPoint(page, "en", "energy");
      await page.mouse.click(p.x, p.y);
      const popup = page.getByRole("dialog", { name: m.Words.popupLabel.replace("{word}", "energy") });
      await expect(popup).toContainText("能源", { timeout: FIRST_LOOKUP_MS });
      await expect.poll(() => highlighted(page, "word-link")).toContain("能源");
    });

    test("arrow keys move word by word in a focused sentence and Enter opens the lookup", async ({ page }) => {
      const first = page.locator('[data-side="zh"] .sentence').first();
      await first.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => highlighted(page, "word-open"), { timeout: FIRST_LOOKUP_MS }).toHaveLength(1);
      const w1 = (await highlighted(page, "word-open"))[0];
      await page.keyboard.press("ArrowRight");
      await expect.poll(async () => {
        const [w] = await highlighted(page, "word-open");
        return w !== undefined && w !== w1;
      }).toBe(true);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("dialog")).toBeVisible({ timeout: 15_000 });
    });

    test("pinyin is grouped by word, read in context", async ({ page }) => {
      await page.getByRole("checkbox", { name: m.ReaderSettings.pinyin }).check();
      const ruby = page.locator('[data-side="zh"] ruby').filter({ hasText: "显卡" }).first();
      await expect(ruby.locator("rt")).toHaveText("xiǎn kǎ");
      // 处在 is chǔ zài (plain pinyin-pro reads chù).
      await expect(page.locator('[data-side="zh"] ruby').filter({ hasText: /^处在/ }).first().locator("rt")).toHaveText("chǔ zài");
    });
  });
}
