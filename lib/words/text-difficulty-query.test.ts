import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, seedTinyText } from "@/features/review/test-db";
import { loadDictionary } from "./dictionary";
import { bookDifficulty, textDifficulty } from "./text-difficulty-query";

const t = createTestDb();

beforeAll(async () => {
  loadDictionary(); // seconds on a busy machine
  for (const id of ["u1", "u2"]) await t.db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  const book = await t.db.book.create({ data: { slug: "my-book", titleZh: "书", titleEn: "Book", ownerId: "u1" } });
  for (const [i, slug] of ["ch-1", "ch-2"].entries()) {
    const ch = await seedTinyText(t.db, slug);
    await t.db.text.update({ where: { id: ch.id }, data: { bookId: book.id, chapterIndex: i, ownerId: "u1" } });
  }
  await t.db.vocabularyItem.create({ data: { userId: "u1", headword: "算力", pinyin: "suàn lì", definition: "computing power" } });
}, 60_000);
afterAll(() => t.cleanup());

describe("difficulty of a book", () => {
  it("adds up its chapters' running words and counts each distinct word once", async () => {
    const chapter = await textDifficulty(t.db, "ch-1", "u1");
    const book = await bookDifficulty(t.db, "my-book", "u1");
    expect(chapter).not.toBeNull();
    expect(book).toMatchObject({ words: 2 * chapter!.words, distinct: chapter!.distinct });
    expect(book!.shares).toEqual(chapter!.shares);
    // The saved 算力 is one word the reader has.
    expect(book!.unfamiliar).toBe(chapter!.distinct - 1);
  });
  it("is not found for someone who may not see the chapters, or for an unknown book", async () => {
    expect(await bookDifficulty(t.db, "my-book", "u2")).toBeNull();
    expect(await bookDifficulty(t.db, "my-book", null)).toBeNull();
    expect(await bookDifficulty(t.db, "nope", "u1")).toBeNull();
  });
});
