/**
 * Calibrated confidence of a sentence bead: the probability that the bead is
 * exactly right (the strict-F1 sense), from a logistic model over evidence
 * the aligner already has. The DP's own posterior is the main input, but it
 * is overconfident where the model is wrong (a free translation can make a
 * wrong bead the only cheap path), so the share of words that found their
 * translation, the length mismatch and the bead's shape correct it.
 *
 * A group bead (2–1, 3–1, …) is judged member by member as well: the pooled
 * word share of a bead can look fine while one of its sentences has no
 * counterpart at all, which is how an inserted or dropped sentence shows up
 * (it is glued onto a neighbour's bead, and inside a paragraph block the DP
 * may have had no other choice, so its posterior says nothing).
 *
 * The weights are fitted by `npm run fit:align-confidence` on the dev sets
 * and on copies of them with sentences inserted and dropped
 * (scripts/fit-align-confidence.ts prints them); `npm run bench:align`
 * reports the Brier score and a reliability table.
 */
import type { LexicalIndex } from "./lexical-features";
import type { LengthModel } from "./length-model";
import type { Bead } from "./types";

export const FEATURE_NAMES = [
  "bias",
  "logit posterior",
  "one-to-one",
  "one side empty",
  "extra sentences",
  "matched word share",
  "no content words",
  "length mismatch |δ|",
  "weaker neighbour's logit",
  "weakest member's unmatched share",
  "weakly matched members",
  "redundant members",
] as const;

/** Fitted coefficients, in FEATURE_NAMES order. */
export const CONFIDENCE_WEIGHTS: readonly number[] = [1.0664, 0.3907, -0.4757, -2.3309, -0.2573, -0.5207, 0.952, 0.0012, -0.0477, 0.4232, -0.2232, -0.6241];

const LOGIT_CAP = 8;
const DELTA_CAP = 5;
/** A member sentence with less than this share of its words matched is weakly supported. */
const WEAK_SHARE = 0.3;
/** Members with no word matched and this many content words between them make a bead silent: see SILENT_MEMBER_MAX. */
const SILENT_MIN_WORDS = 3;
/** So do this many weakly matched members (a stray match each, as for 一张 "a sheet" and "table"). */
const SILENT_WEAK_MEMBERS = 3;

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.max(-LOGIT_CAP, Math.min(LOGIT_CAP, Math.log(q / (1 - q))));
}

export interface BeadEvidenceSource {
  zhLens: ArrayLike<number>;
  enLens: ArrayLike<number>;
  model: LengthModel;
  lexical: LexicalIndex | null;
}

interface GroupEvidence {
  /** 1 − the weakest member's matched share. */
  unsupported: number;
  weak: number;
  redundant: number;
  silent: boolean;
}
const NO_GROUP: GroupEvidence = { unsupported: 0, weak: 0, redundant: 0, silent: false };

function groupEvidence(lex: LexicalIndex, i0: number, a: number, j0: number, b: number): GroupEvidence {
  let min = 1;
  let weak = 0;
  let silentWords = 0;
  lex.members(i0, a, j0, b, (words, matched) => {
    if (words === 0) return;
    min = Math.min(min, matched / words);
    if (matched / words < WEAK_SHARE) weak++;
    if (matched === 0) silentWords += words;
  });
  return {
    unsupported: 1 - min,
    weak,
    redundant: lex.redundantMembers(i0, a, j0, b),
    silent: silentWords >= SILENT_MIN_WORDS || weak >= SILENT_WEAK_MEMBERS,
  };
}

/** The feature vector of each bead, in FEATURE_NAMES order, then the silent-member flag. */
export function beadFeatures(beads: Bead[], posteriors: number[], src: BeadEvidenceSource): Float64Array[] {
  const counts = new Int32Array(4);
  return beads.map(([zs, es], k) => {
    const a = zs.length;
    const b = es.length;
    let share = 0;
    let none = 1;
    let delta = 0;
    const group = src.lexical && a && b && a + b > 2 ? groupEvidence(src.lexical, zs[0], a, es[0], b) : NO_GROUP;
    if (a && b) {
      if (src.lexical) {
        const c = src.lexical.beadCounts(zs[0], a, es[0], b, counts);
        const words = c[1] + c[3];
        if (words > 0) {
          share = (c[0] + c[2]) / words;
          none = 0;
        }
      }
      let lz = 0;
      let le = 0;
      for (const i of zs) lz += src.zhLens[i];
      for (const j of es) le += src.enLens[j];
      const { c, s2 } = src.model;
      const mean = (lz + le / c) / 2;
      delta = mean > 0 ? Math.min(DELTA_CAP, Math.abs(le - c * lz) / Math.sqrt(s2 * mean)) : 0;
    }
    return Float64Array.of(
      1,
      logit(posteriors[k]),
      a === 1 && b === 1 ? 1 : 0,
      a === 0 || b === 0 ? 1 : 0,
      Math.max(0, a + b - 2),
      share,
      none, // also 1 without the lexicon: no word evidence either way
      delta,
      // A wrong boundary spoils the beads on both sides of it.
      Math.min(k > 0 ? logit(posteriors[k - 1]) : LOGIT_CAP, k + 1 < beads.length ? logit(posteriors[k + 1]) : LOGIT_CAP),
      group.unsupported,
      group.weak,
      group.redundant,
      group.silent ? 1 : 0,
    );
  });
}

/**
 * A bead with an empty side is never more than doubtful: an absence is what
 * the aligner is worst at (on mac-dev a third of its 1-0 beads were right),
 * and only the reader can confirm that nothing corresponds.
 */
export const ONE_SIDED_MAX = 0.4;

/**
 * A group bead with a silent member (a sentence of several content words
 * none of which the other side translates) is never more than doubtful
 * either: on the dev sets with sentences inserted and dropped (the kind of
 * mismatch a pasted pair can have) a third of such beads were right, and the
 * DP's posterior inside a paragraph block cannot see it (the block may leave
 * no other choice). The fit does not learn this cap; it is evidence the
 * linear model cannot weigh against a near-certain posterior.
 */
export const SILENT_MEMBER_MAX = 0.45;

/** Index of the silent-member flag in a feature vector (kept out of the linear model). */
const SILENT = FEATURE_NAMES.length;

export function calibrated(x: ArrayLike<number>, w: readonly number[] = CONFIDENCE_WEIGHTS): number {
  let z = 0;
  for (let k = 0; k < w.length; k++) z += w[k] * x[k];
  const p = 1 / (1 + Math.exp(-z));
  return x[3] ? Math.min(ONE_SIDED_MAX, p) : x[SILENT] ? Math.min(SILENT_MEMBER_MAX, p) : p;
}
