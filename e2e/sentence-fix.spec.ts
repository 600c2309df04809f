import { test, expect, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages, format } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";
import type { Page } from "@playwright/test";

// One paragraph the aligner doubts: it pairs both Chinese sentences with both
// English ones as one 2-2 pair, at well under 50% (the long English sentence
// has nothing to do with the Chinese).
const ZH = "第一段是开头。今天的天气很好，我们去公园散步。";
const EN =
  "The first paragraph is the opening. Nothing here has anything to do with it at all, and this sentence is much longer than anything on the other side could ever be, going on and on about cheese, trains and the weather in a city far away, in a country nobody has heard of, where the rivers run uphill and the clocks tell yesterday's time to anyone who asks them politely.";

const ZH_SENTENCES = '[data-pair="0"] .side-zh .side-text > .sentence';
const EN_SENTENCES = '[data-pair="0"] .side-en .side-text > .sentence';
const SECOND_EN = `${EN_SENTENCES}:nth-of-type(2)`;

async function importAndAlign(page: Page, locale: (typeof LOCALES)[number], title: string) {
  const ti = messages(locale).Import;
  await signUp(page, locale);
  await page.goto(`/${locale}/import`);
  await page.getByLabel(ti.textTitle).fill(title);
  await page.getByRole("textbox", { name: ti.chineseSide }).fill(ZH);
  await page.getByRole("textbox", { name: ti.englishSide }).fill(EN);
  await page.getByRole("button", { name: ti.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(1);
}

const pairKeys = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute("data-sentence")));

for (const locale of LOCALES) {
  const m = messages(locale);
  const t = m.SentenceFix;
  const zhName = t.chinese;
  const enName = t.english;

  test(`fix sentence pairs of a saved text from the reader; the highlight stays on its words (${locale})`, async ({ page }) => {
    await importAndAlign(page, locale, `Fix reader ${locale}`);
    await page.getByRole("button", { name: m.Import.save }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/texts/fix-reader-${locale}-`));
    await waitForHydration(page);

    // The doubtful pair is marked quietly: every sentence of it, and the way in says so.
    await expect(page.locator('[data-pair="0"] .sentence[data-doubtful]')).toHaveCount(4);
    expect(await pairKeys(page, `${ZH_SENTENCES}, ${EN_SENTENCES}`)).toEqual(["0.0", "0.0", "0.0", "0.0"]);

    const quote = await selectText(page, SECOND_EN, 0, 12);
    await page.getByRole("toolbar", { name: m.Annotations.toolbarLabel }).getByRole("button", { name: m.Annotations.highlight, exact: true }).click();
    const mark = page.locator(`${SECOND_EN} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`);
    await expect(mark).toHaveText(quote);

    const open = page.locator('[data-pair="0"] .pair-fix[data-doubtful]');
    await open.click();
    const dialog = page.getByRole("dialog", { name: format(t.title, { number: 1 }) });
    // Split the 2-2 pair after the first Chinese sentence: the English is cut where the lengths match.
    await dialog.getByRole("button", { name: format(t.splitLabel, { bead: 1, side: zhName, sentence: 1 }) }).click();
    // Shown at once, behind the dialog too, and no longer doubtful.
    await expect(dialog.getByRole("listitem")).toHaveCount(2);
    await expect(page.locator('[data-pair="0"] .sentence[data-doubtful]')).toHaveCount(0);
    expect(await pairKeys(page, ZH_SENTENCES)).toEqual(["0.0", "0.1"]);
    await expect(dialog.getByRole("status")).toHaveText(t.saved);
    // Move the second English sentence's link up to the first pair: 今天… is left with no counterpart.
    await dialog.getByRole("button", { name: format(t.moveUpLabel, { side: enName, sentence: 2, target: 1 }) }).click();
    await expect.poll(() => pairKeys(page, EN_SENTENCES)).toEqual(["0.0", "0.0"]);
    await expect(dialog.getByRole("status")).toHaveText(t.saved);
    await dialog.getByRole("button", { name: t.close }).click();
    await expect(dialog).toBeHidden();

    await page.reload();
    await waitForHydration(page);
    expect(await pairKeys(page, ZH_SENTENCES)).toEqual(["0.0", "0.1"]);
    expect(await pairKeys(page, EN_SENTENCES)).toEqual(["0.0", "0.0"]);
    await expect(page.locator('[data-pair="0"] .sentence[data-doubtful]')).toHaveCount(0);
    // The highlight is still there, on the same words.
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveText(quote);
    await expect(page.getByRole("button", { name: format(t.openLabel, { number: 1 }) })).toHaveCount(1);

    // The shared seed article offers no fix-up, even signed in.
    await page.goto(`/${locale}/texts/ai-limits`);
    await waitForHydration(page);
    await expect(page.locator(".pair-fix")).toHaveCount(0);
  });

  test(`fix sentence pairs in the import preview before saving (${locale})`, async ({ page }) => {
    const ta = m.AlignReview;
    await importAndAlign(page, locale, `Fix preview ${locale}`);
    await expect(page.locator("[data-preview-pair] [data-doubtful]")).toHaveCount(1);
    await page.getByRole("button", { name: format(t.editInlineLabel, { number: 1 }) }).click();
    await page.getByRole("button", { name: format(t.splitLabel, { bead: 1, side: zhName, sentence: 1 }) }).click();
    await expect(page.getByRole("listitem", { name: format(t.pairLabel, { bead: 2 }) })).toBeVisible();
    await expect(page.locator("[data-preview-pair] [data-doubtful]")).toHaveCount(0);
    await expect(page.locator(".doubtful-nav")).toHaveText(ta.doubtfulCount.match(/=0 \{([^}]*)\}/)![1]);
    await page.getByRole("button", { name: m.Import.save }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/texts/fix-preview-${locale}-`));
    expect(await pairKeys(page, ZH_SENTENCES)).toEqual(["0.0", "0.1"]);
    expect(await pairKeys(page, EN_SENTENCES)).toEqual(["0.0", "0.1"]);
    await expect(page.locator('[data-pair="0"] .sentence[data-doubtful]')).toHaveCount(0);
  });
}
