// The JSON backup brings back what was lost: make annotations on the seed
// article and on a private import, back up, delete some, restore into the same
// account, then restore into a fresh account, comparing every annotation.
import type { Page } from "@playwright/test";
import { test, expect, waitForHydration } from "./helpers/fixtures";
import { format, LOCALES, messages, type Locale } from "./helpers/i18n";
import { selectText, signUp } from "./helpers/auth";
import { SEED_SLUG } from "./helpers/seed";
import { wordPoint } from "./helpers/words";
import type { Backup } from "@/lib/export/backup";

test.describe.configure({ timeout: 180_000 });

const t = messages("en");
const a = t.Annotations;

const ZH = `第一段是开头。今天的天气很好，我们去公园散步。

第二段讲的是人工智能。它在过去两年里发展得非常快。`;
const EN = `The first paragraph is the opening. The weather is fine today, so we go for a walk in the park.

The second paragraph is about artificial intelligence. It has developed very quickly over the past two years.`;

async function highlight(page: Page, selector: string, from: number, to: number, note?: string) {
  await selectText(page, selector, from, to);
  const toolbar = page.getByRole("toolbar", { name: a.toolbarLabel });
  await toolbar.getByRole("button", { name: note ? a.addNote : a.highlight, exact: true }).click();
  await expect(page.locator(`${selector} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`).first()).toBeVisible();
  if (note) {
    const panel = page.getByRole("dialog", { name: a.highlightDialog });
    await panel.getByRole("textbox", { name: a.note }).fill(note);
    await panel.getByRole("button", { name: a.save }).click();
    await expect(panel.locator(".note-markdown")).toHaveText(note);
    await page.keyboard.press("Escape");
  }
}

async function backupOf(page: Page): Promise<Backup> {
  const res = await page.request.get("/api/export/json");
  expect(res.status()).toBe(200);
  return (await res.json()) as Backup;
}

/** Everything a user would call "the annotation", without ids, slugs and times that a restore may change. */
const comparable = (b: Backup) =>
  b.annotations
    .map((x) => ({
      color: x.color,
      createdAt: x.createdAt,
      parts: x.parts,
      note: x.note ? { body: x.note.body, tags: x.note.tags } : null,
      cards: x.cards.map((c) => ({ kind: c.kind, reps: c.reps, state: c.state, logs: c.logs.length })),
    }))
    .sort((p, q) => JSON.stringify(p).localeCompare(JSON.stringify(q)));

async function restore(page: Page, file: string, locale: Locale = "en") {
  const m = messages(locale);
  await page.goto(`/${locale}/review`);
  await page.locator(".import-form input[type=file]").waitFor();
  await page.getByLabel(m.Export.file).setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: m.Export.import, exact: true }).click();
  const status = page.locator(".import-ok");
  await expect(status).toBeVisible();
  return (await status.textContent()) ?? "";
}

test("back up, delete, restore into the same account and into a fresh one: every annotation comes back", async ({ page, browser }) => {
  await signUp(page, "en");

  // A private import with a noted highlight.
  await page.goto("/en/import");
  await page.getByLabel(t.Import.textTitle).fill("Backup walk");
  await page.getByRole("textbox", { name: t.Import.chineseSide }).fill(ZH);
  await page.getByRole("textbox", { name: t.Import.englishSide }).fill(EN);
  await page.getByRole("button", { name: t.Import.align }).click();
  await expect(page.locator("[data-preview-pair]")).toHaveCount(2);
  await page.getByRole("button", { name: t.Import.save }).click();
  await expect(page).toHaveURL(/\/en\/texts\/backup-walk-/);
  await highlight(page, '[data-pair="1"] [lang="zh-Hans"] [data-sentence="1.0"]', 0, 3, "on my import");

  // Three on the seed article, one with a note.
  await page.goto("/en/texts/ai-limits");
  await highlight(page, '[data-pair="0"] [lang="zh-Hans"] [data-sentence="0.1"]', 2, 8, "seed note");
  await highlight(page, '[data-pair="1"] [lang="en"] [data-sentence="1.0"]', 0, 12);
  await highlight(page, '[data-pair="2"] [lang="zh-Hans"] [data-sentence="2.0"]', 0, 4);

  const original = await backupOf(page);
  expect(original.version).toBe(3);
  expect(original.annotations).toHaveLength(4);
  expect(original.texts.map((x) => x.titleEn)).toEqual(["Backup walk"]);
  const file = JSON.stringify(original);

  // Delete two through the reader.
  for (const selector of ['[data-pair="1"] [lang="en"] [data-sentence="1.0"]', '[data-pair="2"] [lang="zh-Hans"] [data-sentence="2.0"]']) {
    await page.locator(`${selector} mark[data-highlight-id]`).first().click();
    await page.getByRole("dialog", { name: a.highlightDialog }).getByRole("button", { name: a.deleteHighlight }).click();
    await expect(page.locator(`${selector} mark[data-highlight-id]`)).toHaveCount(0);
  }
  // The mark goes at once (optimistic); the delete itself may still be on its way to the server.
  await expect.poll(async () => (await backupOf(page)).annotations.length).toBe(2);

  // Same account: the two deleted come back, the two still there are skipped, nothing is duplicated.
  const sameAccount = await restore(page, file);
  expect(sameAccount).toContain("Restored 2 annotations.");
  expect(sameAccount).toContain("Skipped 2 annotations already in your account");
  expect(comparable(await backupOf(page))).toEqual(comparable(original));
  await page.goto("/en/texts/ai-limits");
  await expect(page.locator('[data-pair="2"] [lang="zh-Hans"] mark[data-highlight-id]')).toHaveCount(1);

  // A fresh account: the import is recreated and every annotation is there, on it and on the seed.
  const fresh = await browser.newContext();
  const page2 = await fresh.newPage();
  await signUp(page2, "en");
  const freshAccount = await restore(page2, file);
  expect(freshAccount).toContain("Restored 4 annotations.");
  expect(freshAccount).toContain("Recreated 1 imported text");
  const restored = await backupOf(page2);
  expect(comparable(restored)).toEqual(comparable(original));
  const copy = restored.texts[0];
  expect(copy.titleEn).toBe("Backup walk");
  expect(copy.slug).not.toBe(original.texts[0].slug);
  await page2.goto(`/en/texts/${copy.slug}`);
  await expect(page2.locator('[data-pair="1"] [lang="zh-Hans"] mark[data-highlight-id]')).toHaveText("第二段");
  await fresh.close();
});

// Both locales: the restore summary and the filter bar are localized.
for (const locale of LOCALES) {
  const m = messages(locale);

  test(`/${locale}: a saved word is in the backup; deleted, it comes back with its context; study narrows to one card type; a whole-sentence cloze has a cue`, async ({ page }) => {
    await signUp(page, locale);
    await page.goto(`/${locale}/texts/${SEED_SLUG}`);
    await waitForHydration(page);
    const p = await wordPoint(page, "zh", "显卡");
    await page.mouse.click(p.x, p.y);
    const popup = page.getByRole("dialog", { name: format(m.Words.popupLabel, { word: "显卡" }) });
    await popup.getByRole("button", { name: m.Vocabulary.saveWord }).click();
    await expect(popup.getByRole("button", { name: m.Vocabulary.saved })).toBeDisabled();

    const backup = await backupOf(page);
    expect(backup.words.map((w) => w.headword)).toEqual(["显卡"]);
    expect(backup.words[0].contexts[0]).toMatchObject({ textSlug: SEED_SLUG });

    await page.goto(`/${locale}/vocabulary`);
    const item = page.getByRole("listitem", { name: "显卡" });
    await item.getByRole("button", { name: m.Vocabulary.delete }).click();
    await expect(item).toHaveCount(0);
    await expect.poll(async () => (await backupOf(page)).words.length).toBe(0);

    const summary = await restore(page, JSON.stringify(backup), locale);
    expect(summary).toContain(locale === "en" ? "Restored 1 saved word." : "已恢复 1 个生词。");
    await page.goto(`/${locale}/vocabulary`);
    await expect(item.locator(".vocab-sentence")).toContainText("当然这个耐心是需要用显卡和能源消耗来代偿的");
    await expect(item.locator(".vocab-translation")).toContainText("paid for with GPUs and energy consumption");

    // The study page narrows to one type of card, in the URL, with a count per type.
    await page.goto(`/${locale}/review/study`);
    const bar = page.getByRole("navigation", { name: m.StudyCards.filterLabel });
    await expect(bar.locator('[data-filter="words"] .count')).toHaveText("3");
    await bar.locator('[data-filter="recall"] a').click();
    await expect(page).toHaveURL(/[?&]type=recall\b/);
    await expect(bar.locator('[data-filter="recall"] a')).toHaveAttribute("aria-current", "page");
    await expect(page.locator(".study-card")).toHaveAttribute("data-card-kind", "recall");
    await expect(page.locator('[data-stat="due-now"] dd')).toHaveText("1");

    // A cloze from a highlight of a whole sentence is not a lone blank: the translation is its cue.
    await page.goto(`/${locale}/texts/${SEED_SLUG}`);
    await waitForHydration(page);
    const sentence = '[data-pair="0"] [lang="zh-Hans"] [data-sentence="0.1"]';
    const length = await page.locator(sentence).evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll("rt, rp").forEach((n) => n.remove());
      return clone.textContent!.length;
    });
    await selectText(page, sentence, 0, length);
    await page.getByRole("toolbar", { name: m.Annotations.toolbarLabel }).getByRole("button", { name: m.Annotations.highlight, exact: true }).click();
    await expect(page.locator(`${sentence} mark[data-highlight-id]:not([data-highlight-id^="tmp-"])`).first()).toBeVisible();
    await page.goto(`/${locale}/review/study?type=highlights`);
    const front = page.locator(".study-card").getByRole("group", { name: m.Study.front });
    await expect(front.locator(".cloze-blank")).toHaveCount(1);
    await expect(front.locator(".study-cue")).toHaveAttribute("lang", "en");
    expect((await front.locator(".study-cue").textContent())!.trim().length).toBeGreaterThan(10);
    await expect(page.locator(".study-card")).toContainText(m.StudyCards.cueHint);
  });
}
