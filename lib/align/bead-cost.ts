/**
 * The bead cost: a sum of negative log-probability-like terms, so each part
 * speaks in the same unit (nats) and none needs a hand-tuned scale:
 *   length   −log P(length mismatch)              length-model.ts
 *   anchors  −Σ log-likelihood ratios of anchors  anchors.ts
 *   lexicon  −λ · word-match log-likelihood ratio lexical-features.ts
 *   turns    −log-likelihood ratio of quotation ends  turn-ends.ts (with anchors)
 *   shape    −log P(bead shape)                   added by the DP as priorCost
 */
import type { AnchorIndex } from "./anchor-index";
import type { BeadCost } from "./dp";
import type { LexicalIndex } from "./lexical-features";
import { tailCost, type LengthModel } from "./length-model";
import type { TurnEnds } from "./turn-ends";

export interface ItemFeatures {
  zhLens: Float64Array;
  enLens: Float64Array;
  anchors: AnchorIndex | null;
  lexical: LexicalIndex | null;
  turns: TurnEnds | null;
}

// Caps the Gale–Church deletion cost (see CostParts.deletionLength) at about
// the cost of a mediocre 1-1 match (|δ| ≈ 1.5): a long
// dropped sentence should cost like a bad match, not without bound, or a
// merge with a neighbour always looks cheaper than the deletion it is.
const DELETION_CAP = 2;
function prefix(a: ArrayLike<number>): Float64Array {
  const p = new Float64Array(a.length + 1);
  for (let i = 0; i < a.length; i++) p[i + 1] = p[i] + a[i];
  return p;
}

export interface CostParts {
  anchors: boolean;
  lexicon: boolean;
  /**
   * Score insertions/deletions as a length mismatch against nothing
   * (Gale–Church), capped at DELETION_CAP. Right for sentences: it stops a
   * length-only path from shifting by one for a whole stretch at the price
   * of one deletion and one insertion. Wrong for paragraphs, where one-sided titles, notices and
   * footers are common and short: there only the shape prior is paid.
   */
  deletionLength: boolean;
}

export function makeBeadCost(f: ItemFeatures, model: LengthModel, parts: CostParts): BeadCost {
  const pz = prefix(f.zhLens);
  const pe = prefix(f.enLens);
  const anchors = parts.anchors ? f.anchors : null;
  const turns = parts.anchors ? f.turns : null;
  const lex = parts.lexicon ? f.lexical : null;
  const { c: ratio, s2 } = model;
  // A local reference: transpiled ESM imports become property getters, too slow for the innermost loop.
  const tail = tailCost;
  const del = parts.deletionLength;
  return (i0, a, j0, b) => {
    const lz = pz[i0 + a] - pz[i0];
    const le = pe[j0 + b] - pe[j0];
    let c: number;
    if (a === 0 || b === 0) c = del ? Math.min(DELETION_CAP, tail((le - ratio * lz) / Math.sqrt((s2 * (lz + le / ratio)) / 2))) : 0;
    else c = tail((le - ratio * lz) / Math.sqrt((s2 * (lz + le / ratio)) / 2));
    if (anchors) c += anchors.cost(i0, a, j0, b);
    if (turns && a > 0 && b > 0) c += turns.cost(i0, a, j0, b);
    if (lex) c += lex.cost(i0, a, j0, b);
    return c;
  };
}
