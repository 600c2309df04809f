import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/features/review/test-db";
import { chapterFeatures } from "./chapter-align";
import { dropDraft, getDraft, getJob, includedChapters, jobReporter, matchDraft, putDraft, setJob, startJob } from "./book-drafts";
import { outlineOf, validPairs } from "./outline";
import type { ChapterSource } from "./types";

const book = (lang: "zh" | "en", chapters: ChapterSource["chapters"]) => ({
  source: { title: lang, author: "", chapters },
  features: chapters.map((c) => chapterFeatures(c, lang)),
});
const zh = book("zh", [
  { title: "版权信息", text: "版权所有。", kind: "matter" },
  { title: "第一章", text: "天".repeat(3000), kind: "body" },
  { title: "第二章", text: "地".repeat(2000), kind: "body" },
]);
const en = book("en", [
  { title: "Chapter 1", text: "word ".repeat(2400), kind: "body" },
  { title: "Chapter 2", text: "word ".repeat(1600), kind: "body" },
]);

describe("book drafts between reading and importing", () => {
  const { db, cleanup } = createTestDb();
  beforeAll(async () => {
    for (const id of ["alice", "bob", "carol"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  });
  afterAll(cleanup);

  it("keeps a draft for its user only, and matches the included chapters in the draft's own numbering", async () => {
    const { token, draft } = await putDraft(db, "alice", zh, en);
    expect(await getDraft(db, "bob", token)).toBeNull();
    expect(await getDraft(db, "alice", token)).toBe(draft);
    const zi = includedChapters(draft.zh.chapters, null);
    expect(zi).toEqual([1, 2]);
    expect(matchDraft(draft, zi, [0, 1]).map((p) => [p.zh, p.en])).toEqual([[[1], [0]], [[2], [1]]]);
    // Ticking the copyright page in: it has no counterpart.
    expect(matchDraft(draft, includedChapters(draft.zh.chapters, [2, 0, 1, 9]), [0, 1]).map((p) => [p.zh, p.en])).toEqual([[[0], []], [[1], [0]], [[2], [1]]]);
    const outline = outlineOf(token, draft, { zh: zi, en: [0, 1] }, []);
    expect(outline.zh.map((c) => [c.title, c.kind, c.chars])).toEqual([["版权信息", "matter", 4], ["第一章", "body", 3000], ["第二章", "body", 2000]]);
  });

  it("stores the draft in the database, so another app server reads the same chapters, and a drop there is seen here", async () => {
    const { token, draft } = await putDraft(db, "alice", zh, en);
    const row = await db.bookDraft.findUniqueOrThrow({ where: { id: token } });
    // Gzipped: the 5,000 repeated characters shrink well below their JSON size.
    expect(row.payload.length).toBeLessThan(JSON.stringify(draft).length / 10);
    // What another server gets: the same draft parsed from the row (this process's copy is bypassed).
    const { token: other } = await putDraft(db, "bob", zh, en);
    await db.bookDraft.update({ where: { id: other }, data: { id: "11111111-1111-4111-8111-111111111111" } });
    const fromRow = await getDraft(db, "bob", "11111111-1111-4111-8111-111111111111");
    expect(fromRow).toEqual({ ...draft, userId: "bob", at: expect.any(Number) });
    await dropDraft(db, token);
    expect(await getDraft(db, "alice", token)).toBeNull();
    await db.bookDraft.deleteMany({ where: { userId: "bob" } });
  });

  it("forgets drafts after 30 minutes", async () => {
    const { token } = await putDraft(db, "alice", zh, en);
    await db.bookDraft.update({ where: { id: token }, data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await getDraft(db, "alice", token)).toBeNull();
  });

  it("keeps at most two drafts per user", async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) tokens.push((await putDraft(db, "carol", zh, en)).token);
    expect(await Promise.all(tokens.map(async (t) => (await getDraft(db, "carol", t)) !== null))).toEqual([false, true, true]);
    expect(await db.bookDraft.count({ where: { userId: "carol" } })).toBe(2);
  });

  it("reports a job to its user only, and a job whose server went quiet as failed", async () => {
    const id = await startJob(db, "alice");
    await setJob(db, id, { status: "running", progress: { step: "sentences", done: 1, total: 2 } });
    expect(await getJob(db, "alice", id)).toEqual({ status: "running", progress: { step: "sentences", done: 1, total: 2 } });
    expect(await getJob(db, "bob", id)).toBeNull();
    expect(await getJob(db, "alice", id, Date.now() + 6 * 60_000)).toEqual({ status: "failed", reason: { kind: "internal" } });
  });

  it("writes progress at most once per interval within a step, always a new step, and the final state last", async () => {
    const id = await startJob(db, "alice");
    const written: string[] = [];
    const recording = {
      bookDraft: db.bookDraft,
      bookImportJob: {
        ...db.bookImportJob,
        updateMany: ((args: { data: { state: string } }) => {
          written.push(args.data.state);
          return db.bookImportJob.updateMany(args as never);
        }) as unknown as typeof db.bookImportJob.updateMany,
      },
    };
    const report = jobReporter(recording, id, 60_000);
    report.progress({ step: "paragraphs", done: 1, total: 9 });
    report.progress({ step: "paragraphs", done: 2, total: 9 });
    report.progress({ step: "sentences", done: 0, total: 9 });
    report.progress({ step: "sentences", done: 1, total: 9 });
    await report.finish({ status: "done", slug: "the-book" });
    expect(written.map((w) => JSON.parse(w))).toEqual([
      { status: "running", progress: { step: "paragraphs", done: 1, total: 9 } },
      { status: "running", progress: { step: "sentences", done: 0, total: 9 } },
      { status: "done", slug: "the-book" },
    ]);
    expect(await getJob(db, "alice", id)).toEqual({ status: "done", slug: "the-book" });
  });

  it("accepts only chapter pairs that are complete, in range, in order and used once", () => {
    expect(validPairs([{ zh: [0], en: [0] }, { zh: [1, 2], en: [1] }], 3, 2)).toBe(true);
    expect(validPairs([], 3, 2)).toBe(false);
    expect(validPairs([{ zh: [0], en: [] }], 3, 2)).toBe(false);
    expect(validPairs([{ zh: [3], en: [0] }], 3, 2)).toBe(false);
    expect(validPairs([{ zh: [1], en: [0] }, { zh: [1], en: [1] }], 3, 2)).toBe(false);
    expect(validPairs([{ zh: [1], en: [1] }, { zh: [2], en: [0] }], 3, 2)).toBe(false);
  });
});
