// The import preview: a list of paragraph pairs, each holding its sentences
// and the sentence beads between them. The aligner produces it; the user's
// fixes (merge, split, move, no counterpart) are pure functions over it; and
// it converts to the stored shape. What the preview shows is what is saved.

import { MAX_BEAD_SIDE, type Bead } from "@/lib/align/types";
import type { AlignedParagraph, AlignedSentence } from "@/lib/texts/aligned-text";
import { applySentenceFix, DOUBTFUL_BELOW, isDoubtful, type FixOutcome, type SentenceFix } from "@/lib/sentence-fix/sentence-fix";
import { rebead } from "./rebead";

export { DOUBTFUL_BELOW };

export interface PreviewPair {
  id: string;
  zh: string[];
  en: string[];
  /** Sentence beads over this pair's own sentence indices. */
  beads: Bead[];
  /** Aligner confidence 0..1, or null once the user has edited the pair. */
  score: number | null;
  /**
   * Calibrated confidence of each bead (the probability it is right): null for
   * a bead fixed by hand, and for the whole list once the paragraph was re-cut.
   */
  beadScores: Array<number | null> | null;
}

export interface BeadRef {
  pair: number;
  bead: number;
}

/** Every doubtful sentence bead, in reading order. */
export function doubtfulBeads(pairs: readonly PreviewPair[]): BeadRef[] {
  return pairs.flatMap((p, pair) => (p.beadScores ?? []).flatMap((s, bead) => (isDoubtful(s) ? [{ pair, bead }] : [])));
}

/** The first doubtful bead after `from` (in reading order), wrapping round to the first; null when there is none. */
export function nextDoubtful(pairs: readonly PreviewPair[], from: BeadRef | null): BeadRef | null {
  const all = doubtfulBeads(pairs);
  if (!all.length) return null;
  if (!from) return all[0];
  return all.find((r) => r.pair > from.pair || (r.pair === from.pair && r.bead > from.bead)) ?? all[0];
}

let nextId = 0;
const newId = () => `p${(nextId++).toString(36)}`;

/** Builds preview pairs from the aligner's document alignment. */
export function pairsFromAlignment(
  zhParas: readonly string[],
  enParas: readonly string[],
  doc: {
    paragraphs: Array<{
      score: number;
      zhSentences: Array<{ para: number; start: number; end: number }>;
      enSentences: Array<{ para: number; start: number; end: number }>;
      beads: Bead[];
      scores: number[];
    }>;
  },
): PreviewPair[] {
  return doc.paragraphs.map((p) => ({
    id: newId(),
    zh: p.zhSentences.map((s) => zhParas[s.para].slice(s.start, s.end)),
    en: p.enSentences.map((s) => enParas[s.para].slice(s.start, s.end)),
    beads: p.beads,
    score: p.score,
    beadScores: p.scores,
  }));
}

const edited = (zh: string[], en: string[]): PreviewPair => ({ id: newId(), zh, en, beads: rebead(zh, en), score: null, beadScores: null });

export function mergeWithNext(pairs: readonly PreviewPair[], i: number): PreviewPair[] {
  if (i < 0 || i >= pairs.length - 1) return [...pairs];
  const a = pairs[i];
  const b = pairs[i + 1];
  return [...pairs.slice(0, i), edited([...a.zh, ...b.zh], [...a.en, ...b.en]), ...pairs.slice(i + 2)];
}

/** Splits pair i so that bead k starts a new pair. */
export function splitBefore(pairs: readonly PreviewPair[], i: number, k: number): PreviewPair[] {
  const p = pairs[i];
  if (!p || k <= 0 || k >= p.beads.length) return [...pairs];
  const zhCut = Math.min(...p.beads.slice(k).flatMap((b) => b[0]), p.zh.length);
  const enCut = Math.min(...p.beads.slice(k).flatMap((b) => b[1]), p.en.length);
  const first = edited(p.zh.slice(0, zhCut), p.en.slice(0, enCut));
  const second = edited(p.zh.slice(zhCut), p.en.slice(enCut));
  return [...pairs.slice(0, i), first, second, ...pairs.slice(i + 1)];
}

/** Moves the first sentence of one side to the end of the previous pair, or the last one to the start of the next. */
export function moveSentence(pairs: readonly PreviewPair[], i: number, side: "zh" | "en", dir: "prev" | "next"): PreviewPair[] {
  const j = dir === "prev" ? i - 1 : i + 1;
  const from = pairs[i];
  const to = pairs[j];
  if (!from || !to || from[side].length === 0) return [...pairs];
  const moved = dir === "prev" ? from[side][0] : from[side][from[side].length - 1];
  const rest = dir === "prev" ? from[side].slice(1) : from[side].slice(0, -1);
  const target = dir === "prev" ? [...to[side], moved] : [moved, ...to[side]];
  const newFrom = side === "zh" ? edited(rest, from.en) : edited(from.zh, rest);
  const newTo = side === "zh" ? edited(target, to.en) : edited(to.zh, target);
  const out = [...pairs];
  out[i] = newFrom;
  out[j] = newTo;
  // A pair emptied on both sides disappears.
  return out.filter((p) => p.zh.length > 0 || p.en.length > 0);
}

/** Marks a pair as having no counterpart: its two sides become separate one-sided pairs. */
export function detach(pairs: readonly PreviewPair[], i: number): PreviewPair[] {
  const p = pairs[i];
  if (!p || p.zh.length === 0 || p.en.length === 0) return [...pairs];
  return [...pairs.slice(0, i), edited(p.zh, []), edited([], p.en), ...pairs.slice(i + 1)];
}

/** One sentence-level fix inside pair i (the rules are lib/sentence-fix's); the pair keeps its id, so its row stays put. */
export function fixSentences(pairs: readonly PreviewPair[], i: number, fix: SentenceFix): { pairs: PreviewPair[]; outcome: FixOutcome } {
  const p = pairs[i];
  if (!p) return { pairs: [...pairs], outcome: { ok: false, reason: "NO_SUCH_PAIR" } };
  const outcome = applySentenceFix({ zh: p.zh, en: p.en, beads: p.beads, scores: p.beadScores ?? p.beads.map(() => null) }, fix);
  if (!outcome.ok) return { pairs: [...pairs], outcome };
  const out = [...pairs];
  out[i] = { ...p, beads: outcome.pairing.beads, beadScores: outcome.pairing.scores };
  return { pairs: out, outcome };
}

/** Checks a preview sent back by the client before it is stored. */
export function checkPairs(pairs: ReadonlyArray<Pick<PreviewPair, "zh" | "en" | "beads"> & { beadScores?: PreviewPair["beadScores"] }>): string | null {
  for (const [i, p] of pairs.entries()) {
    if (p.beadScores && p.beadScores.length !== p.beads.length) return `pair ${i}: one score per bead`;
    if (p.zh.length === 0 && p.en.length === 0) return `pair ${i} is empty`;
    if ([...p.zh, ...p.en].some((s) => s.trim().length === 0)) return `pair ${i} has an empty sentence`;
    const zh = p.beads.flatMap((b) => b[0]);
    const en = p.beads.flatMap((b) => b[1]);
    const inOrder = (xs: number[], n: number) => xs.length === n && xs.every((x, k) => x === k);
    if (!inOrder(zh, p.zh.length) || !inOrder(en, p.en.length)) return `pair ${i}: beads must cover every sentence once, in order`;
    if (p.beads.some((b) => b[0].length + b[1].length === 0 || b[0].length > MAX_BEAD_SIDE || b[1].length > MAX_BEAD_SIDE)) return `pair ${i}: bad bead shape`;
  }
  return null;
}

/** The stored shape: sentence text joined into paragraph text, spans computed, beads as pair indices. */
export function toAlignedParagraphs(pairs: ReadonlyArray<Pick<PreviewPair, "zh" | "en" | "beads"> & { beadScores?: PreviewPair["beadScores"] }>): AlignedParagraph[] {
  return pairs.map((p) => {
    const sentences: AlignedSentence[] = [];
    const join = (side: "zh" | "en", glue: string) => {
      const pairOf = new Map<number, number>();
      p.beads.forEach((b, k) => b[side === "zh" ? 0 : 1].forEach((s) => pairOf.set(s, k)));
      let text = "";
      p[side].forEach((s, index) => {
        if (text) text += glue;
        const sentence = s.trim();
        const pair = pairOf.get(index)!;
        sentences.push({ lang: side, index, start: text.length, end: text.length + sentence.length, pair, confidence: p.beadScores?.[pair] ?? null });
        text += sentence;
      });
      return text;
    };
    return { zh: join("zh", ""), en: join("en", " "), sentences };
  });
}
