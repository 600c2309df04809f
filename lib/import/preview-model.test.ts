import { describe, expect, it } from "vitest";
import { validateAlignedText } from "@/lib/texts/aligned-text";
import { checkPairs, detach, doubtfulBeads, fixSentences, nextDoubtful, mergeWithNext, moveSentence, splitBefore, toAlignedParagraphs, type PreviewPair } from "./preview-model";

const pair = (zh: string[], en: string[]): PreviewPair => ({
  id: Math.random().toString(36),
  zh,
  en,
  beads: zh.map((_, i) => [[i], [i]]),
  score: 0.9,
  beadScores: zh.map(() => 0.9),
});

const pairs = [pair(["一。", "二。"], ["One.", "Two."]), pair(["三。"], ["Three."]), pair(["四。"], ["Four."])];

describe("preview fixes", () => {
  it("merges a pair with the next one", () => {
    const out = mergeWithNext(pairs, 0);
    expect(out).toHaveLength(2);
    expect(out[0].zh).toEqual(["一。", "二。", "三。"]);
    expect(out[0].score).toBeNull();
    expect(checkPairs(out)).toBeNull();
  });

  it("splits a paragraph at a sentence", () => {
    const out = splitBefore(pairs, 0, 1);
    expect(out.map((p) => [p.zh, p.en])).toEqual([
      [["一。"], ["One."]],
      [["二。"], ["Two."]],
      [["三。"], ["Three."]],
      [["四。"], ["Four."]],
    ]);
  });

  it("moves a sentence to the neighbouring pair", () => {
    const out = moveSentence(pairs, 1, "en", "prev");
    expect(out[0].en).toEqual(["One.", "Two.", "Three."]);
    expect(out[1].en).toEqual([]);
    expect(checkPairs(out)).toBeNull();
    const back = moveSentence(pairs, 0, "zh", "next");
    expect(back[1].zh).toEqual(["二。", "三。"]);
  });

  it("marks a pair as having no counterpart", () => {
    const out = detach(pairs, 1);
    expect(out.map((p) => [p.zh.length, p.en.length])).toEqual([
      [2, 2],
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
  });
});

describe("toAlignedParagraphs", () => {
  it("produces valid stored paragraphs whose spans cut the joined text into the sentences", () => {
    const out = toAlignedParagraphs(pairs);
    expect(out[0].zh).toBe("一。二。");
    expect(out[0].en).toBe("One. Two.");
    const en = out[0].sentences.filter((s) => s.lang === "en");
    expect(en.map((s) => out[0].en.slice(s.start, s.end))).toEqual(["One.", "Two."]);
    expect(validateAlignedText({ slug: "x", titleZh: "x", titleEn: "x", paragraphs: out })).toEqual([]);
  });

  it("rejects beads that skip or repeat sentences", () => {
    expect(checkPairs([{ zh: ["一。"], en: ["One."], beads: [[[0], [0]], [[0], []]] }])).toMatch(/cover/);
  });
});

describe("doubtful sentence pairs", () => {
  const scored = (scores: number[]): PreviewPair => ({ ...pair(scores.map((_, k) => `${k}。`), scores.map((_, k) => `${k}.`)), beadScores: scores });
  const ps = [scored([0.9, 0.3]), scored([0.95]), scored([0.2, 0.8, 0.45])];

  it("lists the beads below the threshold in reading order", () => {
    expect(doubtfulBeads(ps)).toEqual([{ pair: 0, bead: 1 }, { pair: 2, bead: 0 }, { pair: 2, bead: 2 }]);
  });

  it("jumps to the next one and wraps round", () => {
    expect(nextDoubtful(ps, null)).toEqual({ pair: 0, bead: 1 });
    expect(nextDoubtful(ps, { pair: 0, bead: 1 })).toEqual({ pair: 2, bead: 0 });
    expect(nextDoubtful(ps, { pair: 1, bead: 0 })).toEqual({ pair: 2, bead: 0 });
    expect(nextDoubtful(ps, { pair: 2, bead: 2 })).toEqual({ pair: 0, bead: 1 });
  });

  it("forgets the scores of an edited pair, and finds nothing when all is sure", () => {
    const merged = mergeWithNext(ps, 0);
    expect(merged[0].beadScores).toBeNull();
    expect(doubtfulBeads(merged)).toEqual([{ pair: 1, bead: 0 }, { pair: 1, bead: 2 }]);
    expect(nextDoubtful([scored([0.9])], null)).toBeNull();
  });

  it("confirms the sentence pairs a sentence fix touched and keeps the others' scores, in the row it was made in", () => {
    const { pairs: out, outcome } = fixSentences(ps, 2, { kind: "join", bead: 0 });
    expect(outcome.ok).toBe(true);
    expect(out[2]).toMatchObject({ id: ps[2].id, beads: [[[0, 1], [0, 1]], [[2], [2]]], beadScores: [null, 0.45] });
    expect(doubtfulBeads(out)).toEqual([{ pair: 0, bead: 1 }, { pair: 2, bead: 1 }]);
    expect(checkPairs(out)).toBeNull();
    expect(fixSentences(ps, 1, { kind: "join", bead: 0 }).outcome).toEqual({ ok: false, reason: "NO_SUCH_PAIR" });
  });

  it("stores each bead's score on its sentences, and null for a confirmed bead", () => {
    const [p] = toAlignedParagraphs([{ ...scored([0.3, 0.8]), beadScores: [0.3, null] }]);
    expect(p.sentences.map((s) => [s.lang, s.pair, s.confidence])).toEqual([
      ["zh", 0, 0.3],
      ["zh", 1, null],
      ["en", 0, 0.3],
      ["en", 1, null],
    ]);
  });
});
