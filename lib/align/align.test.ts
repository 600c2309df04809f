import { describe, expect, it } from "vitest";
import { alignParagraphs, alignSentences, SENTENCE_SHAPES } from "./align";
import { PAIRS } from "./fixtures/pairs";
import { MAX_BEAD_SIDE, type Bead } from "./types";

const ZH = PAIRS.map((p) => p[0]);
const EN = PAIRS.map((p) => p[1]);
const FAST = { lexicon: false }; // length + anchors: no dictionary load

/** Identity beads over [from, to). */
const ones = (from: number, to: number, dz = 0, de = 0): Bead[] =>
  Array.from({ length: to - from }, (_, k) => [[from + k + dz], [from + k + de]]);

/** Joins items [at, at+count) of a side into one (English with a space, Chinese directly). */
function merge(items: string[], at: number, count: number, sep: string): string[] {
  return [...items.slice(0, at), items.slice(at, at + count).join(sep), ...items.slice(at + count)];
}

describe("alignSentences bead types", () => {
  it("aligns a clean translation 1-1", () => {
    const r = alignSentences(ZH, EN, FAST);
    expect(r.beads).toEqual(ones(0, ZH.length));
    expect(r.scores.every((s) => s > 0.5 && s <= 1)).toBe(true);
  });

  it("finds 2-1 (two zh sentences, one en)", () => {
    const en = merge(EN, 5, 2, " ");
    const r = alignSentences(ZH, en, FAST);
    expect(r.beads).toContainEqual([[5, 6], [5]]);
    expect(r.beads).toContainEqual([[7], [6]]);
  });

  it("finds 1-2", () => {
    const zh = merge(ZH, 8, 2, "");
    expect(alignSentences(zh, EN, FAST).beads).toContainEqual([[8], [8, 9]]);
  });

  it("finds 3-1 and 1-3", () => {
    expect(alignSentences(ZH, merge(EN, 3, 3, " "), FAST).beads).toContainEqual([[3, 4, 5], [3]]);
    expect(alignSentences(merge(ZH, 10, 3, ""), EN, FAST).beads).toContainEqual([[10], [10, 11, 12]]);
  });

  it("finds 4-1 and 1-4", () => {
    expect(alignSentences(ZH, merge(EN, 12, 4, " "), FAST).beads).toContainEqual([[12, 13, 14, 15], [12]]);
    expect(alignSentences(merge(ZH, 2, 4, ""), EN, FAST).beads).toContainEqual([[2], [2, 3, 4, 5]]);
  });

  it("finds 1-0: a zh-only notice", () => {
    const zh = [...ZH.slice(0, 9), "本文仅供学习交流之用，版权归原作者所有，请勿用于商业用途！", ...ZH.slice(9)];
    const { beads } = alignSentences(zh, EN, {});
    expect(beads).toEqual([...ones(0, 9), [[9], []], ...ones(10, zh.length, 0, -1)]);
  });

  it("finds 0-1: an en-only sentence", () => {
    const extra = "The weather in Paris was pleasant that spring, and the cafes along the river were full.";
    const en = [...EN.slice(0, 6), extra, ...EN.slice(6)];
    const { beads } = alignSentences(ZH, en, {});
    expect(beads).toEqual([...ones(0, 6), [[], [6]], ...ones(6, ZH.length, 0, 1)]);
  });

  it("finds 2-2 when the sentence boundary moves", () => {
    // Move the first clause of zh 10 onto zh 9: neither 9↔9 nor 10↔10 holds.
    const zh = [...ZH];
    const cut = zh[10].indexOf("，") + 1;
    zh[9] = zh[9] + zh[10].slice(0, cut);
    zh[10] = zh[10].slice(cut);
    expect(alignSentences(zh, EN, {}).beads).toContainEqual([[9, 10], [9, 10]]);
  });

  it("handles empty sides", () => {
    expect(alignSentences([], ["a", "b"], FAST).beads).toEqual([[[], [0]], [[], [1]]]);
    expect(alignSentences(["甲"], [], FAST).beads).toEqual([[[0], []]]);
  });

  it("covers every sentence exactly once, in order", () => {
    const en = merge(EN.filter((_, k) => k !== 2), 10, 2, " ");
    const { beads } = alignSentences(ZH, en, FAST);
    expect(beads.flatMap((b) => b[0])).toEqual(ZH.map((_, k) => k));
    expect(beads.flatMap((b) => b[1])).toEqual(en.map((_, k) => k));
  });
});

describe("alignParagraphs", () => {
  // Paragraphs of 3 sentences from the fixture.
  const para = (items: string[], sep: string) =>
    Array.from({ length: Math.ceil(items.length / 3) }, (_, k) => items.slice(3 * k, 3 * k + 3).join(sep));
  const zhP = para(ZH, "");
  const enP = para(EN, " ");

  it("finds a merged paragraph (2-1)", () => {
    const en = merge(enP, 2, 2, "\n");
    const { beads } = alignParagraphs(zhP, en, FAST);
    expect(beads).toEqual([...ones(0, 2), [[2, 3], [2]], ...ones(4, zhP.length, 0, -1)]);
  });

  it("finds a dropped paragraph (1-0) and a one-sided title (0-1)", () => {
    const en = ["The Limits of Artificial Intelligence", ...enP.filter((_, k) => k !== 3)];
    const { beads } = alignParagraphs(zhP, en, FAST);
    expect(beads).toContainEqual([[], [0]]);
    expect(beads).toContainEqual([[3], []]);
    expect(beads).toContainEqual([[4], [4]]);
  });

  it("finds 1-3 and 3-1 paragraph beads", () => {
    expect(alignParagraphs(merge(zhP, 1, 3, ""), enP, FAST).beads).toContainEqual([[1], [1, 2, 3]]);
    expect(alignParagraphs(zhP, merge(enP, 2, 3, "\n"), FAST).beads).toContainEqual([[2, 3, 4], [2]]);
  });
});

describe("large beads and calibrated confidence", () => {
  it("keeps every sentence shape within MAX_BEAD_SIDE, which the import preview accepts", () => {
    for (const { shape } of SENTENCE_SHAPES) expect(Math.max(...shape)).toBeLessThanOrEqual(MAX_BEAD_SIDE);
    expect(SENTENCE_SHAPES.some(({ shape }) => Math.max(...shape) === MAX_BEAD_SIDE)).toBe(true);
  });

  it("finds 5-1 (five zh sentences rendered as one en sentence)", () => {
    const en = merge(EN, 3, 5, " ");
    expect(alignSentences(ZH, en, FAST).beads).toContainEqual([[3, 4, 5, 6, 7], [3]]);
  });

  it("gives a one-sided bead a lower probability than the clean 1-1 beads around it", () => {
    const en = [...EN.slice(0, 6), ...EN.slice(7)]; // en 6 dropped: zh 6 has no counterpart
    const r = alignSentences(ZH, en, FAST);
    const k = r.beads.findIndex(([z, e]) => z.includes(6) && e.length === 0);
    expect(k).toBeGreaterThan(0);
    const clean = r.scores.filter((_, i) => Math.abs(i - k) > 2);
    expect(r.scores[k]).toBeLessThan(Math.min(...clean));
    expect(r.scores.every((s) => s > 0 && s < 1)).toBe(true);
  });
});
