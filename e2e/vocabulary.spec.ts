import { expect, test, waitForHydration } from "./helpers/fixtures";
import { signUp } from "./helpers/auth";
import { LOCALES, messages } from "./helpers/i18n";
import { SEED_SLUG } from "./helpers/seed";
import { highlighted, wordPoint } from "./helpers/words";

for (const locale of LOCALES) {
  const m = messages(locale);

  test(`/${locale}: save 显卡 from the reader; it is in the vocabulary with its sentence and translation, exports, and no one else sees it`, async ({ page, browser }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/texts/${SEED_SLUG}`);
    await waitForHydration(page);
    const p = await wordPoint(page, "zh", "显卡");
    await page.mouse.click(p.x, p.y);
    const popup = page.getByRole("dialog", { name: m.Words.popupLabel.replace("{word}", "显卡") });
    await popup.getByRole("button", { name: m.Vocabulary.saveWord }).click();
    const savedIn = (n: number) => (locale === "zh" ? `已保存 · ${n} 个语境` : `Saved · ${n} ${n === 1 ? "context" : "contexts"}`);
    await expect(popup.getByRole("link", { name: savedIn(1) })).toBeVisible();
    await expect(popup.getByRole("button", { name: m.Vocabulary.saveWord })).toHaveCount(0);
    // Opened again at another place, the word says it is saved, and this sentence can be added to it.
    await page.keyboard.press("Escape");
    const p2 = await wordPoint(page, "zh", "显卡", 1);
    await page.mouse.click(p2.x, p2.y);
    await expect(popup.getByRole("link", { name: savedIn(1) })).toBeVisible();
    await popup.getByRole("button", { name: m.WordsSaved.addContext }).click();
    await expect(popup.getByRole("link", { name: savedIn(2) })).toBeVisible();
    await page.keyboard.press("Escape");

    // Saved words can be underlined wherever they appear in the text.
    await page.getByRole("checkbox", { name: m.Vocabulary.underlineSaved }).check();
    await expect
      .poll(() => page.evaluate(() => (CSS.highlights.get("saved-word") ? [...CSS.highlights.get("saved-word")!].map(String) : [])))
      .toEqual(expect.arrayContaining(["显卡", "显卡", "显卡"]));

    // The library's difficulty line counts the words not in the vocabulary.
    await page.goto(`/${locale}`);
    await expect(page.locator(".text-difficulty").first()).toContainText(/HSK 1–4/);

    await page.goto(`/${locale}/vocabulary`);
    const item = page.getByRole("listitem", { name: "显卡" });
    await expect(item).toContainText("xiǎn kǎ");
    await expect(item).toContainText("graphics card");
    await expect(item.locator(".vocab-sentence").first()).toContainText("当然这个耐心是需要用显卡和能源消耗来代偿的");
    await expect(item.locator(".vocab-translation").first()).toContainText("paid for with GPUs and energy consumption");
    await expect(item.locator(".vocab-sentence")).toHaveCount(2);

    // "Open in the reader" flashes the word, with its paragraph below the sticky toolbar.
    await item.getByRole("link", { name: new RegExp(m.Vocabulary.openInReader) }).first().click();
    await expect(page).toHaveURL(/\?w=\d+-\d+#pair-\d+$/);
    await expect.poll(() => highlighted(page, "word-flash"), { timeout: 15_000 }).toEqual(["显卡"]);
    const gap = await page.evaluate(() => {
      const pair = document.getElementById(location.hash.slice(1))!;
      return pair.getBoundingClientRect().top - document.querySelector(".reader-toolbar")!.getBoundingClientRect().bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(0);

    // It comes back in study: the recognition card shows the hanzi, and its back the pinyin and meaning.
    await page.goto(`/${locale}/review/study`);
    await waitForHydration(page, ".study-session button");
    // The intro fits word cards too, and the card-type chips are one size.
    await expect(page.locator(".lede")).toHaveText(m.Study.intro);
    const chipHeights = await page.locator(".study-filter a").evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().height)));
    expect(new Set(chipHeights).size).toBe(1);
    const card = page.locator(".study-card");
    for (let i = 0; i < 3 && (await card.getAttribute("data-card-kind")) !== "recognition"; i++) {
      await page.getByRole("button", { name: new RegExp(m.Study.show) }).click();
      await page.locator(".study-ratings button").nth(2).click();
      await expect(card).toBeVisible();
    }
    await expect(card).toHaveAttribute("data-card-kind", "recognition");
    await expect(card.getByRole("group", { name: m.Study.front })).toHaveText("显卡");
    await page.getByRole("button", { name: new RegExp(m.Study.show) }).click();
    await expect(card.getByRole("group", { name: m.Study.back })).toContainText("xiǎn kǎ");
    await expect(card.getByRole("group", { name: m.Study.back })).toContainText("graphics card");
    await page.locator(".study-ratings button").nth(2).click();

    await page.goto(`/${locale}/vocabulary`);
    // Search by toneless pinyin, then mark known (optimistic, and kept after a reload).
    await page.getByLabel(m.Vocabulary.search).fill("xianka");
    await expect(item).toBeVisible();
    await item.getByRole("button", { name: m.Vocabulary.markKnown }).click();
    await expect(item).toHaveAttribute("data-status", "known");
    await page.reload();
    await expect(page.getByRole("listitem", { name: "显卡" })).toHaveAttribute("data-status", "known");

    const tsv = await (await page.request.get("/api/vocabulary/export/tsv")).text();
    const lines = tsv.trim().split("\n");
    expect(lines[2]).toBe("#columns:Hanzi\tPinyin\tDefinition\tSentence\tTranslation\tSource\tTags");
    const row = lines.find((l) => l.startsWith("显卡\t"))!.split("\t");
    expect(row.slice(0, 2)).toEqual(["显卡", "xiǎn kǎ"]);
    expect(row[2]).toContain("graphics card");
    expect(row[3]).toContain("显卡和能源消耗");
    expect(row[4]).toContain("GPUs and energy consumption");
    expect(row[6]).toContain("known");

    // Another account has an empty vocabulary and an empty export.
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await signUp(page2, locale);
    await page2.goto(`/${locale}/vocabulary`);
    await expect(page2.getByText(m.Vocabulary.empty)).toBeVisible();
    expect((await (await page2.request.get("/api/vocabulary/export/tsv")).text()).trim().split("\n")).toHaveLength(4);
    await other.close();
  });
}
