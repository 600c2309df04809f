import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, waitForHydration } from "./helpers/fixtures";
import { LOCALES, messages, type Locale } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";
import { e2eDatabaseUrl, runStatements } from "./helpers/sql";

// The review flow end to end: annotate two texts, find the notes by a Chinese
// and an English word, follow a link back into the reader, study with the
// keyboard, download the Markdown export, and check another user sees none of it.

const SECOND_SLUG = "review-e2e-chips";

/** A small second public text, so the notes span two texts. Sentence pairs are 1-1. */
function secondText() {
  const zh = ["芯片是卡脖子的问题。", "大模型需要更多能源。"];
  const en = ["Chips are a chokepoint.", "Large models need more energy."];
  const spans = (parts: string[], lang: "zh" | "en", sep: number) => {
    let pos = 0;
    return parts.map((s, index) => {
      const span = { lang, index, start: pos, end: pos + s.length, pair: index };
      pos += s.length + sep;
      return span;
    });
  };
  return {
    slug: SECOND_SLUG,
    titleZh: "芯片与能源",
    titleEn: "Chips and energy",
    author: "测试",
    authorEn: "Test",
    paragraphs: [{ zh: zh.join(""), en: en.join(" "), sentences: [...spans(zh, "zh", 0), ...spans(en, "en", 1)] }],
  };
}

// Written with plain SQL (e2e/helpers/sql.ts, on SQLite or PostgreSQL); ON CONFLICT DO NOTHING makes it
// idempotent across workers and locales.
test.beforeAll(async () => {
  const text = secondText();
  const now = new Date();
  const p = text.paragraphs[0];
  await runStatements(e2eDatabaseUrl(), [
    {
      sql: `INSERT INTO "Text" ("id", "slug", "titleZh", "titleEn", "author", "authorEn", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      params: ["text-" + SECOND_SLUG, text.slug, text.titleZh, text.titleEn, text.author, text.authorEn, now.toISOString().replace("Z", "+00:00"), now.toISOString().replace("Z", "+00:00")],
    },
    { sql: `INSERT INTO "Paragraph" ("id", "textId", "index", "zh", "en") VALUES (?, ?, 0, ?, ?) ON CONFLICT DO NOTHING`, params: ["para-" + SECOND_SLUG, "text-" + SECOND_SLUG, p.zh, p.en] },
    ...p.sentences.map((s) => ({
      sql: `INSERT INTO "Sentence" ("id", "paragraphId", "lang", "index", "start", "end", "pair") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      params: [`sent-${SECOND_SLUG}-${s.lang}-${s.index}`, "para-" + SECOND_SLUG, s.lang, s.index, s.start, s.end, s.pair],
    })),
  ]);
});

const ZH_0_1 = '[data-pair="0"] [lang="zh-Hans"] [data-sentence="0.1"]';
const EN_0_2 = '[data-pair="0"] [lang="en"] [data-sentence="0.2"]';
const CHIPS_ZH = '[data-pair="0"] [lang="zh-Hans"] [data-sentence="0.0"]';

async function highlight(page: Page, locale: Locale, selector: string, from: number, to: number, note?: string) {
  const a = messages(locale).Annotations;
  await waitForHydration(page);
  const quote = await selectText(page, selector, from, to);
  await page.getByRole("toolbar", { name: a.toolbarLabel }).getByRole("button", { name: note ? a.addNote : a.highlight, exact: true }).click();
  const mark = page.locator(`${selector} mark[data-highlight-id]`).first();
  await expect(mark).not.toHaveAttribute("data-highlight-id", /^tmp-/);
  if (note) {
    const panel = page.getByRole("dialog", { name: a.highlightDialog });
    await panel.getByRole("textbox", { name: a.note }).fill(note);
    await panel.getByRole("button", { name: a.save }).click();
    await expect(panel.locator(".note-markdown")).toContainText(note.replace(/\*\*/g, ""));
    await panel.getByRole("button", { name: a.close }).first().click();
  }
  return quote;
}

for (const locale of LOCALES) {
  const t = messages(locale);

  test(`review: notes, search, link back, study, export, privacy (${locale})`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signUp(page, locale);

    // Three annotations over two texts: a Chinese quote with a note, an English one, and 卡脖子 in the second text.
    await page.goto(`/${locale}/texts/ai-limits`);
    const noted = await highlight(page, locale, ZH_0_1, 0, 8, "A **bottleneck** for video models");
    await highlight(page, locale, EN_0_2, 0, 12);
    await page.goto(`/${locale}/texts/${SECOND_SLUG}`);
    await highlight(page, locale, CHIPS_ZH, 3, 6);

    // The notes page lists all three; search narrows as you type, without a reload.
    await page.goto(`/${locale}/review`);
    await waitForHydration(page, ".review-filters input[type=search]");
    const items = page.locator(".review-item");
    await expect(items).toHaveCount(3);
    const search = page.getByRole("searchbox", { name: t.Review.search });
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    await search.fill("卡");
    await expect(items).toHaveCount(1);
    await expect(items.first().locator(".review-quote")).toHaveText("卡脖子");
    await expect(items.first()).toContainText("Chips are a chokepoint.");

    await search.fill("bottleneck");
    await expect(items).toHaveCount(1);
    await expect(items.first().locator(".review-quote")).toHaveText(noted);
    await expect(items.first().locator(".note-markdown strong")).toHaveText("bottleneck");
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await expect(page).toHaveURL(/[?&]q=bottleneck/);

    // Back to the exact spot: the reader scrolls to the highlight and flashes it.
    await items.first().getByRole("link", { name: t.Review.openInReader }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/texts/ai-limits\\?h=[^#]+#pair-0$`));
    const id = new URL(page.url()).searchParams.get("h")!;
    const mark = page.locator(`mark[data-highlight-id="${id}"]`);
    await expect(mark).toHaveClass(/flash/);
    await expect(mark).toBeInViewport();

    // Study three cards with the keyboard; the counters move with each rating.
    await page.goto(`/${locale}/review/study`);
    await waitForHydration(page, ".study-session button");
    const dueNow = page.locator('[data-stat="due-now"] dd');
    const reviewed = page.locator('[data-stat="reviewed-today"] dd');
    await expect(dueNow).toHaveText("3");
    await expect(reviewed).toHaveText("0");
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press("Space");
      await expect(page.getByRole("group", { name: t.Study.rate })).toBeVisible();
      await page.keyboard.press("3");
      await expect(dueNow).toHaveText(String(3 - i));
      await expect(reviewed).toHaveText(String(i));
    }
    await expect(page.getByText(t.Study.done)).toBeVisible();
    // Ratings are saved one action at a time; wait until the server has all three before reloading.
    await expect
      .poll(async () => ((await (await page.request.get("/api/review/queue")).json()) as { stats: { reviewedToday: number } }).stats.reviewedToday)
      .toBe(3);
    await page.reload();
    await expect(dueNow).toHaveText("0");
    await expect(reviewed).toHaveText("3");

    // The Markdown export, grouped by text, with quotes, counterparts and notes.
    await page.goto(`/${locale}/review`);
    await waitForHydration(page, ".review-filters input[type=search]");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.Export.markdown }).click()]);
    const md = readFileSync((await download.path())!, "utf8");
    expect(md).toContain(`# ${t.Review.title}`);
    expect(md).toContain("## 芯片与能源 · Chips and energy");
    expect(md).toContain("> 卡脖子");
    expect(md).toContain("*Chips are a chokepoint.*");
    expect(md).toContain(`> ${noted}`);
    expect(md).toContain("A **bottleneck** for video models");

    // Another account sees none of it: not on the page, not through the API, not in exports or study.
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await signUp(page2, locale);
    await page2.goto(`/${locale}/review`);
    await expect(page2.getByText(t.Review.empty)).toBeVisible();
    await expect(page2.locator(".review-item")).toHaveCount(0);
    const api = await page2.request.get("/api/review/notes?q=%E5%8D%A1");
    expect((await api.json()).total).toBe(0);
    expect(await (await page2.request.get("/api/export/markdown")).text()).not.toContain("卡脖子");
    expect((await (await page2.request.get("/api/export/json")).json()).annotations).toEqual([]);
    await page2.goto(`/${locale}/review/study`);
    await expect(page2.getByText(t.Study.nothingYet)).toBeVisible();

    // The first user's JSON backup restores into the second account; a broken file gets a clear error.
    const backup = await (await page.request.get("/api/export/json")).text();
    await page2.goto(`/${locale}/review`);
    await waitForHydration(page2, ".import-form input[type=file]");
    const fileInput = page2.getByLabel(t.Export.file);
    await fileInput.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
    await page2.getByRole("button", { name: t.Export.import, exact: true }).click();
    await expect(page2.locator(".import-form").getByRole("alert")).toHaveText(t.Export.errors.notJson);
    await fileInput.setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup) });
    await page2.getByRole("button", { name: t.Export.import, exact: true }).click();
    await expect(page2.locator(".import-ok")).toContainText("3");
    await expect(page2.locator(".review-item")).toHaveCount(3);
    await other.close();
  });
}

test("exports and the notes API refuse a signed-out visitor", async ({ request }) => {
  for (const path of ["/api/review/notes", "/api/review/queue", "/api/export/markdown", "/api/export/json"]) {
    expect((await request.get(path)).status(), path).toBe(401);
  }
  const res = await request.post("/api/review/import?locale=zh", { data: "{}" });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.message).toBe(messages("zh").Export.errors.unauthenticated);
});

test.describe("the reader's time zone", () => {
  test.use({ timezoneId: "Asia/Shanghai" });

  // Daily limits, streaks and "due today" count days where the reader is (unit-tested in lib/time and lib/srs);
  // this checks that the zone gets to the server.
  test("reaches the server in a cookie on the first page", async ({ page, context }) => {
    await page.goto("/en");
    await expect.poll(async () => (await context.cookies()).find((c) => c.name === "tz")?.value).toBe("Asia%2FShanghai");
  });
});
