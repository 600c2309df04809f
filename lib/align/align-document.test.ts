import { describe, expect, it } from "vitest";
import { alignDocument } from "./align-document";
import { PAIRS } from "./fixtures/pairs";
import { splitSentences } from "../text/sentence-split";
import type { Bead } from "./types";

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
    expect(doc.mode).toBe("paragraphs");
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

describe("alignDocument when the paragraphing cannot be used", () => {
  const zhS = PAIRS.map((p) => p[0]);
  const enS = PAIRS.map((p) => p[1]);
  /** Paragraphs of the given sizes (in sentences) from a side's sentences. */
  const paras = (sentences: string[], sizes: number[], glue: string) => {
    let at = 0;
    return sizes.map((n) => sentences.slice(at, (at += n)).join(glue));
  };
  const FAST = { lexicon: false };

  /**
   * The gold sentence beads for sides built by `paras` from the fixture
   * pairs: each pair's sentences, found by span after the splitter has run
   * on the joined paragraphs (pair 16's English ends in ";" and runs on into
   * pair 17's unless a paragraph break falls between them).
   */
  function gold(zhSizes: number[], enSizes: number[], zhBefore = 0): Bead[] {
    // For each sentence of a side, the fixture pairs it overlaps.
    const owners = (sentences: string[], sizes: number[], glue: string, lang: "zh" | "en") => {
      const out: number[][] = [];
      let at = 0;
      for (const n of sizes) {
        const group = sentences.slice(at, at + n);
        const starts: number[] = [];
        let off = 0;
        for (const t of group) {
          starts.push(off);
          off += t.length + glue.length;
        }
        for (const sp of splitSentences(group.join(glue), lang)) {
          out.push(starts.flatMap((st, k) => (sp.start < st + group[k].length && sp.end > st ? [at + k] : [])));
        }
        at += n;
      }
      return out;
    };
    const zo = owners(zhS, zhSizes, "", "zh");
    const eo = owners(enS, enSizes, " ", "en");
    // Pairs that share a sentence on either side form one bead (pairs are consecutive, so "group" = lowest pair).
    const group = PAIRS.map((_, k) => k);
    for (const ps of [...zo, ...eo]) for (const p of ps) group[p] = Math.min(group[p], group[ps[0]]);
    for (let k = 1; k < group.length; k++) if (group[k] !== k) group[k] = group[group[k]];
    const beads = new Map<number, Bead>();
    const bead = (p: number) => beads.get(group[p]) ?? beads.set(group[p], [[], []]).get(group[p])!;
    zo.forEach((ps, i) => bead(ps[0])[0].push(i + zhBefore));
    eo.forEach((ps, j) => bead(ps[0])[1].push(j));
    return [...beads.values()];
  }

  /** Every sentence of both sides is in exactly one pair, in order, and the pairs' beads match the global ones. */
  function expectCoverage(doc: ReturnType<typeof alignDocument>) {
    const zh = doc.paragraphs.flatMap((p) => p.zhSentences.map((s) => s.index));
    const en = doc.paragraphs.flatMap((p) => p.enSentences.map((s) => s.index));
    expect(zh).toEqual([...Array(doc.zhSentences.length).keys()]);
    expect(en).toEqual([...Array(doc.enSentences.length).keys()]);
    for (const p of doc.paragraphs) {
      expect(p.beads.flatMap((b) => b[0])).toEqual([...Array(p.zhSentences.length).keys()]);
      expect(p.beads.flatMap((b) => b[1])).toEqual([...Array(p.enSentences.length).keys()]);
      expect(p.scores).toHaveLength(p.beads.length);
      expect(p.score).toBeLessThanOrEqual(Math.min(...p.scores));
    }
  }

  it("Chinese paragraphs, English none: pairs every sentence and cuts at the Chinese breaks", () => {
    const zh = paras(zhS, [4, 5, 3, 6, 5], "");
    const doc = alignDocument(zh, [enS.join(" ")], FAST);
    expect(doc.mode).toBe("sentences");
    expect(doc.sentenceBeads).toEqual(gold([4, 5, 3, 6, 5], [23]));
    expect(doc.paragraphs.map((p) => p.zhSentences.length)).toEqual([4, 5, 3, 6, 5]);
    expect(doc.paragraphs.map((p) => p.zh)).toEqual([[0], [1], [2], [3], [4]]);
    expect(doc.paragraphs.every((p) => p.en.length === 1 && p.en[0] === 0)).toBe(true);
    expectCoverage(doc);
  });

  it("Chinese none, English paragraphs: cuts at the English breaks", () => {
    const en = paras(enS, [2, 7, 3, 3, 8], " ");
    const doc = alignDocument([zhS.join("")], en, FAST);
    expect(doc.mode).toBe("sentences");
    expect(doc.sentenceBeads).toEqual(gold([23], [2, 7, 3, 3, 8]));
    expect(doc.paragraphs.map((p) => p.enSentences.length)).toEqual([2, 7, 3, 3, 7]); // pairs 16 and 17 share an English sentence
    expectCoverage(doc);
  });

  it("no paragraphs on either side: still pairs every sentence, in pairs of at most 10 beads", () => {
    const doc = alignDocument([zhS.join("")], [enS.join(" ")], FAST);
    expect(doc.sentenceBeads).toEqual(gold([23], [23]));
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(doc.paragraphs.every((p) => p.beads.length <= 10)).toBe(true);
    expectCoverage(doc);
  });

  it("very different paragraph counts (12 against 3): uses both sides' breaks", () => {
    const zh = paras(zhS, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1], "");
    const en = paras(enS, [8, 8, 7], " ");
    const doc = alignDocument(zh, en, FAST);
    expect(doc.mode).toBe("sentences");
    expect(doc.sentenceBeads).toEqual(gold([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1], [8, 8, 7]));
    // The English breaks (after pairs 8 and 16) fall on Chinese breaks, so the Chinese ones alone cut.
    expect(doc.paragraphs.map((p) => p.zhSentences.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1]);
    expectCoverage(doc);
  });

  it("a Chinese preface the English lacks: left without a counterpart, and marked doubtful", () => {
    const preface = [
      "译者前言：本文译自作者在二零二四年发表的一篇长文，原文较长，这里只选译了其中讨论人工智能局限的部分。",
      "文中的观点均属作者本人，译者只在个别术语上加了简短的说明，以便读者理解。",
      "感谢几位朋友通读译稿并提出了许多宝贵的修改意见。",
    ];
    const zh = [...preface, ...paras(zhS, [6, 6, 6, 5], "")];
    const en = paras(enS, [6, 6, 6, 5], " ");
    for (const doc of [alignDocument(zh, en, FAST), alignDocument([zh.join("")], en, FAST)]) {
      const lonely = doc.sentenceBeads.filter(([z, e]) => z.length && !e.length).flatMap(([z]) => z);
      expect(lonely).toEqual([0, 1, 2]);
      expect(doc.sentenceBeads.filter(([z, e]) => z.length && e.length)).toEqual(gold([6, 6, 6, 5], [6, 6, 6, 5], 3));
      // With Chinese breaks the preface is its own pairs; without, it shares the first English paragraph's pair.
      const prefacePairs = doc.paragraphs.filter((p) => p.zhSentences.some((s) => s.index < 3));
      expect(prefacePairs.length).toBeGreaterThan(0);
      for (const p of prefacePairs) expect(p.score).toBeLessThan(0.5);
      expect(doc.sentenceScores.filter((_, k) => doc.sentenceBeads[k][1].length === 0).every((s) => s < 0.5)).toBe(true);
      expectCoverage(doc);
    }
  });

  it("never throws, and reports no confidence for what it could not pair", () => {
    const cases: Array<[string[], string[]]> = [
      [["只有一句。"], ["Only one sentence.", "And a second paragraph."]],
      [paras(zhS, [23], ""), ["Short."]],
      [["一。", "二。", "三。", "四。", "五。", "六。"], [enS.join(" ")]],
      [["   "], ["Text."]],
    ];
    for (const [zh, en] of cases) {
      const doc = alignDocument(zh, en, FAST);
      expectCoverage(doc);
      for (const p of doc.paragraphs) if (!p.zhSentences.length || !p.enSentences.length) expect(p.score).toBeLessThan(0.5);
    }
  });

  it("covers every sentence and never throws, whatever the paragraphing (random cuts, dropped sentences)", () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cut = (xs: string[], p: number, glue: string) => {
      const out: string[] = [];
      const cur: string[] = [];
      for (const x of xs) {
        cur.push(x);
        if (rand() < p) out.push(cur.splice(0).join(glue));
      }
      if (cur.length) out.push(cur.join(glue));
      return out;
    };
    for (let t = 0; t < 30; t++) {
      const keep = (xs: string[]) => xs.filter(() => rand() > 0.1);
      const zh = cut(keep(zhS), [0, 0.1, 0.4, 1][t % 4], "");
      const en = cut(keep(enS), [0, 0.1, 0.4, 1][(t >> 2) % 4], " ");
      if (!zh.length || !en.length) continue;
      const doc = alignDocument(zh, en, FAST);
      expectCoverage(doc);
      for (const p of doc.paragraphs) if (!p.zhSentences.length || !p.enSentences.length) expect(p.score).toBeLessThan(0.5);
    }
  });
});
