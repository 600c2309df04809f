/**
 * Banded dynamic programming over beads. Cell (i, j) holds the best cost of
 * aligning zh[0..i) with en[0..j); a bead of shape (a, b) moves from
 * (i − a, j − b). With `posterior`, a forward–backward pass in the same band
 * yields each chosen bead's posterior probability (its confidence).
 */
import type { Band } from "./band";
import type { Bead, BeadShape } from "./types";

/** Cost of the bead zh[i0..i0+a) ↔ en[j0..j0+b), excluding the shape prior. */
export type BeadCost = (i0: number, a: number, j0: number, b: number) => number;

export interface DPResult {
  beads: Bead[];
  /** Cost of each bead including its prior. */
  costs: number[];
  /** Posterior probability of each bead (only with `posterior`). */
  posteriors?: number[];
  total: number;
}

export function bandedDP(
  n: number,
  m: number,
  shapes: readonly BeadShape[],
  priorCost: ArrayLike<number>,
  cost: BeadCost,
  band: Band,
  posterior = false,
): DPResult {
  const { lo, hi } = band;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
  const cells = off[n + 1];
  const S = shapes.length;
  const sa = Int32Array.from(shapes, (x) => x[0]);
  const sb = Int32Array.from(shapes, (x) => x[1]);
  const prior = Float64Array.from(priorCost);
  const V = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(255);
  const alpha = posterior ? new Float64Array(cells).fill(-Infinity) : null;
  const stored = posterior ? new Float32Array(cells * S).fill(Infinity) : null;
  const terms = new Float64Array(S);

  for (let i = 0; i <= n; i++) {
    const loI = lo[i];
    for (let j = loI; j <= hi[i]; j++) {
      const cell = off[i] + j - loI;
      if (i === 0 && j === 0) {
        V[cell] = 0;
        if (alpha) alpha[cell] = 0;
        continue;
      }
      let best = Infinity;
      let arg = 255;
      let lseMax = -Infinity;
      let nt = 0;
      for (let s = 0; s < S; s++) {
        const a = sa[s];
        const b = sb[s];
        const i0 = i - a;
        const j0 = j - b;
        if (i0 < 0 || j0 < 0 || j0 < lo[i0] || j0 > hi[i0]) continue;
        const prevCell = off[i0] + j0 - lo[i0];
        const prev = V[prevCell];
        if (prev === Infinity) continue;
        const c = prior[s] + cost(i0, a, j0, b);
        if (prev + c < best) {
          best = prev + c;
          arg = s;
        }
        if (alpha && stored) {
          stored[cell * S + s] = c;
          const t = alpha[prevCell] - c;
          terms[nt++] = t;
          if (t > lseMax) lseMax = t;
        }
      }
      V[cell] = best;
      back[cell] = arg;
      if (alpha && lseMax > -Infinity) {
        let sum = 0;
        for (let k = 0; k < nt; k++) sum += Math.exp(terms[k] - lseMax);
        alpha[cell] = lseMax + Math.log(sum);
      }
    }
  }

  const beads: Bead[] = [];
  const costs: number[] = [];
  const ends: Array<[number, number, number, number]> = []; // i0, j0, i, j
  let i = n;
  let j = m;
  const endCell = off[n] + m - lo[n];
  const total = V[endCell];
  if (total === Infinity) throw new Error("alignment band does not connect the corners");
  while (i > 0 || j > 0) {
    const cell = off[i] + j - lo[i];
    const s = back[cell];
    const [a, b] = shapes[s];
    const i0 = i - a;
    const j0 = j - b;
    costs.push(V[cell] - V[off[i0] + j0 - lo[i0]]);
    beads.push([range(i0, a), range(j0, b)]);
    ends.push([i0, j0, i, j]);
    i = i0;
    j = j0;
  }
  beads.reverse();
  costs.reverse();
  ends.reverse();

  let posteriors: number[] | undefined;
  if (alpha && stored) {
    const beta = new Float64Array(cells).fill(-Infinity);
    beta[endCell] = 0;
    for (let r = n; r >= 0; r--) {
      for (let c = hi[r]; c >= lo[r]; c--) {
        const cell = off[r] + c - lo[r];
        if (cell === endCell) continue;
        let mx = -Infinity;
        let nt = 0;
        for (let s = 0; s < S; s++) {
          const r1 = r + sa[s];
          const c1 = c + sb[s];
          if (r1 > n || c1 < lo[r1] || c1 > hi[r1]) continue;
          const next = off[r1] + c1 - lo[r1];
          const t = beta[next] - stored[next * S + s];
          if (t === -Infinity || Number.isNaN(t)) continue;
          terms[nt++] = t;
          if (t > mx) mx = t;
        }
        if (mx > -Infinity) {
          let sum = 0;
          for (let k = 0; k < nt; k++) sum += Math.exp(terms[k] - mx);
          beta[cell] = mx + Math.log(sum);
        }
      }
    }
    const Z = alpha[endCell];
    posteriors = ends.map(([i0, j0, i1, j1], k) => {
      const from = off[i0] + j0 - lo[i0];
      const to = off[i1] + j1 - lo[i1];
      const p = Math.exp(alpha[from] - costs[k] + beta[to] - Z);
      return Math.max(0, Math.min(1, p));
    });
  }
  return { beads, costs, posteriors, total };
}

function range(start: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) out[k] = start + k;
  return out;
}
