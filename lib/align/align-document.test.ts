import { describe, expect, it } from "vitest";
import { alignDocument } from "./align-document";
import { PAIRS } from "./fixtures/pairs";

describe("alignDocument", () => {
  // Three paragraphs per side; the English merges the last two.
  const zhParas = [PAIRS.slice(0, 3), PAIRS.slice(3, 7), PAIRS.slice(7, 10)].map((ps) => ps.map((p) => p[0]).join(""));
  const enParas = [PAIRS.slice(0, 3), PAIRS.slice(3, 10)].map((ps) => ps.map((p) => p[1]).join(" "));
  const doc = alignDocument(zhParas, enParas, { lexicon: false });

  it("aligns paragraphs, then sentences inside each paragraph bead", () => {
    expect(doc.paragraphs.map((p) => [p.zh, p.en])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
    ]);
    expect(doc.paragraphs[1].zhSentences.map((s) => s.para)).toEqual([1, 1, 1, 1, 2, 2, 2]);
    expect(doc.paragraphs[1].beads).toEqual(Array.from({ length: 7 }, (_, k) => [[k], [k]]));
    expect(doc.paragraphs.every((p) => p.score > 0 && p.score <= 1)).toBe(true);
  });

  it("gives spans into the source paragraphs and global sentence beads", () => {
    const s = doc.paragraphs[1].zhSentences[4];
    expect(zhParas[s.para].slice(s.start, s.end)).toBe(PAIRS[7][0]);
    const e = doc.paragraphs[1].enSentences[4];
    expect(enParas[e.para].slice(e.start, e.end)).toBe(PAIRS[7][1]);
    expect(doc.sentenceBeads).toEqual(Array.from({ length: 10 }, (_, k) => [[k], [k]]));
    expect(doc.zhSentences.map((x) => x.index)).toEqual([...Array(10).keys()]);
  });
});
