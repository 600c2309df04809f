import { test, expect, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages, format } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";

const READER = (locale: string) => `/${locale}/texts/ai-limits`;
// The second sentence of the first paragraph, and its English counterpart.
const ZH_SENTENCE = '[data-pair="0"] [lang="zh-Hans"] [data-sentence="0.1"]';
const EN_SENTENCE = '[data-pair="0"] [lang="en"] [data-sentence="0.1"]';

for (const locale of LOCALES) {
  const t = messages(locale);
  const a = t.Annotations;

  test.describe(`annotations (${locale})`, () => {
    test("highlight part of a Chinese sentence, add a note, reload: both persist and the counterpart is linked", async ({ page }) => {
      await signUp(page, locale);
      await page.goto(READER(locale));
      const quote = await selectText(page, ZH_SENTENCE, 2, 8);
      expect(quote.length).toBe(6);
      await page.getByRole("toolbar", { name: a.toolbarLabel }).getByRole("button", { name: a.addNote }).click();

      const mark = page.locator(`${ZH_SENTENCE} mark[data-highlight-id]`);
      await expect(mark).toHaveText(quote);
      const panel = page.getByRole("dialog", { name: a.highlightDialog });
      const enText = (await page.locator(EN_SENTENCE).textContent())!;
      await expect(panel).toContainText(enText.trim());
      await panel.getByRole("textbox", { name: a.note }).fill("**Key** phrase: 学术圈");
      await panel.getByRole("button", { name: a.save }).click();
      await expect(panel.locator(".note-markdown strong")).toHaveText("Key");

      await page.reload();
      await expect(mark).toHaveText(quote);
      // Hovering the highlight underlines its English counterpart.
      await mark.hover();
      await expect(page.locator(EN_SENTENCE)).toHaveClass(/is-counterpart/);
      await mark.click();
      await expect(panel.getByRole("textbox", { name: a.note })).toHaveValue("**Key** phrase: 学术圈");
      await expect(panel.locator("strong")).toHaveText("Key");
      await expect(panel).toContainText(enText.trim());
    });

    test("recolour, edit, delete and undo", async ({ page }) => {
      await signUp(page, locale);
      await page.goto(READER(locale));
      await selectText(page, EN_SENTENCE, 0, 10);
      await page.getByRole("button", { name: a.highlight, exact: true }).click();
      const mark = page.locator(`${EN_SENTENCE} mark[data-highlight-id]`).first();
      await expect(mark).toBeVisible();
      await expect(mark).not.toHaveAttribute("data-highlight-id", /^tmp-/);

      await mark.click();
      const panel = page.getByRole("dialog", { name: a.highlightDialog });
      await panel.getByRole("button", { name: format(a.colorLabel, { color: a.colors.green }) }).click();
      await expect(mark).toHaveClass(/hl-green/);

      const note = panel.getByRole("textbox", { name: a.note });
      await note.fill("first version");
      await panel.getByRole("button", { name: a.save }).click();
      await expect(panel.locator(".note-markdown")).toHaveText("first version");
      await note.fill("second version");
      await panel.getByRole("button", { name: a.save }).click();
      await expect(panel.locator(".note-markdown")).toHaveText("second version");

      await panel.getByRole("button", { name: a.deleteHighlight }).click();
      await expect(page.locator("mark[data-highlight-id]")).toHaveCount(0);
      await page.getByRole("button", { name: a.undo }).click();
      await expect(page.locator(`${EN_SENTENCE} mark[data-highlight-id]`).first()).toHaveClass(/hl-green/);
      await page.reload();
      await mark.click();
      await expect(page.getByRole("dialog", { name: a.highlightDialog }).getByRole("textbox", { name: a.note })).toHaveValue(
        "second version",
      );
    });
  });
}

test("signing out hides the highlights, and another user sees none of them", async ({ page, browser }) => {
  const t = messages("en");
  await signUp(page, "en");
  await page.goto(READER("en"));
  await selectText(page, ZH_SENTENCE, 0, 4);
  await page.getByRole("button", { name: t.Annotations.highlight, exact: true }).click();
  await expect(page.locator("mark[data-highlight-id]")).toHaveCount(1);
  await expect(page.locator("mark[data-highlight-id]")).not.toHaveAttribute("data-highlight-id", /^tmp-/);

  await page.getByRole("button", { name: t.Nav.signOut }).click();
  await expect(page.getByRole("link", { name: t.Nav.signIn })).toBeVisible();
  await page.goto(READER("en"));
  await expect(page.locator("[data-pair]").first()).toBeVisible();
  await expect(page.locator("mark[data-highlight-id]")).toHaveCount(0);

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await signUp(page2, "en");
  await page2.goto(READER("en"));
  await expect(page2.locator("[data-pair]").first()).toBeVisible();
  await expect(page2.locator("mark[data-highlight-id]")).toHaveCount(0);
  const api = await page2.request.get("/api/texts/ai-limits/annotations");
  expect(api.status()).toBe(200);
  expect((await api.json()).highlights).toEqual([]);
  await other.close();
});

test("a signed-out reader is asked to sign in and comes back to the same place", async ({ page }) => {
  const t = messages("en");
  await page.goto(READER("en"));
  await selectText(page, '[data-pair="3"] [lang="zh-Hans"] [data-sentence="3.0"]', 0, 5);
  await page.getByRole("button", { name: t.Annotations.highlight, exact: true }).click();
  const prompt = page.getByRole("dialog", { name: t.Annotations.signInPrompt });
  await expect(prompt).toBeVisible();
  await prompt.getByRole("link", { name: t.Annotations.signUpAction }).click();
  await page.getByLabel(t.Auth.email).fill(`back-${Date.now()}@example.test`);
  await page.getByLabel(t.Auth.password).fill("correct horse battery");
  await page.getByRole("button", { name: t.Auth.signUp, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/texts\/ai-limits#pair-3$/);
});

test("keyboard: focus a sentence and press H; ? opens the shortcut help", async ({ page }) => {
  const t = messages("en");
  await signUp(page, "en");
  await page.goto(READER("en"));
  await waitForHydration(page, "[data-keys-ready]");
  await page.locator(ZH_SENTENCE).focus();
  await page.keyboard.press("h");
  await expect(page.locator(`${ZH_SENTENCE} mark[data-highlight-id]`)).toHaveText((await page.locator(ZH_SENTENCE).textContent())!);
  await expect(page.locator(`${ZH_SENTENCE} mark[data-highlight-id]`)).not.toHaveAttribute("data-highlight-id", /^tmp-/);
  // The paragraph is re-rendered with the new mark; the reader keeps their place.
  await expect(page.locator(ZH_SENTENCE)).toBeFocused();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: t.Annotations.helpTitle })).toBeVisible();
});
