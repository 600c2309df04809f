import { test, expect } from "./helpers/fixtures";
import { LOCALES, messages, format } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";
import { makeEpub } from "@/lib/books/make-epub";

// Two small EPUBs made here: three chapters each, the Chinese with a preface
// the translation lacks, and a copyright page on each side.
const ZH_CHAPTERS = [
  ["第一章 出发", ["老王一早就出了门。他要去城里看望他的女儿。", "路上下着小雨，风也很大。"]],
  // Chapter 2 opens with a long paragraph: its excerpt is wider than a column, and the chapter table must still fit.
  ["第二章 进城", ["中午的时候，他终于到了城里。城里的人很多，车也很多。高楼一座挨着一座，马路上的汽车排成了长队，到处都是说话的声音和汽车喇叭的声音。", "他在路边买了一个包子，一边走一边吃。"]],
  ["第三章 回家", ["傍晚，他和女儿一起吃了晚饭。", "第二天早上，他坐第一班车回家了。"]],
] as const;
const EN_CHAPTERS = [
  ["Chapter 1: Setting Out", ["Old Wang left home early in the morning. He was going to the city to visit his daughter.", "It was drizzling on the way, and the wind was strong."]],
  ["Chapter 2: Into the City", ["At noon he finally reached the city. There were many people in the city, and many cars. Tall buildings stood one after another, the cars on the roads waited in long queues, and everywhere there were voices and car horns.", "He bought a steamed bun by the road and ate it as he walked."]],
  ["Chapter 3: Home Again", ["In the evening he had dinner with his daughter.", "The next morning he took the first bus home."]],
] as const;

const zhEpub = () =>
  Buffer.from(
    makeEpub({
      title: "进城",
      author: "某作者",
      lang: "zh",
      chapters: [
        { title: "版权信息", paragraphs: ["版权所有，侵权必究。"], type: "copyright-page" },
        { title: "序", paragraphs: ["这本小书写的是一位老人进城的故事。写作的时候，我常常想起我的父亲。"] },
        ...ZH_CHAPTERS.map(([title, paragraphs]) => ({ title, paragraphs: [...paragraphs] })),
      ],
    }),
  );
const enEpub = () =>
  Buffer.from(
    makeEpub({
      title: "Into the City",
      author: "Some Author",
      lang: "en",
      version: 2,
      chapters: [
        { title: "Copyright", paragraphs: ["All rights reserved."], type: "copyright-page" },
        ...EN_CHAPTERS.map(([title, paragraphs]) => ({ title, paragraphs: [...paragraphs] })),
      ],
    }),
  );

for (const locale of LOCALES) {
  const t = messages(locale).Books;

  test(`import two EPUBs, check the chapters, read chapter 2 and highlight in it (${locale})`, async ({ page }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/import`);
    await page.getByRole("link", { name: t.modeBook }).click();
    await expect(page).toHaveURL(/mode=book/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages(locale).BookImportPage.title);
    await page.getByLabel(format(t.chooseFile, { side: t.zhBook })).setInputFiles({ name: "zh.epub", mimeType: "application/epub+zip", buffer: zhEpub() });
    await page.getByLabel(format(t.chooseFile, { side: t.enBook })).setInputFiles({ name: "en.epub", mimeType: "application/epub+zip", buffer: enEpub() });
    await page.getByRole("button", { name: t.read }).click();

    // The chapter alignment to check: the preface stands alone, then the three chapters pair up.
    const rows = page.locator("[data-chapter-pair]");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText("序");
    await expect(rows.nth(0)).toContainText(t.noCounterpart);
    await expect(rows.nth(0).getByRole("checkbox", { name: format(t.importPair, { number: 1 }) })).toBeDisabled();
    for (let k = 1; k <= 3; k++) {
      await expect(rows.nth(k)).toContainText(ZH_CHAPTERS[k - 1][0]);
      await expect(rows.nth(k)).toContainText(EN_CHAPTERS[k - 1][0]);
    }
    await expect(page.getByText(locale === "en" ? "3 chapter pairs to import." : "将导入 3 对章节。")).toBeVisible();
    // The table fits the page on desktop and phone, with the English column in the same place on every row.
    for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const enLefts = await page.locator('[data-chapter-pair] [data-chapter^="en-"]').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
      expect(new Set(enLefts).size).toBe(1);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    // The copyright pages are left out, unticked; ticking one brings it in, unticking takes it out again.
    const copyright = page.getByRole("checkbox", { name: format(t.includeChapter, { title: "Copyright" }) });
    await expect(copyright).not.toBeChecked();
    await copyright.check();
    await expect(rows.filter({ hasText: "All rights reserved." })).toHaveCount(1);
    await page.getByRole("checkbox", { name: format(t.includeChapter, { title: "Copyright" }) }).uncheck();
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: "All rights reserved." })).toHaveCount(0);
    await expect(rows.nth(0)).toContainText(t.noCounterpart);
    await expect(page.getByRole("checkbox", { name: format(t.includeChapter, { title: "版权信息" }) })).not.toBeChecked();
    await expect(page.getByText(locale === "en" ? "3 chapter pairs to import." : "将导入 3 对章节。")).toBeVisible();

    await expect(page.getByLabel(t.titleZh)).toHaveValue("进城");
    await expect(page.getByLabel(t.titleEn)).toHaveValue("Into the City");
    await page.getByRole("button", { name: t.import }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/books/into-the-city-`), { timeout: 60_000 });
    // The two titles are two lines, and read as two titles.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("进城 Into the City");
    const [zhBox, enBox] = [await page.locator("h1 .reader-title-zh").boundingBox(), await page.locator("h1 .reader-title-en").boundingBox()];
    expect(enBox!.y).toBeGreaterThanOrEqual(zhBox!.y + zhBox!.height - 1);

    // One library entry with its chapters; chapter 2 opens in the reader.
    const contents = page.locator(".book-contents li");
    await expect(contents).toHaveCount(3);
    await contents.nth(1).getByRole("link").click();
    await expect(page.getByText(format(t.chapterOf, { number: 2, total: 3 }), { exact: true })).toBeVisible();
    // The chapter's heading is a pair of its own; the first paragraph pair follows it.
    const noon = page.locator("[data-pair]").filter({ hasText: "中午的时候" });
    await expect(noon).toHaveCount(1);
    await expect(noon.locator('[lang="en"]').first()).toContainText("At noon");
    const n = await noon.getAttribute("data-pair");
    await selectText(page, `[data-pair="${n}"] [lang="zh-Hans"] [data-sentence="${n}.0"]`, 0, 4);
    await page.getByRole("button", { name: messages(locale).Annotations.highlight, exact: true }).click();
    await expect(page.locator(`[data-pair="${n}"] mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`)).toHaveCount(1);
    await page.reload();
    await expect(page.locator(`[data-pair="${n}"] mark[data-highlight-id]`)).toHaveCount(1);
    const chapter2 = new URL(page.url()).pathname;

    // Previous and next chapters.
    await page.getByRole("link", { name: t.next }).click();
    await expect(page.getByText(format(t.chapterOf, { number: 3, total: 3 }), { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: t.next })).toHaveCount(0);
    await page.getByRole("link", { name: t.previous }).click();
    await expect(page).toHaveURL(new RegExp(`${chapter2}$`));

    // The reader remembered where the user stopped: the library offers to continue there.
    await page.waitForTimeout(2500);
    await page.goto(`/${locale}`);
    const cont = page.getByRole("link", { name: new RegExp(`^${t.continue}: `) });
    await expect(cont).toHaveCount(1);
    await expect(cont).toHaveAttribute("href", new RegExp(`${chapter2}$`));
    await expect(page.getByRole("link", { name: /第二章/ })).toHaveCount(0);

    // The book is renamed and deleted as one entry, with its chapters and the highlight in chapter 2.
    const tm = messages(locale).Manage;
    await page.getByRole("link", { name: new RegExp(format(messages(locale).Library.open, { title: locale === "zh" ? "进城" : "Into the City" })) }).click();
    await page.getByRole("button", { name: tm.edit }).click();
    await page.getByRole("form", { name: tm.formLabel }).getByLabel(tm.titleEn).fill("Going to Town");
    await page.getByRole("form", { name: tm.formLabel }).getByRole("button", { name: tm.save }).click();
    await expect(page.locator(".reader-title-en")).toHaveText("Going to Town");
    await page.getByRole("button", { name: tm.delete }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(locale === "zh" ? "你在其中的 1 条标注也会被删除" : "Your 1 annotation on it will be deleted too.");
    await dialog.getByRole("button", { name: tm.confirmDelete }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/?$`));
    await expect(page.getByText("Going to Town")).toHaveCount(0);
    expect((await page.goto(chapter2))?.status()).toBe(404);
  });
}

test("a DRM-protected or broken EPUB gets a clear message", async ({ page }) => {
  const t = messages("en").Books;
  await signUp(page, "en");
  await page.goto("/en/import?mode=book");
  const drm = makeEpub({
    title: "x",
    lang: "zh",
    chapters: [{ title: "一", paragraphs: ["正文。"] }],
    extra: {
      "META-INF/encryption.xml": `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/></enc:EncryptedData></encryption>`,
    },
  });
  await page.getByLabel(format(t.chooseFile, { side: t.zhBook })).setInputFiles({ name: "zh.epub", mimeType: "application/epub+zip", buffer: Buffer.from(drm) });
  await page.getByLabel(format(t.chooseFile, { side: t.enBook })).setInputFiles({ name: "en.epub", mimeType: "application/epub+zip", buffer: Buffer.from("not a zip") });
  await page.getByRole("button", { name: t.read }).click();
  await expect(page.locator(".form-error")).toHaveText(format(t.errors.drm, { side: t.zhBook }));
  await page.getByLabel(format(t.chooseFile, { side: t.zhBook })).setInputFiles({ name: "zh.epub", mimeType: "application/epub+zip", buffer: zhEpub() });
  await page.getByRole("button", { name: t.read }).click();
  await expect(page.locator(".form-error")).toHaveText(format(t.errors.malformed, { side: t.enBook }));
});
