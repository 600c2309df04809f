import { describe, expect, it } from "vitest";
import type { Bead } from "@/lib/align/types";
import { applySentenceFix, canApply, isDoubtful, isValidPairing, type SentenceFix, type SentencePairing } from "./sentence-fix";

const pairing = (zh: string[], en: string[], beads: Bead[], scores?: Array<number | null>): SentencePairing => ({
  zh,
  en,
  beads,
  scores: scores ?? beads.map(() => 0.9),
});

const fixed = (p: SentencePairing, fix: SentenceFix) => {
  const r = applySentenceFix(p, fix);
  if (!r.ok) throw new Error(r.reason);
  expect(isValidPairing(r.pairing)).toBe(true);
  return r.pairing;
};

// 三句中文，三句英文，1-1 each.
const three = pairing(["甲。", "乙。", "丙。"], ["A.", "B.", "C."], [[[0], [0]], [[1], [1]], [[2], [2]]], [0.9, 0.2, 0.8]);

describe("joining two sentence pairs", () => {
  it("makes one pair of both, confirmed, and leaves the other scores alone", () => {
    const out = fixed(three, { kind: "join", bead: 0 });
    expect(out.beads).toEqual([[[0, 1], [0, 1]], [[2], [2]]]);
    expect(out.scores).toEqual([null, 0.8]);
  });

  it("links a sentence that had no counterpart with the next pair", () => {
    const p = pairing(["甲。", "乙。"], ["A and B."], [[[0], []], [[1], [0]]]);
    expect(fixed(p, { kind: "join", bead: 0 }).beads).toEqual([[[0, 1], [0]]]);
  });

  it("refuses to join two pairs that both lack the same side, and past the last pair", () => {
    const p = pairing(["甲。", "乙。"], [], [[[0], []], [[1], []]]);
    expect(applySentenceFix(p, { kind: "join", bead: 0 })).toEqual({ ok: false, reason: "NOT_APPLICABLE" });
    expect(applySentenceFix(three, { kind: "join", bead: 2 })).toEqual({ ok: false, reason: "NO_SUCH_PAIR" });
  });

  it("refuses a pair larger than the aligner's largest shape", () => {
    const zh = Array.from({ length: 6 }, (_, i) => `${i}。`);
    const p = pairing(zh, ["A.", "B."], [[[0, 1, 2], [0]], [[3, 4, 5], [1]]]);
    expect(applySentenceFix(p, { kind: "join", bead: 0 })).toEqual({ ok: false, reason: "TOO_LARGE" });
  });
});

describe("splitting a many-to-one pair", () => {
  it("gives the lone counterpart to the part whose length matches it", () => {
    // A long first Chinese sentence and a short second one against one English sentence.
    const p = pairing(["这是一个相当长的中文句子，说了很多事情。", "短。"], ["This is a rather long sentence that says a great many things."], [[[0, 1], [0]]]);
    const out = fixed(p, { kind: "split", bead: 0, side: "zh", at: 1 });
    expect(out.beads).toEqual([[[0], [0]], [[1], []]]);
    expect(out.scores).toEqual([null, null]);
    const q = pairing(["短。", "这是一个相当长的中文句子，说了很多事情。"], [...p.en], [[[0, 1], [0]]]);
    expect(fixed(q, { kind: "split", bead: 0, side: "zh", at: 1 }).beads).toEqual([[[0], []], [[1], [0]]]);
  });

  it("cuts a 2-2 pair into two 1-1 pairs", () => {
    const p = pairing(["甲甲。", "乙乙。"], ["Aaaa.", "Bbbb."], [[[0, 1], [0, 1]]]);
    expect(fixed(p, { kind: "split", bead: 0, side: "en", at: 1 }).beads).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it("does not split where there is nothing to split", () => {
    expect(canApply(three, { kind: "split", bead: 0, side: "zh", at: 1 })).toBe(false);
    expect(canApply(three, { kind: "split", bead: 0, side: "zh", at: 0 })).toBe(false);
  });
});

describe("moving a sentence's link to the neighbouring pair", () => {
  it("moves the last English sentence to the next pair", () => {
    const p = pairing(["甲。", "乙。"], ["A.", "B."], [[[0], [0, 1]], [[1], []]]);
    const out = fixed(p, { kind: "move", bead: 0, side: "en", dir: "next" });
    expect(out.beads).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it("moves the first Chinese sentence to the previous pair; a pair left one-sided stays as such", () => {
    const out = fixed(three, { kind: "move", bead: 1, side: "zh", dir: "prev" });
    expect(out.beads).toEqual([[[0, 1], [0]], [[], [1]], [[2], [2]]]);
    expect(out.scores).toEqual([null, null, 0.8]);
  });

  it("does not move out of the paragraph, nor into a pair with nothing on the other side", () => {
    expect(canApply(three, { kind: "move", bead: 0, side: "zh", dir: "prev" })).toBe(false);
    expect(canApply(three, { kind: "move", bead: 2, side: "en", dir: "next" })).toBe(false);
    const p = pairing(["甲。", "乙。"], ["A."], [[[0], [0]], [[1], []]]);
    expect(canApply(p, { kind: "move", bead: 0, side: "zh", dir: "next" })).toBe(false);
  });
});

describe("marking a sentence as having no counterpart", () => {
  it("takes a sentence out of a 1-2 pair", () => {
    const p = pairing(["甲。"], ["A.", "Translator's note."], [[[0], [0, 1]]]);
    const out = fixed(p, { kind: "detach", bead: 0, side: "en", sentence: 1 });
    expect(out.beads).toEqual([[[0], [0]], [[], [1]]]);
  });

  it("leaves a 1-1 pair as two one-sided pairs", () => {
    expect(fixed(three, { kind: "detach", bead: 1, side: "zh", sentence: 0 }).beads).toEqual([[[0], [0]], [[1], []], [[], [1]], [[2], [2]]]);
  });

  it("splits the other side around a middle sentence", () => {
    const p = pairing(["甲甲甲。", "注。", "乙乙乙。"], ["Aaaaaa.", "Bbbbbb."], [[[0, 1, 2], [0, 1]]]);
    expect(fixed(p, { kind: "detach", bead: 0, side: "zh", sentence: 1 }).beads).toEqual([[[0], [0]], [[1], []], [[2], [1]]]);
  });

  it("does nothing to a sentence that already has none", () => {
    const p = pairing(["甲。"], ["A.", "B."], [[[0], [0]], [[], [1]]]);
    expect(canApply(p, { kind: "detach", bead: 1, side: "en", sentence: 0 })).toBe(false);
  });
});

describe("every fix keeps the pairing valid", () => {
  it("over every fix of a 2-3 / 1-1 / 0-1 paragraph", () => {
    const p = pairing(["甲。", "乙。", "丙。"], ["A.", "B.", "C.", "D.", "E."], [[[0, 1], [0, 1, 2]], [[2], [3]], [[], [4]]]);
    const fixes: SentenceFix[] = [];
    for (let bead = 0; bead < 4; bead++) {
      fixes.push({ kind: "join", bead });
      for (const side of ["zh", "en"] as const) {
        for (const dir of ["prev", "next"] as const) fixes.push({ kind: "move", bead, side, dir });
        for (let i = 0; i < 4; i++) fixes.push({ kind: "split", bead, side, at: i }, { kind: "detach", bead, side, sentence: i });
      }
    }
    let applied = 0;
    for (const fix of fixes) {
      const r = applySentenceFix(p, fix);
      if (!r.ok) continue;
      applied++;
      expect(isValidPairing(r.pairing), JSON.stringify(fix)).toBe(true);
      expect(r.pairing.beads, JSON.stringify(fix)).not.toEqual(p.beads);
    }
    expect(applied).toBeGreaterThan(10);
  });
});

it("doubts only scored pairs below the threshold", () => {
  expect([0.2, 0.5, 0.9, null, undefined].map(isDoubtful)).toEqual([true, false, false, false, false]);
});
