import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/features/annotations/annotation-store";
import { saveWord } from "@/features/vocabulary/vocabulary-store";
import { loadWordStats } from "@/lib/words/word-stats";
import { parseStudyFilter } from "./schemas";
import { loadStudyQueue } from "./study-queue";
import { createTestDb, seedTinyText } from "./test-db";

const t = createTestDb();
const db = t.db;
const USER = "f-user";
const TZ = "UTC";

beforeAll(async () => {
  loadWordStats();
  const text = await seedTinyText(db);
  const [p0, p1] = text.paragraphs;
  await db.user.create({ data: { id: USER, name: USER, email: "f@example.test" } });
  for (const [p, start, end] of [[p0, 3, 6], [p1, 0, 2]] as const) {
    const r = await createAnnotation(db, USER, { textSlug: "tiny", color: "yellow", parts: [{ paragraphId: p.id, lang: "zh", start, end, quote: p.zh.slice(start, end) }] });
    if (!r.ok) throw new Error(r.error);
  }
  // One saved word: a recognition, a recall and a cloze card.
  const w = await saveWord(db, USER, { paragraphId: p0.id, start: 17, end: 19, headword: "能源", pinyin: "néng yuán", definition: "energy" });
  if (!w.ok) throw new Error(w.error);
}, 30_000);
afterAll(() => t.cleanup());

describe("study queue by card type", () => {
  it("counts every type, and narrows the cards and 'due now' to the chosen one", async () => {
    const all = await loadStudyQueue(db, USER, TZ);
    expect(all.counts).toEqual({ all: 5, highlights: 2, words: 3, recognition: 1, recall: 1, cloze: 1 });
    expect(all.cards).toHaveLength(5);

    const highlights = await loadStudyQueue(db, USER, TZ, new Date(), "highlights");
    expect(highlights.filter).toBe("highlights");
    expect(highlights.cards.map((c) => c.type)).toEqual(["annotation", "annotation"]);
    expect(highlights.stats.dueNow).toBe(2);
    expect(highlights.counts).toEqual(all.counts);

    const words = await loadStudyQueue(db, USER, TZ, new Date(), "words");
    expect(words.cards.map((c) => c.kind).sort()).toEqual(["cloze", "recall", "recognition"]);

    const recall = await loadStudyQueue(db, USER, TZ, new Date(), "recall");
    expect(recall.cards.map((c) => [c.type, c.kind])).toEqual([["word", "recall"]]);
    expect(recall.stats.dueNow).toBe(1);
  });

  it("keeps the daily limit across types: each count is what that session could show today", async () => {
    await db.studySettings.create({ data: { userId: USER, newPerDay: 2 } });
    const q = await loadStudyQueue(db, USER, TZ, new Date(), "words");
    expect(q.counts).toEqual({ all: 2, highlights: 2, words: 2, recognition: 1, recall: 1, cloze: 1 });
    expect(q.cards).toHaveLength(2);
    expect(q.cards.every((c) => c.type === "word")).toBe(true);
    await db.studySettings.delete({ where: { userId: USER } });
  });

  it("leaves out a word marked known, in every count", async () => {
    await db.vocabularyItem.updateMany({ where: { userId: USER }, data: { status: "known" } });
    const q = await loadStudyQueue(db, USER, TZ, new Date(), "words");
    expect(q.cards).toEqual([]);
    expect(q.counts).toMatchObject({ all: 2, words: 0, cloze: 0 });
    await db.vocabularyItem.updateMany({ where: { userId: USER }, data: { status: "learning" } });
  });

  it("reads the type from the URL, and anything else as all cards", () => {
    expect(parseStudyFilter("cloze")).toBe("cloze");
    expect(parseStudyFilter(["words", "x"])).toBe("words");
    expect(parseStudyFilter("forward")).toBe("all");
    expect(parseStudyFilter(undefined)).toBe("all");
  });
});
