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

// Five Chinese paragraphs against English pasted without paragraph breaks,
// with an English-only translator's note in the middle.
const ZH_PARAS = `第一段是开头。今天的天气很好，我们去公园散步。

第二段讲的是人工智能。它在过去两年里发展得非常快。

第三段讲的是城市。北京的冬天很冷，但是很少下雪。

第四段讲的是音乐。她每天早上弹一个小时的钢琴。

第五段是结尾。谢谢大家的耐心阅读。`;
const EN_FLAT =
  "The first paragraph is the opening. The weather is fine today, so we go for a walk in the park. " +
  "The second paragraph is about artificial intelligence. It has developed very quickly over the past two years. " +
  "The third paragraph is about the city. Winter in Beijing is cold, but it rarely snows. " +
  "Translator's note: this version first appeared in a small magazine in 1998, with three other stories by different authors. " +
  "The fourth paragraph is about music. She plays the piano for an hour every morning. " +
  "The fifth paragraph is the ending. Thank you all for reading patiently.";

for (const locale of LOCALES) {
  const t = messages(locale).Import;
  const r = messages(locale).AlignReview;

  test(`import English without paragraphs, jump to the doubtful sentence pair, fix it and save (${locale})`, async ({ page }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/import`);
    await page.getByLabel(t.textTitle).fill(`Five paragraphs ${locale}`);
    await page.getByRole("textbox", { name: t.chineseSide }).fill(ZH_PARAS);
    await page.getByRole("textbox", { name: t.englishSide }).fill(EN_FLAT);
    await page.getByRole("button", { name: t.align }).click();

    // The English is cut at the Chinese breaks: every Chinese paragraph has its English, the note stands alone.
    const pairs = page.locator("[data-preview-pair]");
    await expect(pairs).toHaveCount(6);
    for (const [k, zh, en] of [[0, "第一段", "The first paragraph"], [2, "第三段", "The third paragraph"], [5, "第五段", "The fifth paragraph"]] as const) {
      await expect(pairs.nth(k).locator('p[lang="zh-Hans"]').first()).toContainText(zh);
      await expect(pairs.nth(k).locator('p[lang="en"]').first()).toContainText(en);
    }

    // Only the note's sentence pair is doubtful, and the preview jumps to it.
    const doubtful = page.locator("[data-doubtful]");
    await expect(doubtful).toHaveCount(1);
    await expect(doubtful).toContainText("Translator's note");
    await expect(doubtful.locator(".bead-tag")).toBeVisible();
    // The tag is one short line above the sentences, not a tall empty band.
    const tagBox = (await doubtful.locator(".bead-tag").boundingBox())!;
    const textBox = (await doubtful.locator('p[lang="en"]').boundingBox())!;
    expect(textBox.y - (tagBox.y + tagBox.height)).toBeLessThan(10);
    await page.getByRole("button", { name: r.nextDoubtful }).click();
    await expect(doubtful).toBeFocused();

    // Merging the note into the paragraph before it is a fix: nothing is left to check.
    await page.getByRole("button", { name: format(t.mergeLabel, { number: 3 }) }).click();
    await expect(pairs).toHaveCount(5);
    await expect(page.locator("[data-doubtful]")).toHaveCount(0);
    await expect(page.getByRole("button", { name: r.nextDoubtful })).toHaveCount(0);

    await page.getByRole("button", { name: t.save }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/texts/five-paragraphs-${locale}-`));
    await expect(page.locator("[data-pair]")).toHaveCount(5);
    await expect(page.locator('[data-pair="2"] [lang="en"]')).toContainText("Translator's note");
  });
}

// The other paragraphing combinations, through the page.
const ZH_LIST = ZH_PARAS.split("\n\n");
const EN_LIST = [
  "The first paragraph is the opening. The weather is fine today, so we go for a walk in the park.",
  "The second paragraph is about artificial intelligence. It has developed very quickly over the past two years.",
  "The third paragraph is about the city. Winter in Beijing is cold, but it rarely snows.",
  "The fourth paragraph is about music. She plays the piano for an hour every morning.",
  "The fifth paragraph is the ending. Thank you all for reading patiently.",
];
const PREFACE = "译者前言：这五段短文是为初学者写的练习材料，原文发表于一本学校的内部刊物，作者不详。";
const COMBINATIONS: Array<{ name: string; zh: string; en: string; pairs: number; onlyZh: number[] }> = [
  { name: "Chinese without breaks, English with paragraphs", zh: ZH_LIST.join(""), en: EN_LIST.join("\n\n"), pairs: 5, onlyZh: [] },
  { name: "no breaks on either side", zh: ZH_LIST.join(""), en: EN_LIST.join(" "), pairs: 3, onlyZh: [] },
  { name: "a preface only in Chinese", zh: [PREFACE, ...ZH_LIST].join("\n\n"), en: EN_LIST.join("\n\n"), pairs: 6, onlyZh: [0] },
];

for (const locale of LOCALES) {
  const t = messages(locale).Import;
  for (const c of COMBINATIONS) {
    test(`import with ${c.name} (${locale})`, async ({ page }) => {
      await signUp(page, locale);
      await page.goto(`/${locale}/import`);
      await page.getByLabel(t.textTitle).fill(`${c.name} ${locale}`);
      await page.getByRole("textbox", { name: t.chineseSide }).fill(c.zh);
      await page.getByRole("textbox", { name: t.englishSide }).fill(c.en);
      await page.getByRole("button", { name: t.align }).click();
      const pairs = page.locator("[data-preview-pair]");
      await expect(pairs).toHaveCount(c.pairs);
      for (let k = 0; k < c.pairs; k++) {
        const row = pairs.nth(k);
        if (c.onlyZh.includes(k)) {
          // Nothing corresponds: never shown as confident, and its sentence pair is doubtful.
          await expect(row).toHaveClass(/confidence-low/);
          await expect(row.locator("[data-doubtful]")).toHaveCount(1);
          await expect(row.locator('p[lang="en"]')).toHaveText([t.empty]);
        } else {
          await expect(row).not.toHaveClass(/confidence-low/);
          await expect(row.locator('p[lang="en"]').first()).not.toHaveText(t.empty);
        }
      }
      // Every Chinese paragraph's opening sentence sits beside its English.
      for (const [k, zh] of ZH_LIST.entries()) {
        const bead = page.locator(".preview-bead", { hasText: zh.slice(0, 6) }).first();
        await expect(bead.locator('p[lang="en"]')).toContainText(EN_LIST[k].slice(0, 20));
      }
      await page.getByRole("button", { name: t.save }).click();
      await expect(page.locator("[data-pair]")).toHaveCount(c.pairs);
    });
  }
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
