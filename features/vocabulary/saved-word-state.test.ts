import { describe, expect, it } from "vitest";
import { savedWordState } from "./saved-word-state";
import type { VocabularyItemDTO } from "./vocabulary-types";

const context = (paragraphId: string | null, start: number) => ({
  id: `${paragraphId}:${start}`,
  textSlug: "t",
  textTitle: "T",
  paragraphId,
  paragraphIndex: 0,
  sentence: "",
  translation: "",
  start,
  end: start + 2,
});
const item = (headword: string, contexts: ReturnType<typeof context>[]): VocabularyItemDTO => ({
  id: headword,
  headword,
  pinyin: "",
  definition: "",
  note: "",
  status: "learning",
  hskLevel: null,
  createdAt: "",
  cards: { recognition: true, recall: true, cloze: true },
  contexts,
});

describe("the popup's saved state", () => {
  const items = [item("显卡", [context("p1", 10), context("p2", 3)]), item("算力", [context(null, 5)])];
  it("is null for a word not saved, or before the vocabulary has loaded", () => {
    expect(savedWordState(items, "能源", { paragraphId: "p1", start: 0 })).toBeNull();
    expect(savedWordState(undefined, "显卡", { paragraphId: "p1", start: 10 })).toBeNull();
  });
  it("knows the word and whether this very place is one of its contexts", () => {
    expect(savedWordState(items, "显卡", { paragraphId: "p1", start: 10 })).toMatchObject({ item: { headword: "显卡" }, savedHere: true });
    expect(savedWordState(items, "显卡", { paragraphId: "p1", start: 40 })?.savedHere).toBe(false);
    expect(savedWordState(items, "算力", { paragraphId: "p9", start: 5 })?.savedHere).toBe(false);
  });
});
