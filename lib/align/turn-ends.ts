/**
 * Dialogue turns end together. Where a Chinese sentence closes a quotation
 * (…。” / …」), the English of the same bead almost always ends by closing
 * one too (…' / …”), and where it does not, the English does not either.
 * Inside a bead the two rarely line up, so the flag pair at a bead's last
 * items says whether the bead ends where a turn ends on both sides.
 *
 * The cost is a log-likelihood ratio per bead end: the joint rate of the
 * flag pair at bead ends of an earlier pass, against the product of its
 * marginals (what unrelated cut points would show). It is estimated from
 * each document, so a translation without quotation marks, or one that
 * moves them freely, gets ratios near 0 and the feature fades out.
 */
import type { Bead } from "./types";

const ZH_OPEN = /[“「『]/g;
const ZH_CLOSE = /[”」』]/g;
// Straight and single quotes by position: an opening one starts a word, a
// closing one follows punctuation (an apostrophe inside or after a word is neither).
const EN_OPEN = /“|(?:^|[\s(\[—–-])['‘"](?=[A-Za-z0-9…])/g;
const EN_CLOSE = /”|[.,!?;:…—–-]['’"]/g;

function lastMatch(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = (m.index ?? 0) + m[0].length;
  return last;
}

/** Whether the text closes a quotation and does not open another after it ("…” he said." counts). */
function closesTurn(text: string, open: RegExp, close: RegExp): boolean {
  const c = lastMatch(close, text);
  return c >= 0 && c > lastMatch(open, text);
}

export function zhClosesTurn(text: string): boolean {
  return closesTurn(text, ZH_OPEN, ZH_CLOSE);
}

export function enClosesTurn(text: string): boolean {
  return closesTurn(text, EN_OPEN, EN_CLOSE);
}

/** Add-k smoothing of the 2×2 table, so a small document cannot produce an extreme ratio. */
const SMOOTH = 2;
/** Below this many bead ends the table is too thin to trust. */
const MIN_BEADS = 30;
/** The ratio is capped: quotation habits vary inside a book too. */
const CAP = 3;

export class TurnEnds {
  private readonly z: Uint8Array;
  private readonly e: Uint8Array;
  /** cost[2·zFlag + eFlag], negative = evidence for a bead ending here. */
  readonly table = new Float64Array(4);

  constructor(zh: string[], en: string[]) {
    this.z = Uint8Array.from(zh, (t) => (zhClosesTurn(t) ? 1 : 0));
    this.e = Uint8Array.from(en, (t) => (enClosesTurn(t) ? 1 : 0));
  }

  /** Re-estimates the ratios from the bead ends of an alignment pass. */
  estimate(beads: Bead[]): void {
    const n = new Float64Array(4);
    let total = 0;
    for (const [zs, es] of beads) {
      if (!zs.length || !es.length) continue;
      n[2 * this.z[zs[zs.length - 1]] + this.e[es[es.length - 1]]]++;
      total++;
    }
    this.table.fill(0);
    if (total < MIN_BEADS || n[2] + n[3] === 0 || n[1] + n[3] === 0) return;
    const p = Array.from(n, (x) => (x + SMOOTH) / (total + 4 * SMOOTH));
    const pz1 = p[2] + p[3];
    const pe1 = p[1] + p[3];
    for (let k = 0; k < 4; k++) {
      const pz = k >> 1 ? pz1 : 1 - pz1;
      const pe = k & 1 ? pe1 : 1 - pe1;
      this.table[k] = -Math.max(-CAP, Math.min(CAP, Math.log(p[k] / (pz * pe))));
    }
  }

  /** Cost of the bead zh[i0..i0+a) ↔ en[j0..j0+b), both sides non-empty. */
  cost(i0: number, a: number, j0: number, b: number): number {
    return this.table[2 * this.z[i0 + a - 1] + this.e[j0 + b - 1]];
  }
}
