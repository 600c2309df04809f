import { test, expect } from "./helpers/fixtures";
import { LOCALES, messages, format } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";

const ZH = `第一段是开头。今天的天气很好，我们去公园散步。

第二段讲的是人工智能。它在过去两年里发展得非常快。`;
const EN = `The first paragraph is the opening. The weather is fine today, so we go for a walk in the park.

The second paragraph is about artificial intelligence. It has developed very quickly over the past two years.`;

for (const locale of LOCALES) {
  const t = messages(locale).Manage;
  const ti = messages(locale).Import;

  test(`rename an import, then delete it after the export offer (${locale})`, async ({ page, browser }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/import`);
    await page.getByLabel(ti.textTitle).fill(`Park walk ${locale}`);
    await page.getByRole("textbox", { name: ti.chineseSide }).fill(ZH);
    await page.getByRole("textbox", { name: ti.englishSide }).fill(EN);
    await page.getByRole("button", { name: ti.align }).click();
    await expect(page.locator("[data-preview-pair]")).toHaveCount(2);
    await page.getByRole("button", { name: ti.save }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/texts/park-walk-${locale}-`));
    const url = page.url();
    const slug = url.split("/texts/")[1];

    // Rename: a bad URL is refused with a localized message, then a good edit shows at once.
    await page.getByRole("button", { name: t.edit }).click();
    const form = page.getByRole("form", { name: t.formLabel });
    await form.getByLabel(t.titleZh).fill("公园散步");
    await form.getByLabel(t.titleEn).fill(`A walk in the park ${locale}`);
    await form.getByLabel(t.author).fill("王五");
    await form.getByLabel(t.url).fill("ftp://example.com");
    await form.getByRole("button", { name: t.save }).click();
    await expect(form.getByText(t.errors.url)).toBeVisible();
    await form.getByLabel(t.url).fill("https://example.com/park");
    await form.getByRole("button", { name: t.save }).click();
    await expect(form).toHaveCount(0);
    await expect(page.locator(".reader-title-zh")).toHaveText("公园散步");
    await expect(page.locator(".reader-title-en")).toHaveText(`A walk in the park ${locale}`);
    await expect(page.locator(".reader-attribution")).toContainText("王五");
    await page.reload();
    await expect(page.locator(".reader-title-zh")).toHaveText("公园散步");

    // Someone else cannot see the text, so cannot manage it either.
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await signUp(page2, locale);
    expect((await page2.goto(url))?.status()).toBe(404);
    await other.close();

    // One highlight, so the delete dialog offers the export.
    await selectText(page, '[data-pair="0"] [lang="zh-Hans"] [data-sentence="0.0"]', 0, 3);
    await page.getByRole("button", { name: messages(locale).Annotations.highlight, exact: true }).click();
    await expect(page.locator('mark[data-highlight-id]:not([data-highlight-id^="tmp-"])')).toHaveCount(1);
    await page.reload();

    // Delete asks first; cancelling keeps the text.
    await page.getByRole("button", { name: t.delete }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading")).toHaveText(format(t.confirmText, { title: "公园散步" }));
    const markdown = dialog.getByRole("link", { name: t.export.markdown });
    await expect(markdown).toHaveAttribute("href", `/api/export/markdown?text=${slug}&locale=${locale}`);
    const exported = await page.request.get(`/api/export/markdown?text=${slug}&locale=${locale}`);
    expect(await exported.text()).toContain("第一段");
    await dialog.getByRole("button", { name: t.cancel }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(page.locator(".reader-title-zh")).toHaveText("公园散步");

    await page.getByRole("button", { name: t.delete }).click();
    await page.getByRole("dialog").getByRole("button", { name: t.confirmDelete }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/?$`));
    await expect(page.getByRole("link", { name: /公园散步/ })).toHaveCount(0);
    expect((await page.goto(url))?.status()).toBe(404);
    // Its annotations went with it.
    const after = await page.request.get(`/api/export/markdown?text=${slug}&locale=${locale}`);
    expect(await after.text()).not.toContain("第一段");
  });
}
