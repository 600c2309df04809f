// The sentence-level fix-up inside one paragraph pair: join two sentence
// pairs, split a many-to-one pair, move a sentence's link to the neighbouring
// pair, mark a sentence as having no counterpart. Plain functions over the
// pair's sentence beads, shared by the import preview (before saving) and the
// saved-text action (lib/sentence-fix/stored-pairing.ts), so both follow the
// same rules. Only the grouping changes: the sentences, their order and the
// paragraph text never do, which is what keeps annotation offsets valid.

import { charLength } from "@/lib/align/length-model";
import { MAX_BEAD_SIDE, type Bead } from "@/lib/align/types";

export type Side = "zh" | "en";

/** Sentence pairs below this calibrated probability of being right are marked doubtful (preview and reader alike). */
export const DOUBTFUL_BELOW = 0.5;

/** Null is a pair nobody doubts: fixed (so confirmed) by hand, or never scored (the seed text). */
export const isDoubtful = (score: number | null | undefined): boolean => typeof score === "number" && score < DOUBTFUL_BELOW;

export interface SentencePairing {
  /** The paragraph's sentences on each side, in order (their text is only used to weigh lengths). */
  zh: readonly string[];
  en: readonly string[];
  /** Sentence beads over those indices, in reading order on both sides. */
  beads: Bead[];
  /** Calibrated confidence per bead; null once a person has confirmed it. */
  scores: Array<number | null>;
}

export type SentenceFix =
  /** Bead `bead` and the next one become one pair. */
  | { kind: "join"; bead: number }
  /** The bead is cut on `side` before its `at`-th sentence; the other side is cut where the lengths match best. */
  | { kind: "split"; bead: number; side: Side; at: number }
  /** The bead's first sentence on `side` joins the previous pair ("prev"), or its last one the next pair ("next"). */
  | { kind: "move"; bead: number; side: Side; dir: "prev" | "next" }
  /** The `sentence`-th sentence of the bead on `side` gets no counterpart. */
  | { kind: "detach"; bead: number; side: Side; sentence: number };

export type FixRefusal = "NO_SUCH_PAIR" | "TOO_LARGE" | "NOT_APPLICABLE";
export type FixOutcome = { ok: true; pairing: SentencePairing } | { ok: false; reason: FixRefusal };

interface Group {
  zh: number[];
  en: number[];
  score: number | null;
}

const SIDE = { zh: 0, en: 1 } as const;
const refuse = (reason: FixRefusal): FixOutcome => ({ ok: false, reason });
const touched = (zh: number[], en: number[]): Group => ({ zh, en, score: null });
const twoSided = (g: Group) => g.zh.length > 0 && g.en.length > 0;

/**
 * A one-sided group of several sentences means the same as several one-sided
 * pairs; keeping them apart lets each be joined on its own later. Empty groups go.
 */
function normalize(groups: Group[]): Group[] {
  return groups.flatMap((g) => {
    if (twoSided(g)) return [g];
    const side = g.zh.length > 0 ? "zh" : "en";
    if (g[side].length <= 1) return g[side].length === 1 ? [g] : [];
    return g[side].map((i) => (side === "zh" ? touched([i], []) : touched([], [i])));
  });
}

/** Where to cut `other` so that its first part's share of the length matches `share` (0..1) best. */
function matchingCut(other: number[], texts: readonly string[], share: number): number {
  const lengths = other.map((i) => Math.max(1, charLength(texts[i] ?? "")));
  const total = lengths.reduce((a, b) => a + b, 0);
  let best = 0;
  let bestGap = Infinity;
  let sum = 0;
  for (let c = 0; c <= other.length; c++) {
    const gap = Math.abs(sum / total - share);
    // On a tie the later cut wins, so a lone counterpart stays with the sentence that was cut off first.
    if (gap <= bestGap) [best, bestGap] = [c, gap];
    sum += lengths[c] ?? 0;
  }
  return best;
}

function share(indices: number[], texts: readonly string[], cut: number): number {
  const lengths = indices.map((i) => Math.max(1, charLength(texts[i] ?? "")));
  const total = lengths.reduce((a, b) => a + b, 0);
  return lengths.slice(0, cut).reduce((a, b) => a + b, 0) / total;
}

function splitGroup(g: Group, side: Side, at: number, p: SentencePairing): [Group, Group] {
  const other: Side = side === "zh" ? "en" : "zh";
  const c = matchingCut(g[other], p[other], share(g[side], p[side], at));
  const first = { [side]: g[side].slice(0, at), [other]: g[other].slice(0, c) } as Record<Side, number[]>;
  const second = { [side]: g[side].slice(at), [other]: g[other].slice(c) } as Record<Side, number[]>;
  return [touched(first.zh, first.en), touched(second.zh, second.en)];
}

function fixGroups(groups: Group[], fix: SentenceFix, p: SentencePairing): Group[] | FixRefusal {
  const k = fix.bead;
  const g = groups[k];
  if (!g) return "NO_SUCH_PAIR";
  const out = [...groups];
  switch (fix.kind) {
    case "join": {
      const next = groups[k + 1];
      if (!next) return "NO_SUCH_PAIR";
      const joined = touched([...g.zh, ...next.zh], [...g.en, ...next.en]);
      // Two pairs with nothing on one side stay apart: joined they would still have no counterpart.
      if (!twoSided(joined)) return "NOT_APPLICABLE";
      out.splice(k, 2, joined);
      return out;
    }
    case "split": {
      if (!twoSided(g) || fix.at < 1 || fix.at >= g[fix.side].length) return "NOT_APPLICABLE";
      out.splice(k, 1, ...splitGroup(g, fix.side, fix.at, p));
      return out;
    }
    case "move": {
      const j = fix.dir === "prev" ? k - 1 : k + 1;
      const to = groups[j];
      if (!to) return "NO_SUCH_PAIR";
      // The moved sentence must find a counterpart there, or the move is only a "no counterpart" in disguise.
      if (g[fix.side].length === 0 || to[fix.side === "zh" ? "en" : "zh"].length === 0) return "NOT_APPLICABLE";
      const moved = fix.dir === "prev" ? g[fix.side][0] : g[fix.side][g[fix.side].length - 1];
      const rest = fix.dir === "prev" ? g[fix.side].slice(1) : g[fix.side].slice(0, -1);
      const target = fix.dir === "prev" ? [...to[fix.side], moved] : [moved, ...to[fix.side]];
      out[k] = fix.side === "zh" ? touched(rest, g.en) : touched(g.zh, rest);
      out[j] = fix.side === "zh" ? touched(target, to.en) : touched(to.zh, target);
      return out;
    }
    case "detach": {
      const mine = g[fix.side];
      const sentence = mine[fix.sentence];
      if (sentence === undefined || !twoSided(g)) return "NOT_APPLICABLE";
      const alone = fix.side === "zh" ? touched([sentence], []) : touched([], [sentence]);
      const before = mine.slice(0, fix.sentence);
      const after = mine.slice(fix.sentence + 1);
      const other: Side = fix.side === "zh" ? "en" : "zh";
      const withOther = (own: number[], theirs: number[]) => (fix.side === "zh" ? touched(own, theirs) : touched(theirs, own));
      let parts: Group[];
      if (before.length === 0) parts = [alone, withOther(after, g[other])];
      else if (after.length === 0) parts = [withOther(before, g[other]), alone];
      else {
        const c = matchingCut(g[other], p[other], share([...before, ...after], p[fix.side], before.length));
        parts = [withOther(before, g[other].slice(0, c)), alone, withOther(after, g[other].slice(c))];
      }
      out.splice(k, 1, ...parts);
      return out;
    }
  }
}

/** The pairing after one fix, or why the fix does not apply. Every pair the fix touched counts as confirmed (score null). */
export function applySentenceFix(p: SentencePairing, fix: SentenceFix): FixOutcome {
  const groups: Group[] = p.beads.map((b, k) => ({ zh: b[SIDE.zh], en: b[SIDE.en], score: p.scores[k] ?? null }));
  const fixed = fixGroups(groups, fix, p);
  if (typeof fixed === "string") return refuse(fixed);
  const result = normalize(fixed);
  if (result.some((g) => g.zh.length > MAX_BEAD_SIDE || g.en.length > MAX_BEAD_SIDE)) return refuse("TOO_LARGE");
  return { ok: true, pairing: { zh: p.zh, en: p.en, beads: result.map((g) => [g.zh, g.en]), scores: result.map((g) => g.score) } };
}

/** Whether a fix applies, so the editor offers only the buttons that would do something. */
export const canApply = (p: SentencePairing, fix: SentenceFix): boolean => applySentenceFix(p, fix).ok;

/** Beads cover every sentence once, in order on both sides, each within the largest shape. */
export function isValidPairing(p: Pick<SentencePairing, "zh" | "en" | "beads" | "scores">): boolean {
  const inOrder = (xs: number[], n: number) => xs.length === n && xs.every((x, k) => x === k);
  return (
    p.scores.length === p.beads.length &&
    inOrder(p.beads.flatMap((b) => b[0]), p.zh.length) &&
    inOrder(p.beads.flatMap((b) => b[1]), p.en.length) &&
    p.beads.every((b) => b[0].length + b[1].length > 0 && b[0].length <= MAX_BEAD_SIDE && b[1].length <= MAX_BEAD_SIDE)
  );
}

/** Same grouping (scores aside): lets the server tell that the client fixed the pairing it has. */
export const sameBeads = (a: readonly Bead[], b: readonly Bead[]): boolean => JSON.stringify(a) === JSON.stringify(b);
