import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/features/annotations/annotation-store";
import { deleteWord, listVocabulary, saveWord, updateWord } from "@/features/vocabulary/vocabulary-store";
import { saveBook } from "@/lib/books/save-book";
import { parseBackup, serializeBackup, type Backup } from "@/lib/export/backup";
import { rateCard } from "@/lib/srs/scheduler";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { loadWordStats } from "@/lib/words/word-stats";
import { exportBackup, restoreBackup } from "./backup-io";
import { createTestDb, seedTinyText, tinyText } from "./test-db";

const t = createTestDb();
const db = t.db;
const USER = "w-user";
const FRESH = "w-fresh";
const BOOKISH = "w-bookish";
/** A new account for the book restore (FRESH already has the words). */
const READER = "w-reader";

const roundTrip = async (userId: string): Promise<Backup> => {
  const parsed = parseBackup(serializeBackup(await exportBackup(db, userId)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
};

const paragraphsOf = async (slug: string) => (await db.text.findUniqueOrThrow({ where: { slug }, include: { paragraphs: { orderBy: { index: "asc" } } } })).paragraphs;

async function save(userId: string, slug: string, index: number, start: number, headword: string, definition: string) {
  const p = (await paragraphsOf(slug))[index];
  const r = await saveWord(db, userId, { paragraphId: p.id, start, end: start + headword.length, headword, pinyin: "", definition });
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

beforeAll(async () => {
  loadWordStats();
  await seedTinyText(db);
  for (const id of [USER, FRESH, BOOKISH, READER, "w-other"]) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  // 芯片 on the public text; 算力 on USER's private import, with a rated recall card.
  await save(USER, "tiny", 0, 0, "芯片", "chip");
  await saveAlignedText(db, { ...tinyText("w-mine"), titleEn: "Word import", ownerId: USER });
  const compute = await save(USER, "w-mine", 1, 0, "算力", "computing power");
  const card = await db.card.findFirstOrThrow({ where: { vocabularyItemId: compute.id, kind: "recall" } });
  const rated = rateCard(card, 3, new Date("2026-03-01T10:00:00Z"));
  await db.card.update({ where: { id: card.id }, data: rated.card });
  await db.reviewLog.create({ data: { userId: USER, cardId: card.id, ...rated.log } });
  await updateWord(db, USER, compute.id, { note: "from my import", status: "known" });
}, 30_000);
afterAll(() => t.cleanup());

const wordsOf = async (userId: string) => (await exportBackup(db, userId)).words;

describe("saved words in the backup", () => {
  it("holds every word with its contexts by text slug and its cards' FSRS state and logs", async () => {
    const backup = await roundTrip(USER);
    expect(backup.words.map((w) => w.headword)).toEqual(["芯片", "算力"]);
    const compute = backup.words[1];
    expect(compute).toMatchObject({ definition: "computing power", note: "from my import", status: "known" });
    expect(compute.contexts).toEqual([expect.objectContaining({ textSlug: "w-mine", paragraphIndex: 1, start: 0, end: 2, sentence: "算力越来越贵。", translation: "Compute keeps getting dearer." })]);
    expect(compute.cards.map((c) => c.kind)).toEqual(["cloze", "recall", "recognition"]);
    expect(compute.cards.find((c) => c.kind === "recall")).toMatchObject({ reps: 1, logs: [expect.objectContaining({ rating: 3 })] });
  });

  it("same account: a deleted word comes back with its context and card history; a present one is never overwritten", async () => {
    const backup = await roundTrip(USER);
    const before = await wordsOf(USER);
    const items = await listVocabulary(db, USER);
    await updateWord(db, USER, items.find((i) => i.headword === "芯片")!.id, { definition: "edited after the backup" });
    await deleteWord(db, USER, items.find((i) => i.headword === "算力")!.id);
    expect(await db.reviewLog.count({ where: { userId: USER } })).toBe(0);

    const result = await restoreBackup(db, USER, backup);
    expect(result.words).toEqual({ restored: 1, present: 1, unlinked: 0, noText: 0 });
    const after = await listVocabulary(db, USER);
    expect(after.find((i) => i.headword === "芯片")?.definition).toBe("edited after the backup");
    const compute = after.find((i) => i.headword === "算力")!;
    expect(compute).toMatchObject({ note: "from my import", status: "known", cards: { recognition: true, recall: true, cloze: true } });
    expect(compute.contexts).toEqual([expect.objectContaining({ textSlug: "w-mine", paragraphIndex: 1, sentence: "算力越来越贵。" })]);
    const linked = await db.vocabularyContext.findFirstOrThrow({ where: { itemId: compute.id } });
    expect(linked.paragraphId).toBe((await paragraphsOf("w-mine"))[1].id);
    expect(await db.reviewLog.count({ where: { userId: USER } })).toBe(1);
    // Apart from the edit, the account is as it was when backed up.
    const restored = await wordsOf(USER);
    expect(restored.find((w) => w.headword === "算力")).toEqual(before.find((w) => w.headword === "算力"));
    // A second restore adds nothing.
    expect((await restoreBackup(db, USER, backup)).words).toEqual({ restored: 0, present: 2, unlinked: 0, noText: 0 });
    expect(await db.vocabularyItem.count({ where: { userId: USER } })).toBe(2);
  });

  it("new account: the import is recreated and the word's context points into the copy", async () => {
    const backup = await roundTrip(USER);
    const result = await restoreBackup(db, FRESH, backup);
    expect(result).toMatchObject({ textsCreated: 1, words: { restored: 2, present: 0, unlinked: 0, noText: 0 } });
    const copy = await db.text.findFirstOrThrow({ where: { ownerId: FRESH }, include: { paragraphs: { orderBy: { index: "asc" } } } });
    const compute = (await listVocabulary(db, FRESH)).find((i) => i.headword === "算力")!;
    expect(compute.contexts[0].textSlug).toBe(copy.slug);
    expect((await db.vocabularyContext.findFirstOrThrow({ where: { itemId: compute.id } })).paragraphId).toBe(copy.paragraphs[1].id);
    // The first account's words are untouched.
    expect(await db.vocabularyItem.count({ where: { userId: USER } })).toBe(2);
  });

  it("re-places a context whose word moved, keeps one whose passage lost the word without a link, and counts one with no text", async () => {
    const backup = await roundTrip(USER);
    const chip = backup.words[0];
    const words: Backup["words"] = [
      { ...chip, headword: "能源", contexts: [{ ...chip.contexts[0], start: 15, end: 17 }] }, // 能源 is at 17 in paragraph 0
      { ...chip, headword: "问题", contexts: [{ ...chip.contexts[0], paragraphIndex: 1 }] }, // paragraph 1 has no 问题
      { ...chip, headword: "卡脖子", contexts: [{ ...chip.contexts[0], textSlug: "no-such-text" }] },
    ];
    const result = await restoreBackup(db, "w-other", { ...backup, texts: [], annotations: [], words });
    expect(result.words).toEqual({ restored: 3, present: 0, unlinked: 1, noText: 1 });
    const saved = await db.vocabularyItem.findMany({ where: { userId: "w-other" }, include: { contexts: true }, orderBy: { headword: "asc" } });
    const by = new Map(saved.map((w) => [w.headword, w]));
    expect(by.get("能源")!.contexts[0]).toMatchObject({ start: 17, end: 19, paragraphIndex: 0 });
    expect(by.get("能源")!.contexts[0].paragraphId).not.toBeNull();
    expect(by.get("问题")!.contexts[0]).toMatchObject({ paragraphId: null, sentence: chip.contexts[0].sentence });
    expect(by.get("卡脖子")!.contexts).toEqual([]);
  });

  it("reads a version 2 backup (no words, no books) as one with none", async () => {
    const v3 = await roundTrip(USER);
    const v2: Record<string, unknown> = { ...v3, version: 2 };
    delete v2.books;
    delete v2.words;
    const parsed = parseBackup(JSON.stringify(v2));
    expect(parsed.ok && parsed.backup).toMatchObject({ version: 3, books: [], words: [] });
  });
});

describe("books in the backup", () => {
  const chapter = (slug: string, titleZh: string) => ({ titleZh, titleEn: `${titleZh} (en)`, paragraphs: tinyText(slug).paragraphs });
  let bookSlug = "";

  beforeAll(async () => {
    const book = await saveBook(db, BOOKISH, { titleZh: "一本书", titleEn: "A book", author: "李四", source: null, url: null }, [chapter("c1", "第一章"), chapter("c2", "第二章")]);
    bookSlug = book.slug;
    const second = await paragraphsOf(`${bookSlug}-2`);
    const r = await createAnnotation(db, BOOKISH, { textSlug: `${bookSlug}-2`, color: "green", parts: [{ paragraphId: second[1].id, lang: "zh", start: 0, end: 2, quote: "算力" }], note: "on chapter two" });
    if (!r.ok) throw new Error(r.error);
    await save(BOOKISH, `${bookSlug}-1`, 0, 0, "芯片", "chip");
  });

  it("holds each book with its chapters in order, and not the chapters again as texts", async () => {
    const backup = await roundTrip(BOOKISH);
    expect(backup.texts).toEqual([]);
    expect(backup.books).toHaveLength(1);
    expect(backup.books[0]).toMatchObject({ slug: bookSlug, titleZh: "一本书", author: "李四" });
    expect(backup.books[0].chapters.map((c) => [c.slug, c.titleZh])).toEqual([[`${bookSlug}-1`, "第一章"], [`${bookSlug}-2`, "第二章"]]);
    expect(backup.annotations[0].textSlug).toBe(`${bookSlug}-2`);
  });

  it("recreates the book with its chapters in a new account, with the annotation and the word on their chapters", async () => {
    const backup = await roundTrip(BOOKISH);
    const result = await restoreBackup(db, READER, backup);
    expect(result).toMatchObject({ booksCreated: 1, textsCreated: 0, restored: 1, words: { restored: 1, unlinked: 0, noText: 0 } });
    const book = await db.book.findFirstOrThrow({ where: { ownerId: READER }, include: { chapters: { orderBy: { chapterIndex: "asc" } } } });
    expect(book.slug).not.toBe(bookSlug);
    expect(book).toMatchObject({ titleZh: "一本书", titleEn: "A book", author: "李四" });
    expect(book.chapters.map((c) => [c.titleZh, c.chapterIndex, c.ownerId])).toEqual([["第一章", 0, READER], ["第二章", 1, READER]]);
    const mine = await exportBackup(db, READER);
    expect(mine.annotations.find((a) => a.note?.body === "on chapter two")?.textSlug).toBe(book.chapters[1].slug);
    const context = await db.vocabularyContext.findFirstOrThrow({ where: { item: { userId: READER, headword: "芯片" }, textId: book.chapters[0].id } });
    expect(context.paragraphId).not.toBeNull();
    // Again: the copy is found, not made twice.
    expect((await restoreBackup(db, READER, backup)).booksCreated).toBe(0);
    expect(await db.book.count({ where: { ownerId: READER } })).toBe(1);
  });

  it("brings a deleted book back to the same account under its own slug, its annotation on chapter two", async () => {
    const backup = await roundTrip(BOOKISH);
    await db.book.delete({ where: { slug: bookSlug } });
    expect(await db.annotation.count({ where: { userId: BOOKISH } })).toBe(0);
    const result = await restoreBackup(db, BOOKISH, backup);
    expect(result).toMatchObject({ booksCreated: 1, restored: 1, words: { restored: 0, present: 1 } });
    const book = await db.book.findUniqueOrThrow({ where: { slug: bookSlug }, include: { chapters: { orderBy: { chapterIndex: "asc" } } } });
    expect(book.chapters.map((c) => c.slug)).toEqual([`${bookSlug}-1`, `${bookSlug}-2`]);
    const a = await db.annotation.findFirstOrThrow({ where: { userId: BOOKISH }, include: { parts: true } });
    expect(a.textId).toBe(book.chapters[1].id);
    expect(a.parts[0].paragraphId).not.toBeNull();
  });
});
