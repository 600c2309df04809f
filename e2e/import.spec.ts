import { test, expect } from "./helpers/fixtures";
import { LOCALES, messages, format } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";

const ZH = `第一段是开头。今天的天气很好，我们去公园散步。

第二段讲的是人工智能。它在过去两年里发展得非常快。

第三段是结尾。谢谢大家的耐心阅读。`;

// The translation merged the second and third paragraphs into one.
const EN = `The first paragraph is the opening. The weather is fine today, so we go for a walk in the park.

The second paragraph is about artificial intelligence. It has developed very quickly over the past two years. The third paragraph is the ending. Thank you all for reading patiently.`;

for (const locale of LOCALES) {
  const t = messages(locale).Import;

  test(`import, fix the preview, save, read and highlight (${locale})`, async ({ page, browser }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/import`);
    await page.getByLabel(t.textTitle).fill(`Walk in the park ${locale}`);
    await page.getByLabel(t.author).fill("Test Author");
    await page.getByRole("textbox", { name: t.chineseSide }).fill(ZH);
    await page.getByRole("textbox", { name: t.englishSide }).fill(EN);
    await page.getByRole("button", { name: t.align }).click();

    const pairs = page.locator("[data-preview-pair]");
    // Paragraphs 2 and 3 of the Chinese were matched with the one merged English paragraph.
    await expect(pairs).toHaveCount(2);
    await expect(pairs.nth(1).locator('[lang="zh-Hans"]').first()).toContainText("第二段");
    // Fix: split the merged pair where the third paragraph begins.
    const beads = pairs.nth(1).locator(".preview-bead");
    let split = false;
    for (let k = 1; k < (await beads.count()) && !split; k++) {
      if ((await beads.nth(k).locator('p[lang="zh-Hans"]').textContent())?.startsWith("第三段")) {
        await page.getByRole("button", { name: format(t.splitLabel, { number: 2, bead: k + 1 }) }).click();
        split = true;
      }
    }
    expect(split).toBe(true);
    await expect(pairs).toHaveCount(3);
    await expect(pairs.nth(2).locator('[lang="zh-Hans"]').first()).toContainText("第三段");
    await expect(pairs.nth(2).locator('[lang="en"]').first()).toContainText("The third paragraph");

    await page.getByRole("button", { name: t.save }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/texts/walk-in-the-park-${locale}-`));
    const url = page.url();
    await expect(page.locator("[data-pair]")).toHaveCount(3);
    await expect(page.locator('[data-pair] [lang="zh-Hans"]')).toHaveCount(3);

    // Hover linking and highlighting work as in the seed article.
    await page.locator('[data-pair="2"] [lang="zh-Hans"] [data-sentence="2.0"]').hover();
    await expect(page.locator('[data-pair="2"] [lang="en"] [data-sentence="2.0"]')).toHaveClass(/is-linked/);
    await selectText(page, '[data-pair="2"] [lang="zh-Hans"] [data-sentence="2.1"]', 0, 4);
    await page.getByRole("button", { name: messages(locale).Annotations.highlight, exact: true }).click();
    await expect(page.locator('[data-pair="2"] mark[data-highlight-id]:not([data-highlight-id^="tmp-"])')).toHaveCount(1);

    // The text is private: another user gets "not found".
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await signUp(page2, locale);
    const res = await page2.goto(url);
    expect(res?.status()).toBe(404);
    await expect(page2.getByRole("heading", { name: messages(locale).NotFound.title })).toBeVisible();
    await other.close();
  });
}

test("import rejects bad input with a clear message and keeps the text", async ({ page }) => {
  const t = messages("en").Import;
  await signUp(page, "en");
  await page.goto("/en/import");
  await page.getByLabel(t.textTitle).fill("Bad input");
  await page.getByRole("textbox", { name: t.englishSide }).fill(EN);
  await page.getByRole("button", { name: t.align }).click();
  await expect(page.getByText(format(t.errors.empty, { side: t.chineseSide }))).toBeVisible();

  await page.getByRole("textbox", { name: t.chineseSide }).fill("This is English on the Chinese side, which is a mistake.");
  await page.getByRole("button", { name: t.align }).click();
  await expect(page.getByText(format(t.errors.noChinese, { side: t.chineseSide }))).toBeVisible();
  await expect(page.getByRole("textbox", { name: t.englishSide })).toHaveValue(EN);

  // A file that is not UTF-8 (GBK bytes) is refused on upload.
  await page.getByLabel(format(t.upload, { side: t.chineseSide })).setInputFiles({
    name: "gbk.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xca, 0xc0, 0xbd, 0xe7]),
  });
  await expect(page.getByText(format(t.errors.binary, { side: t.chineseSide }))).toBeVisible();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(0);
});
