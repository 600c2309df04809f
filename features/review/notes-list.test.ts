import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/features/annotations/annotation-store";
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
  const part = (p: typeof p0, start: number, end: number) => ({ paragraphId: p.id, lang: "zh" as const, start, end, quote: p.zh.slice(start, end) });
  await createAnnotation(db, USER, { textSlug: "tiny", color: "yellow", parts: [part(p0, 3, 6)], note: "a bottleneck idiom" });
  await createAnnotation(db, USER, { textSlug: "tiny", color: "green", parts: [part(p1, 0, 2)] });
  await createAnnotation(db, "other", { textSlug: "tiny", color: "yellow", parts: [part(p0, 3, 6)] });
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
  it("finds a Chinese quote by its toneless pinyin, on whole syllables", async () => {
    expect(await search("qiabozi")).toEqual(["卡脖子"]); // 卡 is qiǎ in 卡脖子
    expect(await search("suan li")).toEqual(["算力"]);
    expect(await search("bo")).toEqual(["卡脖子"]);
    expect(await search("abo")).toEqual([]);
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
