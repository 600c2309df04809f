/**
 * Calibrated confidence of a sentence bead: the probability that the bead is
 * exactly right (the strict-F1 sense), from a logistic model over evidence
 * the aligner already has. The DP's own posterior is the main input, but it
 * is overconfident where the model is wrong (a free translation can make a
 * wrong bead the only cheap path), so the share of words that found their
 * translation, the length mismatch and the bead's shape correct it.
 *
 * The weights are fitted by `npm run fit:align-confidence` on the dev sets
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
] as const;

/** Fitted coefficients, in FEATURE_NAMES order. */
export const CONFIDENCE_WEIGHTS: readonly number[] = [1.1377, 0.4192, -0.6489, -2.2015, -0.3328, -0.6153, 0.0983, 0.0903, -0.0529];

const LOGIT_CAP = 8;
const DELTA_CAP = 5;

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

/** The feature vector of each bead, in FEATURE_NAMES order. */
export function beadFeatures(beads: Bead[], posteriors: number[], src: BeadEvidenceSource): Float64Array[] {
  const counts = new Int32Array(4);
  return beads.map(([zs, es], k) => {
    const a = zs.length;
    const b = es.length;
    let share = 0;
    let none = 1;
    let delta = 0;
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
    );
  });
}

/**
 * A bead with an empty side is never more than doubtful: an absence is what
 * the aligner is worst at (on mac-dev a third of its 1-0 beads were right),
 * and only the reader can confirm that nothing corresponds.
 */
export const ONE_SIDED_MAX = 0.4;

export function calibrated(x: ArrayLike<number>, w: readonly number[] = CONFIDENCE_WEIGHTS): number {
  let z = 0;
  for (let k = 0; k < w.length; k++) z += w[k] * x[k];
  const p = 1 / (1 + Math.exp(-z));
  return x[3] ? Math.min(ONE_SIDED_MAX, p) : p;
}
