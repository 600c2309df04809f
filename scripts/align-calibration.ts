// Shared by scripts/fit-align-confidence.ts and scripts/bench-align.ts: the
// labelled beads of the dev sets (is each aligned bead exactly a gold bead?),
// a weighted L2 logistic fit, and the calibration figures.
import { readFileSync } from "node:fs";
import { alignItems, SENTENCE_LEVEL } from "../lib/align/align";
import { FEATURE_NAMES } from "../lib/align/confidence";
import { parseBeads } from "../lib/align/beads-format";
import type { Bead } from "../lib/align/types";
import type { DevSet } from "./bench-align-data";
import { rng } from "./bench-stats";

export interface Labelled {
  set: string;
  doc: string;
  x: Float64Array;
  y: 0 | 1;
  /** The DP's raw posterior, for comparison. */
  posterior: number;
  /** The calibrated score the aligner reports today. */
  score: number;
}

const key = ([a, b]: Bead) => `${a.join(",")}:${b.join(",")}`;

export function labelledBeads(sets: DevSet[]): Labelled[] {
  const out: Labelled[] = [];
  for (const set of sets) {
    for (const d of set.docs ?? []) label(out, set.name, d.name, d.zh, d.en, parseBeads(readFileSync(d.gold, "utf8")));
  }
  return out;
}

function label(out: Labelled[], set: string, doc: string, zh: string[], en: string[], goldBeads: Bead[], blocks?: Bead[]): void {
  const gold = new Set(goldBeads.map(key));
  const r = alignItems(zh, en, SENTENCE_LEVEL, { blocks });
  r.beads.forEach((b, k) =>
    out.push({ set, doc, x: r.features[k], y: gold.has(key(b)) ? 1 : 0, posterior: r.posteriors[k], score: r.scores[k] }),
  );
}

/**
 * Gold beads grouped into runs of 2 to 8, as paragraph blocks: the app aligns
 * sentences inside paragraph beads, where the DP's posterior only weighs the
 * choices left inside a block, so a bead the block forces looks certain.
 */
function paragraphBlocks(gold: Bead[], rand: () => number): Bead[] {
  const blocks: Bead[] = [];
  for (let k = 0; k < gold.length; ) {
    const run = gold.slice(k, (k += 2 + Math.floor(rand() * 7)));
    blocks.push([run.flatMap((b) => b[0]), run.flatMap((b) => b[1])]);
  }
  return blocks;
}

/** Share of gold beads that get each edit in `editedBeads`. */
const EDIT_RATE = 1 / 12;

/**
 * The dev documents as a user's mismatched paste looks: English sentences
 * dropped, English sentences from elsewhere in the text inserted, Chinese
 * sentences dropped, each at EDIT_RATE, with the gold beads edited to match.
 * The dev sets are careful translations, so on them alone a group with an
 * inserted sentence is too rare for the fit to learn what it looks like.
 */
export function editedBeads(sets: DevSet[], seed = 11): Labelled[] {
  const out: Labelled[] = [];
  const rand = rng(seed);
  for (const set of sets) {
    for (const d of set.docs ?? []) {
      const zh: string[] = [];
      const en: string[] = [];
      const gold: Bead[] = [];
      for (const [zs, es] of parseBeads(readFileSync(d.gold, "utf8"))) {
        const keepZ = zs.length && rand() < EDIT_RATE ? zs.slice(1) : zs;
        const keepE = es.length && rand() < EDIT_RATE ? es.slice(1) : es;
        const bead: Bead = [keepZ.map((i) => zh.push(d.zh[i]) - 1), keepE.map((j) => en.push(d.en[j]) - 1)];
        if (bead[0].length || bead[1].length) gold.push(bead);
        if (rand() < EDIT_RATE) gold.push([[], [en.push(d.en[Math.floor(rand() * d.en.length)]) - 1]]);
      }
      label(out, `${set.name}+edits`, d.name, zh, en, gold);
      label(out, `${set.name}+edits in paragraphs`, d.name, zh, en, gold, paragraphBlocks(gold, rand));
    }
  }
  return out;
}

/** Weighted logistic regression by Newton's method with an L2 penalty (not on the bias). */
export function fitLogistic(rows: Array<{ x: Float64Array; y: number; w: number }>, l2 = 1, iterations = 30): number[] {
  const d = FEATURE_NAMES.length; // the vector also carries flags the linear model leaves out
  const beta = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const g = new Float64Array(d);
    const H = Array.from({ length: d }, () => new Float64Array(d));
    for (const { x, y, w } of rows) {
      let z = 0;
      for (let k = 0; k < d; k++) z += beta[k] * x[k];
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < d; a++) {
        g[a] += w * (p - y) * x[a];
        for (let b = 0; b < d; b++) H[a][b] += w * p * (1 - p) * x[a] * x[b];
      }
    }
    for (let a = 1; a < d; a++) {
      g[a] += l2 * beta[a];
      H[a][a] += l2;
    }
    for (let a = 0; a < d; a++) H[a][a] += 1e-9;
    const step = solve(H, g);
    let max = 0;
    for (let k = 0; k < d; k++) {
      beta[k] -= step[k];
      max = Math.max(max, Math.abs(step[k]));
    }
    if (max < 1e-8) break;
  }
  return Array.from(beta);
}

function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return Float64Array.from(M, (row, i) => (M[i][i] === 0 ? 0 : row[n] / M[i][i]));
}

export function brier(ps: number[], ys: number[]): number {
  let s = 0;
  for (let k = 0; k < ps.length; k++) s += (ps[k] - ys[k]) ** 2;
  return s / ps.length;
}

/** Reliability table: per probability bin, the count, the mean prediction and the observed share correct. */
export function reliability(ps: number[], ys: number[], edges = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001]): string[] {
  const lines: string[] = [];
  for (let b = 0; b < edges.length - 1; b++) {
    const idx = ps.flatMap((p, k) => (p >= edges[b] && p < edges[b + 1] ? [k] : []));
    if (!idx.length) continue;
    const mean = idx.reduce((s, k) => s + ps[k], 0) / idx.length;
    const obs = idx.reduce((s, k) => s + ys[k], 0) / idx.length;
    const hi = Math.min(1, edges[b + 1]);
    lines.push(`[${edges[b].toFixed(2)}, ${hi.toFixed(2)}${hi === 1 ? "]" : ")"}  n=${String(idx.length).padStart(5)}  predicted ${mean.toFixed(3)}  observed ${obs.toFixed(3)}`);
  }
  return lines;
}
