import { test, expect } from "./helpers/fixtures";
import { messages } from "./helpers/i18n";
import { selectAcross, selectText, signUp } from "./helpers/auth";

const t = messages("en").Annotations;
const READER = "/en/texts/ai-limits";
const zhBlock = (pair: number) => `[data-pair="${pair}"] [lang="zh-Hans"] [data-offset-root]`;

test("a selection across paragraphs becomes one grouped highlight per paragraph, with one note", async ({ page }) => {
  await signUp(page, "en");
  await page.goto(READER);
  // From inside paragraph 1 to inside paragraph 2, in Chinese; the English blocks in between are skipped.
  await selectAcross(page, { selector: zhBlock(1), offset: 10 }, { selector: zhBlock(2), offset: 6 });
  await page.getByRole("button", { name: t.addNote }).click();
  const panel = page.getByRole("dialog", { name: t.highlightDialog });
  await panel.getByRole("textbox", { name: t.note }).fill("one note for both paragraphs");
  await panel.getByRole("button", { name: t.save }).click();
  await expect(panel.locator(".note-markdown")).toHaveText("one note for both paragraphs");

  const fetchApi = async () => (await page.request.get("/api/texts/ai-limits/annotations")).json();
  await expect.poll(async () => (await fetchApi()).notes.length).toBe(1);
  const api = await fetchApi();
  expect(api.highlights).toHaveLength(2);
  expect(api.highlights.map((h: { lang: string }) => h.lang)).toEqual(["zh", "zh"]);
  expect(new Set(api.highlights.map((h: { annotationId: string }) => h.annotationId)).size).toBe(1);
  expect(api.notes).toHaveLength(1);
  await expect(page.locator(`[data-pair="1"] [lang="en"] mark`)).toHaveCount(0);

  // Opening the second part shows the same note.
  await page.locator(`${zhBlock(2)} mark[data-highlight-id]`).first().click();
  await expect(panel.getByRole("textbox", { name: t.note })).toHaveValue("one note for both paragraphs");
});

test("overlapping and nested highlights both render", async ({ page }) => {
  await signUp(page, "en");
  await page.goto(READER);
  const sel = '[data-pair="0"] [lang="zh-Hans"] [data-sentence="0.0"]';
  await selectText(page, sel, 0, 10);
  await page.getByRole("button", { name: t.highlight, exact: true }).click();
  await expect(page.locator(`${sel} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`).first()).toBeVisible();
  await selectText(page, sel, 5, 15);
  await page.getByRole("button", { name: t.highlight, exact: true }).click();
  await expect(page.locator(`${sel} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`)).toHaveCount(4); // a, a∩b (2 nested), b
  await selectText(page, sel, 2, 4);
  await page.getByRole("button", { name: t.highlight, exact: true }).click();
  await page.reload();
  // The reader is a cached page: a signed-in reader's marks arrive from the JSON API just after hydration.
  const ids = () => page.locator(`${sel} mark[data-highlight-id]`).evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute("data-highlight-id")))]);
  await expect.poll(async () => (await ids()).length).toBe(3);
  // The innermost mark over characters 2–4 sits inside the outer highlight.
  await expect(page.locator(`${sel} mark mark`).first()).toBeVisible();
  const text = await page.locator(sel).textContent();
  expect(text).toBe(await page.locator(sel).evaluate((el) => el.textContent)); // no text duplicated by nesting
});

test("an unsaved note draft survives a reload", async ({ page }) => {
  await signUp(page, "en");
  await page.goto(READER);
  await selectText(page, '[data-pair="4"] [lang="en"] [data-sentence="4.0"]', 0, 12);
  await page.getByRole("button", { name: t.addNote }).click();
  const panel = page.getByRole("dialog", { name: t.highlightDialog });
  await panel.getByRole("textbox", { name: t.note }).fill("half-written thought");
  await page.reload();
  await page.locator('[data-pair="4"] mark[data-highlight-id]').first().click();
  await expect(panel.getByRole("textbox", { name: t.note })).toHaveValue("half-written thought");
  await expect(panel.getByText(t.draftRestored)).toBeVisible();
});

test("the notes panel lists notes in reading order and jumps to a highlight", async ({ page }) => {
  await signUp(page, "en");
  await page.goto(READER);
  for (const [pair, note] of [
    [9, "later paragraph"],
    [2, "earlier paragraph"],
  ] as const) {
    await selectText(page, `[data-pair="${pair}"] [lang="zh-Hans"] [data-offset-root]`, 0, 6);
    await page.getByRole("button", { name: t.addNote }).click();
    const panel = page.getByRole("dialog", { name: t.highlightDialog });
    await panel.getByRole("textbox", { name: t.note }).fill(note);
    await panel.getByRole("button", { name: t.save }).click();
    await expect(panel.locator(".note-markdown")).toHaveText(note);
    await panel.getByRole("button", { name: t.close }).click();
  }
  await page.getByRole("button", { name: `${t.panelTitle} (2)` }).click();
  const notes = page.getByRole("complementary", { name: t.panelTitle });
  await expect(notes.locator(".note-markdown")).toHaveText(["earlier paragraph", "later paragraph"]);
  await notes.getByRole("button", { name: t.showInText }).nth(1).click();
  const mark = page.locator('[data-pair="9"] mark[data-highlight-id]').first();
  await expect(mark).toHaveClass(/flash/);
  await expect(mark).toBeInViewport();
});
