/**
 * Plain Gale & Church (1993) baseline for the benchmark: character lengths,
 * the classic fixed parameters (c = 1, s² = 6.8) and the classic bead
 * priors, no anchors, no lexicon. The only change is running it in the same
 * widening band as the real aligner instead of the full matrix.
 */
import { bandAround, diagonalCentre, touchedRows, widen } from "./band";
import { bandedDP } from "./dp";
import { CLASSIC, charLength, lengthCost } from "./length-model";
import type { Bead, BeadShape } from "./types";

const GC_SHAPES: Array<{ shape: BeadShape; p: number }> = [
  { shape: [1, 1], p: 0.89 },
  { shape: [1, 0], p: 0.0099 },
  { shape: [0, 1], p: 0.0099 },
  { shape: [2, 1], p: 0.089 },
  { shape: [1, 2], p: 0.089 },
  { shape: [2, 2], p: 0.011 },
];

export function galeChurch(zh: string[], en: string[]): Bead[] {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) return n === 0 ? en.map((_, j) => [[], [j]]) : zh.map((_, i) => [[i], []]);
  const zl = Float64Array.from(zh, charLength);
  const el = Float64Array.from(en, charLength);
  const pz = new Float64Array(n + 1);
  const pe = new Float64Array(m + 1);
  for (let i = 0; i < n; i++) pz[i + 1] = pz[i] + zl[i];
  for (let j = 0; j < m; j++) pe[j + 1] = pe[j] + el[j];
  const shapes = GC_SHAPES.map((s) => s.shape);
  const prior = GC_SHAPES.map((s) => -Math.log(s.p));
  const cost = (i0: number, a: number, j0: number, b: number) =>
    lengthCost(pz[i0 + a] - pz[i0], pe[j0 + b] - pe[j0], CLASSIC);
  const centre = diagonalCentre(zl, el);
  const half = new Float64Array(n + 1).fill(Math.max(8, Math.ceil(Math.sqrt(Math.max(n, m)))));
  for (let iter = 0; ; iter++) {
    const band = bandAround(centre, half, m);
    const res = bandedDP(n, m, shapes, prior, cost, band);
    const rows = touchedRows(res.beads, band, m);
    if (!rows.length || iter >= 10 || !widen(half, rows, Math.max(n, m))) return res.beads;
  }
}
