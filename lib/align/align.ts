/**
 * Sentence and paragraph alignment: three banded DP passes.
 *  1. length (+ anchors) inside a band around the length-proportional
 *     diagonal, widened where the path touches an edge;
 *  2. re-estimate the length variance, the bead-shape priors and the
 *     lexical match rates from pass 1, then run the full model in a narrow
 *     band around the pass-1 path (again widened on touches), with a
 *     forward–backward pass for per-bead confidence.
 */
import { extractAnchors } from "./anchors";
import { AnchorIndex } from "./anchor-index";
import { bandAround, diagonalCentre, pathCentre, touchedRows, widen, type Band } from "./band";
import { makeBeadCost, type ItemFeatures } from "./bead-cost";
import { beadFeatures, calibrated } from "./confidence";
import { bandedDP, type BeadCost, type DPResult } from "./dp";
import { makeBlocks } from "./blocks";
import { documentWords, LexicalIndex } from "./lexical-features";
import { loadLexicon } from "./lexicon";
import { learnGlosses } from "./translation-table";
import { TurnEnds } from "./turn-ends";
import { charLength, estimateLengthModel, estimateVariance, type LengthModel } from "./length-model";
import type { AlignOptions, Alignment, Bead, BeadShape } from "./types";

export interface ShapePrior {
  shape: BeadShape;
  p: number;
}

export interface LevelConfig {
  shapes: ShapePrior[];
  /** See CostParts.deletionLength. */
  deletionLength: boolean;
  /** Report calibrated probabilities (confidence.ts) instead of raw DP posteriors. */
  calibrate: boolean;
}

/**
 * Starting shape probabilities. Chinese punctuation splits more finely than
 * English (a run of 。-sentences often becomes one English sentence), so n-1
 * shapes get more mass than 1-n. Re-estimated per document after pass 1.
 */
export const SENTENCE_SHAPES: ShapePrior[] = [
  { shape: [1, 1], p: 0.82 },
  { shape: [1, 0], p: 0.01 },
  { shape: [0, 1], p: 0.01 },
  { shape: [2, 1], p: 0.07 },
  { shape: [1, 2], p: 0.05 },
  { shape: [2, 2], p: 0.005 },
  { shape: [3, 1], p: 0.015 },
  { shape: [1, 3], p: 0.008 },
  { shape: [4, 1], p: 0.004 },
  { shape: [1, 4], p: 0.003 },
  { shape: [2, 3], p: 0.0015 },
  { shape: [3, 2], p: 0.0015 },
  { shape: [5, 1], p: 0.001 },
  { shape: [1, 5], p: 0.001 },
];

/** Paragraphs: one-sided titles, bylines, notices and footers make 1-0/0-1 common. */
export const PARAGRAPH_SHAPES: ShapePrior[] = [
  { shape: [1, 1], p: 0.84 },
  { shape: [1, 0], p: 0.035 },
  { shape: [0, 1], p: 0.035 },
  { shape: [2, 1], p: 0.03 },
  { shape: [1, 2], p: 0.03 },
  { shape: [3, 1], p: 0.01 },
  { shape: [1, 3], p: 0.01 },
  { shape: [2, 2], p: 0.01 },
];

export const SENTENCE_LEVEL: LevelConfig = { shapes: SENTENCE_SHAPES, deletionLength: true, calibrate: true };
export const PARAGRAPH_LEVEL: LevelConfig = { shapes: PARAGRAPH_SHAPES, deletionLength: false, calibrate: false };

/** Pseudo-count weight of the starting priors when re-estimating from pass 1. */
const PRIOR_STRENGTH = 30;

export interface AlignDetails extends Alignment {
  model: LengthModel;
  priors: number[];
  /** The DP's posterior of each bead (`scores` is calibrated from it at the sentence level). */
  posteriors: number[];
  /** Per bead, the evidence the calibration uses (confidence.ts). */
  features: Float64Array[];
}

/** Shapes of the coarse first pass: enough to follow the path, cheap to evaluate. */
const COARSE: BeadShape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];

export interface ItemAlignOptions extends AlignOptions {
  /** Coarser beads (e.g. paragraphs, over item indices) that item beads must stay inside. */
  blocks?: Bead[];
}

export function alignItems(zh: string[], en: string[], level: LevelConfig, opts: ItemAlignOptions = {}): AlignDetails {
  const { shapes, deletionLength } = level;
  const n = zh.length;
  const m = en.length;
  const useAnchors = opts.anchors ?? true;
  const useLexicon = opts.lexicon ?? true;
  const estimate = opts.estimate ?? true;
  const zhLens = Float64Array.from(zh, charLength);
  const enLens = Float64Array.from(en, charLength);
  let model = estimateLengthModel(zhLens, enLens);
  let priors = shapes.map((s) => s.p);
  if (n === 0 || m === 0) {
    const beads: Bead[] = n === 0 ? en.map((_, j) => [[], [j]]) : zh.map((_, i) => [[i], []]);
    // One side is empty: nothing was compared, so nothing is vouched for.
    const zeros = beads.map(() => 0);
    return { beads, scores: zeros, posteriors: zeros, features: [], model, priors };
  }

  const lexicon = useLexicon ? loadLexicon() : null;
  const features: ItemFeatures = {
    zhLens,
    enLens,
    anchors: useAnchors
      ? new AnchorIndex(zh.map((t) => extractAnchors(t, "zh")), en.map((t) => extractAnchors(t, "en")))
      : null,
    lexical: null,
    turns: useAnchors ? new TurnEnds(zh, en) : null,
  };
  const words = lexicon ? documentWords(zh, en, lexicon) : null;
  if (lexicon && words) features.lexical = new LexicalIndex(words, (w) => lexicon.glossStems(w));
  const blocks = opts.blocks ? makeBlocks(opts.blocks, n, m) : null;
  const wrap = blocks ? blocks.restrict : (c: BeadCost) => c;
  const shapeList = shapes.map((s) => s.shape);
  const reach = Math.max(...shapeList.map(([a, b]) => Math.max(a, b)));
  // sqrt(n): the drift of a random walk of length noise away from the diagonal.
  const w0 = opts.band ?? Math.max(10, Math.ceil(1.5 * Math.sqrt(Math.max(n, m))));
  const w1 = 6;
  const run = (sh: BeadShape[], pr: number[], cost: BeadCost, centre: Float64Array, w: number, posterior: boolean) =>
    runWidening(n, m, sh, pr, wrap(cost), centre, w, posterior, blocks?.band, features.lexical, reach);

  // Pass 1 (coarse): length only, few shapes, wide band around the diagonal.
  // It only has to find the neighbourhood of the path; anchors and the
  // lexicon come in the narrow passes, where they cost little.
  const coarseShapes = COARSE.filter(([a, b]) => shapeList.some(([x, y]) => x === a && y === b));
  const coarsePriors = coarseShapes.map(([a, b]) => priors[shapeList.findIndex(([x, y]) => x === a && y === b)]);
  const lengthOnly = makeBeadCost(features, model, { anchors: false, lexicon: false, deletionLength });
  const coarse = run(coarseShapes, coarsePriors, lengthOnly, blocks?.centre ?? diagonalCentre(zhLens, enLens), w0, false);
  features.lexical?.estimateRates(coarse.beads);
  features.turns?.estimate(coarse.beads);

  // Pass 2: every shape and feature, starting parameters, narrow band around pass 1.
  const parts = { anchors: useAnchors, lexicon: !!features.lexical, deletionLength };
  const second = run(shapeList, priors, makeBeadCost(features, model, parts), pathCentre(coarse.beads, n, m), w1, !estimate);
  if (!estimate) return finish(second.beads, second.posteriors!);

  // Pass 3: re-estimate from pass 2, same narrow band.
  const pairs: Array<[number, number]> = [];
  const counts = new Float64Array(shapes.length);
  for (const [zs, es] of second.beads) {
    if (zs.length === 1 && es.length === 1) pairs.push([zhLens[zs[0]], enLens[es[0]]]);
    const k = shapeList.findIndex(([a, b]) => a === zs.length && b === es.length);
    if (k >= 0) counts[k]++;
  }
  model = estimateVariance(model, pairs);
  const total = second.beads.length + PRIOR_STRENGTH;
  // Many-to-many shapes keep their starting prior. A 2-2 bead is also two
  // 1-1 beads merged, and merging always smooths the length mismatch, so the
  // first pass over-uses them; re-estimating would feed that back.
  priors = shapes.map(({ shape: [a, b], p }, k) => (a >= 2 && b >= 2 ? p : (counts[k] + PRIOR_STRENGTH * p) / total));
  if (lexicon && words && opts.learn !== false) {
    // Realign with the document's own translation table (see translation-table.ts).
    const learned = learnGlosses(words, second.beads);
    if (learned.size) {
      features.lexical = new LexicalIndex(words, (w) => {
        const l = learned.get(w);
        return l ? [...lexicon.glossStems(w), ...l] : lexicon.glossStems(w);
      });
    }
  }
  features.lexical?.estimateRates(second.beads);
  features.turns?.estimate(second.beads);
  const third = run(shapeList, priors, makeBeadCost(features, model, parts), pathCentre(second.beads, n, m), w1, true);
  return finish(third.beads, third.posteriors!);

  function finish(beads: Bead[], posteriors: number[]): AlignDetails {
    const evidence = beadFeatures(beads, posteriors, { zhLens, enLens, model, lexical: features.lexical });
    const scores = level.calibrate ? evidence.map((x) => calibrated(x)) : posteriors;
    return { beads, scores, posteriors, features: evidence, model, priors };
  }
}

function runWidening(
  n: number,
  m: number,
  shapes: BeadShape[],
  priors: number[],
  cost: BeadCost,
  centre: Float64Array,
  w: number,
  posterior: boolean,
  hard: Band | undefined,
  lexical: LexicalIndex | null,
  reach: number,
): DPResult {
  const priorCost = priors.map((p) => -Math.log(p));
  const half = new Float64Array(n + 1).fill(w);
  const max = Math.max(n, m);
  for (let iter = 0; ; iter++) {
    const band: Band = bandAround(centre, half, m, hard);
    lexical?.useBand(band, reach);
    const res = bandedDP(n, m, shapes, priorCost, cost, band, posterior);
    const rows = touchedRows(res.beads, band, m, 2, hard);
    if (!rows.length || iter >= 10 || !widen(half, rows, max)) return res;
  }
}

export function alignSentences(zh: string[], en: string[], opts?: AlignOptions): Alignment {
  const { beads, scores } = alignItems(zh, en, SENTENCE_LEVEL, opts);
  return { beads, scores };
}

export function alignParagraphs(zh: string[], en: string[], opts?: AlignOptions): Alignment {
  const { beads, scores } = alignItems(zh, en, PARAGRAPH_LEVEL, opts);
  return { beads, scores };
}
