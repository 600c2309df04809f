/**
 * The DP runs inside a band: for each zh row i, en columns lo[i]..hi[i].
 * Bands are built around a centre line (first the length-proportional
 * diagonal, later the previous pass's path) and widened where the best path
 * runs along an edge, so time and memory stay about linear in the input.
 */
import type { Bead } from "./types";

export interface Band {
  lo: Int32Array; // per row 0..n, inclusive
  hi: Int32Array;
}

/**
 * Centre line that follows cumulative length: row i maps to the en position
 * whose share of the total en length equals zh's share up to row i.
 */
export function diagonalCentre(zhLens: ArrayLike<number>, enLens: ArrayLike<number>): Float64Array {
  const n = zhLens.length;
  const m = enLens.length;
  let tz = 0;
  let te = 0;
  for (let i = 0; i < n; i++) tz += zhLens[i] + 1; // +1: empty items still occupy a slot
  for (let j = 0; j < m; j++) te += enLens[j] + 1;
  const centre = new Float64Array(n + 1);
  let j = 0;
  let cumE = 0;
  let cumZ = 0;
  for (let i = 0; i <= n; i++) {
    const target = tz > 0 ? (cumZ / tz) * te : 0;
    while (j < m && cumE + enLens[j] + 1 <= target) cumE += enLens[j++] + 1;
    const frac = j < m ? (target - cumE) / (enLens[j] + 1) : 0;
    centre[i] = Math.min(m, j + frac);
    if (i < n) cumZ += zhLens[i] + 1;
  }
  centre[n] = m;
  return centre;
}

/** Centre line through a previous alignment: the en index at each zh row, interpolated inside many-to-many beads. */
export function pathCentre(beads: Bead[], n: number, m: number): Float64Array {
  const centre = new Float64Array(n + 1);
  let i = 0;
  let j = 0;
  for (const [zs, es] of beads) {
    const a = zs.length;
    const b = es.length;
    for (let k = 0; k < a; k++) centre[i + k] = j + (b * k) / a;
    i += a;
    j += b;
  }
  centre[n] = m;
  return centre;
}

/** Band of ±halfWidth around the centre, clipped to a hard band (the matrix, or paragraph blocks). */
export function bandAround(centre: Float64Array, halfWidth: Float64Array, m: number, hard?: Band): Band {
  const n = centre.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(hard ? hard.lo[i] : 0, Math.floor(centre[i] - halfWidth[i]));
    hi[i] = Math.min(hard ? hard.hi[i] : m, Math.ceil(centre[i] + halfWidth[i]));
  }
  lo[0] = 0;
  hi[n] = m;
  // Monotone edges keep every band cell reachable through 1-0/0-1 beads.
  for (let i = 1; i <= n; i++) if (lo[i] < lo[i - 1]) lo[i] = lo[i - 1];
  for (let i = n - 1; i >= 0; i--) if (hi[i] > hi[i + 1]) hi[i] = hi[i + 1];
  for (let i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
  // Adjacent rows must overlap or touch, otherwise the path could break.
  for (let i = 1; i <= n; i++) if (lo[i] > hi[i - 1] + 1) lo[i] = hi[i - 1] + 1;
  return { lo, hi };
}

/**
 * Rows where the path runs within `margin` of an edge that is not the
 * matrix border: the band there may have cut off a better path.
 */
export function touchedRows(beads: Bead[], band: Band, m: number, margin = 2, hard?: Band): number[] {
  const rows: number[] = [];
  let i = 0;
  let j = 0;
  const check = (r: number, c: number) => {
    const lo = hard ? hard.lo[r] : 0;
    const hi = hard ? hard.hi[r] : m;
    if ((band.lo[r] > lo && c - band.lo[r] < margin) || (band.hi[r] < hi && band.hi[r] - c < margin)) rows.push(r);
  };
  check(0, 0);
  for (const [zs, es] of beads) {
    i += zs.length;
    j += es.length;
    check(i, j);
  }
  return rows;
}

/** Doubles the half-width around each touched row (over a window as wide as the new band). */
export function widen(halfWidth: Float64Array, rows: number[], max: number): boolean {
  let changed = false;
  const next = Float64Array.from(halfWidth);
  for (const r of rows) {
    const w = Math.min(max, halfWidth[r] * 2);
    if (w <= halfWidth[r]) continue;
    const span = Math.ceil(2 * w);
    for (let k = Math.max(0, r - span); k <= Math.min(halfWidth.length - 1, r + span); k++) {
      if (next[k] < w) {
        next[k] = w;
        changed = true;
      }
    }
  }
  halfWidth.set(next);
  return changed;
}
