/**
 * Gale–Church length model, with the parameters estimated from the document
 * pair instead of the classic European constants.
 *
 * Model: for a bead whose zh side has lz characters and en side le
 * characters, le ≈ c·lz with variance s2·lz. The cost is the classic
 * −log P(|δ| ≥ |observed δ|), δ = (le − c·lz) / sqrt(s2·l̄), a two-sided
 * normal tail, so a perfect length match costs 0 and every standard
 * deviation of mismatch costs roughly δ²/2 nats.
 */

export interface LengthModel {
  /** Expected en characters per zh character. */
  c: number;
  /** Variance of en length per zh character (en characters²). */
  s2: number;
}

/** The classic Gale–Church constants (German/French/English, c = 1, s² = 6.8). */
export const CLASSIC: LengthModel = { c: 1, s2: 6.8 };

/** Characters that carry text: whitespace is formatting, not content. */
export function charLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0) continue;
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: count astral chars once
    n++;
  }
  return n;
}

/**
 * c = total en chars / total zh chars of this document pair (literary zh→en
 * runs 4.1–4.7; a fixed ratio would shift every δ). The starting variance
 * scales s² with c: Gale–Church's 6.8 is for c ≈ 1, and a zh character
 * standing for c en characters carries about c times the variance.
 * Re-estimated after a first pass by `estimateVariance`.
 */
export function estimateLengthModel(zhLens: ArrayLike<number>, enLens: ArrayLike<number>): LengthModel {
  let z = 0;
  let e = 0;
  for (let i = 0; i < zhLens.length; i++) z += zhLens[i];
  for (let j = 0; j < enLens.length; j++) e += enLens[j];
  const c = z > 0 && e > 0 ? e / z : 1;
  return { c, s2: CLASSIC.s2 * Math.max(1, c) };
}

/**
 * Robust variance from the 1-1 beads of a first pass: the median of
 * (le − c·lz)²/l̄ divided by 0.455 (the median of χ²₁), so that a few
 * misaligned beads do not inflate it. Clamped to a sane range around the
 * prior so a tiny document cannot produce a degenerate model.
 */
export function estimateVariance(model: LengthModel, pairs: Array<[number, number]>): LengthModel {
  if (pairs.length < 20) return model;
  const r: number[] = [];
  for (const [lz, le] of pairs) {
    if (lz <= 0) continue;
    const mean = (lz + le / model.c) / 2;
    const d = le - model.c * lz;
    r.push((d * d) / mean);
  }
  if (r.length < 20) return model;
  r.sort((a, b) => a - b);
  const s2 = r[r.length >> 1] / 0.455;
  const lo = model.s2 / 4;
  const hi = model.s2 * 4;
  return { c: model.c, s2: Math.min(hi, Math.max(lo, s2)) };
}

/** −log of the two-sided standard normal tail 2·(1 − Φ(|x|)), stable for large |x|. */
export function negLogTwoSidedTail(x: number): number {
  const z = Math.abs(x);
  if (z < 5) {
    // Abramowitz–Stegun 7.1.26 for erfc(z/√2), accurate to ~1e-7.
    const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const p = poly * Math.exp(-(z * z) / 2);
    return -Math.log(Math.max(p, 1e-300));
  }
  // Asymptotic tail: 2φ(z)/z.
  return (z * z) / 2 + Math.log(z) + 0.5 * Math.log(Math.PI / 2);
}

// The DP evaluates millions of beads: tabulate the tail cost for |δ| < 40.
const STEP = 0.005;
const TABLE = (() => {
  const t = new Float64Array(Math.ceil(40 / STEP) + 2);
  for (let k = 0; k < t.length; k++) t[k] = negLogTwoSidedTail(k * STEP);
  return t;
})();

export function tailCost(delta: number): number {
  const z = delta < 0 ? -delta : delta;
  const x = z / STEP;
  const k = x | 0;
  if (k >= TABLE.length - 1) return negLogTwoSidedTail(z);
  const f = x - k;
  return TABLE[k] * (1 - f) + TABLE[k + 1] * f;
}

export function lengthCost(lz: number, le: number, m: LengthModel): number {
  if (lz === 0 && le === 0) return 0;
  const mean = (lz + le / m.c) / 2;
  return tailCost((le - m.c * lz) / Math.sqrt(m.s2 * mean));
}
