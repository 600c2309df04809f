import { test, expect } from "./helpers/fixtures";
import { messages } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";

// A text longer than the reader page's first window (100 pairs): the page
// carries the beginning, the browser brings in the rest, and deep links and
// highlights in the later part work as in a short text.
const PAIRS = 130;
const ZH = Array.from({ length: PAIRS }, (_, i) => `第${i + 1}段开始了。这是第${i + 1}段的第二句话。`).join("\n\n");
const EN = Array.from({ length: PAIRS }, (_, i) => `Paragraph ${i + 1} begins. This is the second sentence of paragraph ${i + 1}.`).join("\n\n");

test("a long text opens with its beginning and completes itself; later paragraphs can be linked and highlighted", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const t = messages("en");
  await signUp(page, "en");
  await page.goto("/en/import");
  await page.getByLabel(t.Import.textTitle).fill("A long text");
  await page.getByRole("textbox", { name: t.Import.chineseSide }).fill(ZH);
  await page.getByRole("textbox", { name: t.Import.englishSide }).fill(EN);
  await page.getByRole("button", { name: t.Import.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(PAIRS);
  await page.getByRole("button", { name: t.Import.save }).click();
  await expect(page).toHaveURL(/\/en\/texts\/a-long-text-/);
  const url = page.url();
  const slug = new URL(url).pathname.split("/").pop()!;

  // The server's HTML holds the first 100 pairs; the browser fetches the other 30.
  const html = await (await page.request.get(url)).text();
  expect(html.match(/data-pair="\d+"/g)).toHaveLength(100);
  await expect(page.locator("[data-pair]")).toHaveCount(PAIRS);
  await expect(page.locator('[data-pair="129"] [lang="en"]')).toHaveText("Paragraph 130 begins. This is the second sentence of paragraph 130.");
  await expect(page.getByRole("status").filter({ hasText: "Loading the rest" })).toHaveCount(0);

  // Highlight in the later part; it is there again after a reload.
  const sentence = '[data-pair="120"] [lang="zh-Hans"] [data-sentence="120.1"]';
  await selectText(page, sentence, 0, 4);
  await page.getByRole("button", { name: t.Annotations.highlight, exact: true }).click();
  const mark = page.locator(`${sentence} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`);
  await expect(mark).toHaveText("这是第1");
  await page.reload();
  await expect(mark).toHaveText("这是第1");

  // A deep link past the first window scrolls there once the paragraph has arrived.
  await page.goto(`${url}#pair-125`);
  await expect(page.locator("#pair-125")).toBeInViewport();

  // The windows follow the text's privacy, and bad ranges are refused.
  expect((await page.request.get(`/api/texts/${slug}/paragraphs?from=100&count=-1`)).status()).toBe(400);
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await signUp(page2, "en");
  expect((await page2.request.get(`/api/texts/${slug}/paragraphs?from=100&count=30`)).status()).toBe(404);
  await other.close();
});
