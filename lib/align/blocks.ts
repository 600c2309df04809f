/**
 * Hard constraints from a coarser alignment: sentence beads must stay inside
 * the paragraph beads ("blocks"). Aligning all sentences of a document in one
 * DP under this constraint, instead of one small DP per paragraph pair, lets
 * the length variance, shape priors and lexical match rates be estimated
 * from the whole document.
 */
import type { Band } from "./band";
import type { BeadCost } from "./dp";
import type { Bead } from "./types";

export interface Blocks {
  band: Band;
  /** Centre line: the diagonal of each block. */
  centre: Float64Array;
  /** Wraps a cost so that beads straddling two blocks cost Infinity. */
  restrict(cost: BeadCost): BeadCost;
}

/** `blocks` must tile both sides in order (as paragraph beads mapped to sentence indices do). */
export function makeBlocks(blocks: Bead[], n: number, m: number): Blocks {
  const K = blocks.length;
  const zs = new Int32Array(K);
  const ze = new Int32Array(K);
  const es = new Int32Array(K);
  const ee = new Int32Array(K);
  const zb = new Int32Array(n);
  const eb = new Int32Array(m);
  let i = 0;
  let j = 0;
  blocks.forEach(([z, e], k) => {
    zs[k] = i;
    es[k] = j;
    for (const x of z) {
      if (x !== i) throw new Error(`blocks must tile the zh side in order (expected ${i}, got ${x})`);
      zb[i++] = k;
    }
    for (const y of e) {
      if (y !== j) throw new Error(`blocks must tile the en side in order (expected ${j}, got ${y})`);
      eb[j++] = k;
    }
    ze[k] = i;
    ee[k] = j;
  });
  if (i !== n || j !== m) throw new Error("blocks do not cover every item");

  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const centre = new Float64Array(n + 1);
  for (let k = 0; k < K; k++) {
    for (let r = zs[k]; r <= ze[k]; r++) {
      if (es[k] < lo[r]) lo[r] = es[k];
      if (ee[k] > hi[r]) hi[r] = ee[k];
      if (r < ze[k] || zs[k] === ze[k]) {
        const span = ze[k] - zs[k];
        centre[r] = span ? es[k] + ((ee[k] - es[k]) * (r - zs[k])) / span : es[k];
      }
    }
  }
  centre[n] = m;

  const restrict =
    (cost: BeadCost): BeadCost =>
    (i0, a, j0, b) => {
      if (a > 0 && b > 0) {
        const k = zb[i0];
        if (zb[i0 + a - 1] !== k || eb[j0] !== k || eb[j0 + b - 1] !== k) return Infinity;
      } else if (a > 0) {
        const k = zb[i0];
        if (zb[i0 + a - 1] !== k || j0 < es[k] || j0 > ee[k]) return Infinity;
      } else if (b > 0) {
        const k = eb[j0];
        if (eb[j0 + b - 1] !== k || i0 < zs[k] || i0 > ze[k]) return Infinity;
      }
      return cost(i0, a, j0, b);
    };
  return { band: { lo, hi }, centre, restrict };
}
