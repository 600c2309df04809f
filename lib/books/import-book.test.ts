import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/features/review/test-db";
import { runBookTask, type BookTask, type BookTaskResult } from "./book-tasks";
import { ChapterProblemError, importBook, type ImportProgress } from "./import-book";
import { saveBook } from "./save-book";

const run = async <T extends BookTask>(task: T) => runBookTask(task) as BookTaskResult<T>;
const meta = { titleZh: "小书", titleEn: "A Small Book", author: "某人", source: null, url: null };
const chapters = [
  { titleZh: "第一章", titleEn: "Chapter 1", zh: "他来了。她走了。\n\n天黑了。", en: "He came. She left.\n\nNight fell." },
  { titleZh: "第二章", titleEn: "Chapter 2", zh: "第二天早上下雨了。", en: "It rained the next morning." },
];

describe("importing a book", () => {
  const { db, cleanup } = createTestDb();
  beforeAll(async () => {
    await db.user.create({ data: { id: "alice", name: "alice", email: "alice@example.com" } });
  });
  afterAll(cleanup);

  it("aligns every chapter pair, saves one book with its chapters in order, and reports each step", async () => {
    const steps: ImportProgress[] = [];
    const { slug } = await importBook(db, run, { ownerId: "alice", meta, chapters, concurrency: 2, onProgress: (p) => steps.push(p) });
    const book = await db.book.findUniqueOrThrow({ where: { slug }, include: { chapters: { orderBy: { chapterIndex: "asc" }, include: { paragraphs: { orderBy: { index: "asc" }, include: { sentences: true } } } } } });
    expect(book).toMatchObject({ ownerId: "alice", titleZh: "小书", author: "某人" });
    expect(book.chapters.map((c) => [c.titleZh, c.titleEn, c.chapterIndex, c.ownerId])).toEqual([
      ["第一章", "Chapter 1", 0, "alice"],
      ["第二章", "Chapter 2", 1, "alice"],
    ]);
    expect(book.chapters[0].paragraphs.map((p) => [p.zh, p.en])).toEqual([
      ["他来了。她走了。", "He came. She left."],
      ["天黑了。", "Night fell."],
    ]);
    expect(book.chapters[0].paragraphs[0].sentences).toHaveLength(4);
    // Each sentence pair keeps the aligner's calibrated confidence, for the reader's doubtful marks.
    expect(book.chapters[0].paragraphs[0].sentences.every((s) => typeof s.confidence === "number" && s.confidence > 0 && s.confidence <= 1)).toBe(true);
    expect([...new Set(steps.map((s) => s.step))]).toEqual(["paragraphs", "sentences", "saving"]);
    expect(steps.filter((s) => s.step === "sentences").at(-1)).toEqual({ step: "sentences", done: 2, total: 2 });
  });

  it("names the chapter and side that cannot be imported, and saves nothing", async () => {
    const before = await db.book.count();
    const bad = [...chapters, { titleZh: "三", titleEn: "Three", zh: "No Chinese here at all.", en: "Three." }];
    await expect(importBook(db, run, { ownerId: "alice", meta, chapters: bad, concurrency: 1 })).rejects.toEqual(new ChapterProblemError(2, "zh", "NO_CHINESE"));
    expect(await db.book.count()).toBe(before);
  });

  it("rolls the whole book back when saving fails part-way", async () => {
    // The second chapter's slug is taken, so its insert fails after the book and chapter 1 were written.
    await db.text.create({ data: { slug: "taken-2", titleZh: "", titleEn: "x" } });
    const stored = [{ titleZh: "一", titleEn: "One", paragraphs: [] }, { titleZh: "二", titleEn: "Two", paragraphs: [] }];
    await expect(saveBook(db, "alice", meta, stored, "taken")).rejects.toThrow();
    expect(await db.book.findUnique({ where: { slug: "taken" } })).toBeNull();
    expect(await db.text.findUnique({ where: { slug: "taken-1" } })).toBeNull();
  });
});
