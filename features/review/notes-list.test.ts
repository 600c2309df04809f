import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listReviewNotes } from "./notes-list";
import { createTestDb, seedTinyText } from "./test-db";
import { EMPTY_FILTER } from "./types";

// The notes list against real SQLite: FTS5 trigram search kept in sync by the
// migration's triggers, the LIKE fallback for short Chinese queries, filters.

const t = createTestDb();
const db = t.db;
const USER = "reader";

beforeAll(async () => {
  const text = await seedTinyText(db);
  const [p0, p1] = text.paragraphs;
  await db.user.create({ data: { id: USER, name: USER, email: "r@example.test" } });
  await db.user.create({ data: { id: "other", name: "other", email: "o@example.test" } });
  const base = { userId: USER, textId: text.id, prefix: "", suffix: "" };
  const h1 = await db.highlight.create({ data: { ...base, paragraphId: p0.id, paragraphIndex: 0, lang: "zh", start: 3, end: 6, quote: "卡脖子", color: "yellow" } });
  await db.note.create({ data: { userId: USER, highlightId: h1.id, body: "a bottleneck idiom" } });
  await db.highlight.create({ data: { ...base, paragraphId: p1.id, paragraphIndex: 1, lang: "zh", start: 0, end: 2, quote: "算力", color: "green" } });
  await db.highlight.create({ data: { ...base, userId: "other", paragraphId: p0.id, paragraphIndex: 0, lang: "zh", start: 3, end: 6, quote: "卡脖子", color: "yellow" } });
});
afterAll(() => t.cleanup());

const search = async (q: string, extra: Partial<typeof EMPTY_FILTER> = {}) =>
  (await listReviewNotes(db, USER, { ...EMPTY_FILTER, q, ...extra })).items.map((i) => i.quote);

describe("notes search", () => {
  it("finds a one-character Chinese query (LIKE fallback) and only the user's own notes", async () => {
    expect(await search("卡")).toEqual(["卡脖子"]);
  });
  it("finds English words in notes and in the aligned counterpart (trigram FTS)", async () => {
    expect(await search("bottleneck")).toEqual(["卡脖子"]);
    expect(await search("chokepoint")).toEqual(["卡脖子"]);
    expect(await search("COMPUTE")).toEqual(["算力"]);
  });
  it("keeps the index in sync when a note changes", async () => {
    const note = await db.note.findFirstOrThrow({ where: { userId: USER } });
    await db.note.update({ where: { id: note.id }, data: { body: "semiconductors" } });
    expect(await search("bottleneck")).toEqual([]);
    expect(await search("semiconductor")).toEqual(["卡脖子"]);
  });
  it("combines search with filters and gives context and counterpart", async () => {
    expect(await search("", { color: "green" })).toEqual(["算力"]);
    expect(await search("", { hasNote: true })).toEqual(["卡脖子"]);
    const page = await listReviewNotes(db, USER, { ...EMPTY_FILTER, q: "卡脖子" });
    expect(page.total).toBe(1);
    expect(page.items[0].contexts[0]).toEqual({ lang: "zh", before: "芯片是", quote: "卡脖子", after: "的问题。" });
    expect(page.items[0].counterpart).toEqual({ lang: "en", text: "Chips are a chokepoint." });
  });
});
