import { describe, expect, it } from "vitest";
import { chapterFeatures } from "./chapter-align";
import { getDraft, getJob, includedChapters, matchDraft, putDraft, setJob, startJob } from "./book-drafts";
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
  it("keeps a draft for its user only, and matches the included chapters in the draft's own numbering", () => {
    const { token, draft } = putDraft("alice", zh, en);
    expect(getDraft("bob", token)).toBeNull();
    expect(getDraft("alice", token)).toBe(draft);
    const zi = includedChapters(draft.zh.chapters, null);
    expect(zi).toEqual([1, 2]);
    expect(matchDraft(draft, zi, [0, 1]).map((p) => [p.zh, p.en])).toEqual([[[1], [0]], [[2], [1]]]);
    // Ticking the copyright page in: it has no counterpart.
    expect(matchDraft(draft, includedChapters(draft.zh.chapters, [2, 0, 1, 9]), [0, 1]).map((p) => [p.zh, p.en])).toEqual([[[0], []], [[1], [0]], [[2], [1]]]);
    const outline = outlineOf(token, draft, { zh: zi, en: [0, 1] }, []);
    expect(outline.zh.map((c) => [c.title, c.kind, c.chars])).toEqual([["版权信息", "matter", 4], ["第一章", "body", 3000], ["第二章", "body", 2000]]);
  });

  it("keeps at most two drafts per user", () => {
    const tokens = [1, 2, 3].map(() => putDraft("carol", zh, en).token);
    expect(tokens.map((t) => getDraft("carol", t) !== null)).toEqual([false, true, true]);
  });

  it("reports a job to its user only", () => {
    const id = startJob("alice");
    setJob(id, { status: "running", progress: { step: "sentences", done: 1, total: 2 } });
    expect(getJob("alice", id)).toEqual({ status: "running", progress: { step: "sentences", done: 1, total: 2 } });
    expect(getJob("bob", id)).toBeNull();
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
