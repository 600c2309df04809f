import * as OpenCC from "opencc-js/cn2t";
import { expect, test, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";
import { findZhSentence, SEED_SLUG, seedArticle } from "./helpers/seed";
import { convertKeepingOffsets } from "@/features/reader/script-convert";

const article = seedArticle();
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const zhText = (pair: number) => `[data-pair="${pair}"] [data-side="zh"]`;

for (const locale of LOCALES) {
  const m = messages(locale);

  test(`/${locale}: traditional characters are a display of the stored text; a highlight made in them anchors to it`, async ({ page }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/texts/${SEED_SLUG}`);
    await waitForHydration(page);
    await page.getByRole("radio", { name: m.ReaderExtras.traditional }).check();

    const stored = article.paragraphs[0].zh;
    const shown = convertKeepingOffsets(stored, toTraditional);
    expect(shown).not.toBe(stored);
    expect(shown).toContain("發展");
    await expect(page.locator(zhText(0))).toHaveText(shown);
    await expect(page.locator('[data-pair="0"] .side-zh')).toHaveAttribute("lang", "zh-Hant");

    // Highlight part of sentence 0.1 as shown in traditional characters.
    const sentence = `${zhText(0)} [data-sentence="0.1"]`;
    const start = Number(await page.locator(sentence).getAttribute("data-start"));
    const quote = await selectText(page, sentence, 2, 10);
    expect(quote).toBe(shown.slice(start + 2, start + 10));
    await page.getByRole("toolbar", { name: m.Annotations.toolbarLabel }).getByRole("button", { name: m.Annotations.highlight, exact: true }).click();
    const mark = page.locator(`${sentence} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`);
    await expect(mark).toHaveText(quote);

    // It was stored against the simplified text, at the same offsets.
    await mark.click();
    const panel = page.getByRole("dialog", { name: m.Annotations.highlightDialog });
    await expect(panel).toContainText(stored.slice(start + 2, start + 10));
    await page.keyboard.press("Escape");

    // The setting persists; after a reload the mark is still on the same characters.
    await page.reload();
    await waitForHydration(page);
    await expect(page.locator(zhText(0))).toHaveText(shown);
    await expect(mark).toHaveText(quote);

    // Pinyin is read from the stored text, in context: 增長 is zēng zhǎng.
    await page.getByRole("checkbox", { name: m.ReaderSettings.pinyin }).check();
    const growth = findZhSentence(article, "增长");
    const rubies = page.locator(`[data-side="zh"] [data-sentence="${growth.key}"] ruby`);
    await expect(rubies.first()).toBeVisible({ timeout: 20_000 });
    // One <ruby> per word: its base is the converted word, its <rt> the word's syllables.
    const readings = await rubies.evaluateAll((rs) =>
      rs.map((r) => [Array.from(r.childNodes).filter((n) => n.nodeName !== "RT" && n.nodeName !== "RP").map((n) => n.textContent).join(""), r.querySelector("rt")?.textContent]),
    );
    expect(readings.find(([word]) => word === "增長")?.[1]).toBe("zēng zhǎng");

    // Back to simplified: the stored text, the mark on the stored characters.
    await page.getByRole("radio", { name: m.ReaderExtras.simplified }).check();
    await page.getByRole("checkbox", { name: m.ReaderSettings.pinyin }).uncheck();
    await expect(page.locator(zhText(0))).toHaveText(stored);
    await expect(mark).toHaveText(stored.slice(start + 2, start + 10));
  });
}
