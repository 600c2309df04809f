import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./helpers/fixtures";
import { format, LOCALES, messages, type Locale } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";
import { SEED_SLUG } from "./helpers/seed";


const ZH = (key: string) => `[data-side="zh"] [data-sentence="${key}"]`;

async function highlight(page: Page, locale: Locale, selector: string, from: number, to: number, color: "blue" | "green") {
  const a = messages(locale).Annotations;
  const quote = await selectText(page, selector, from, to);
  const toolbar = page.getByRole("toolbar", { name: a.toolbarLabel });
  await toolbar.getByRole("button", { name: format(a.colorLabel, { color: a.colors[color] }) }).click();
  await selectText(page, selector, from, to);
  await toolbar.getByRole("button", { name: a.highlight, exact: true }).click();
  await expect(page.locator(`${selector} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`).first()).toHaveClass(new RegExp(`hl-${color}`));
  return quote;
}

for (const locale of LOCALES) {
  const m = messages(locale);

  test(`/${locale}: the notes page shows each highlight's colour and marks the search term; study keys and sizes; export links`, async ({ page, baseURL }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/texts/${SEED_SLUG}`);
    await waitForHydration(page);
    const blue = await highlight(page, locale, ZH("0.1"), 0, 10, "blue");
    await highlight(page, locale, ZH("1.0"), 0, 8, "green");

    await page.goto(`/${locale}/review`);
    await waitForHydration(page, ".review-filters input[type=search]");
    await expect(page.locator(".review-status")).toContainText(format(locale === "zh" ? "{count} 条高亮" : "{count} highlights", { count: 2 }));
    const marks = page.locator(".review-item .review-mark");
    await expect(marks).toHaveCount(2);
    const classes = await marks.evaluateAll((ms) => ms.map((el) => el.className));
    expect(classes.sort()).toEqual(["review-mark hl-blue", "review-mark hl-green"]);
    const bg = await marks.evaluateAll((ms) => ms.map((el) => getComputedStyle(el).backgroundColor));
    expect(new Set(bg).size, "two different colours").toBe(2);

    // Searching marks the matched term in the result.
    const term = blue.slice(4, 7);
    await page.locator(".review-filters input[type=search]").fill(term);
    await expect(page.locator(".review-item")).toHaveCount(1);
    await expect(page.locator(".review-item mark.search-hit").first()).toHaveText(term);

    // Export links point at the address the request came to, not at the server's localhost.
    const md = await (await page.request.get(`/api/export/markdown?locale=${locale}`, { headers: { host: "reader.test:4321" } })).text();
    expect(md).toContain(`](http://reader.test:4321/${locale}/texts/${SEED_SLUG}?h=`);
    const own = await (await page.request.get(`/api/export/markdown?locale=${locale}`)).text();
    expect(own).toContain(`](${new URL(baseURL!).origin}/${locale}/texts/`);

    // Study: after opening Settings, Space still shows the answer, which is not smaller than the prompt.
    await page.goto(`/${locale}/review/study`);
    await waitForHydration(page, ".study-session button");
    await page.getByText(m.Study.settings, { exact: true }).click();
    await expect(page.locator("details.study-settings")).toHaveAttribute("open", "");
    await page.keyboard.press("Space");
    await expect(page.getByRole("group", { name: m.Study.rate })).toBeVisible();
    await expect(page.locator("details.study-settings")).toHaveAttribute("open", "");
    const size = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(".study-answer .quote-in-context")).toBeGreaterThanOrEqual(await size(".study-front"));
  });
}

