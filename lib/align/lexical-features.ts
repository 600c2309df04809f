/**
 * Per-document lexical evidence. Built once per alignment: each zh item
 * becomes a set of content-word ids, each en item a set of stem ids, and the
 * CC-CEDICT relation is restricted to the document's own vocabulary, so that
 * scoring a sentence pair is two small set intersections:
 *   zh words of i with a gloss among the stems of j
 *   en stems of j found among the glosses of i
 * For a many-item bead the matched words are a union over the other side
 * (a word matched by two sentences counts once; summing pair counts would
 * reward merging neighbours that share topic words). Sentences keep that
 * union as 64-bit masks per pair, cached in a banded array (see `useBand`);
 * long items such as paragraphs are counted directly with sets.
 *
 * Cost model (naive Bayes over words): each zh word of a bead is "matched"
 * with probability p1 if the bead is a true translation and p0 by chance;
 * p0 grows with the size of the other side (1 − (1 − ρ)^N). The bead's
 * log-likelihood ratio is k·log(p1/p0) + (N − k)·log((1 − p1)/(1 − p0)), for
 * both directions. Words are not independent (glosses overlap, phrases
 * repeat), so the sum is damped by LEX_WEIGHT. ρ and p1 are estimated from
 * the document itself (see `estimateLexicalRates`).
 */
import { contentStems } from "./english-tokens";
import type { Lexicon } from "./lexicon";
import { ZH_STOPWORDS } from "./lexicon";
import type { Band } from "./band";
import type { Bead } from "./types";

/** Damping for word-level naive Bayes: correlated words (overlapping glosses, repeated phrases) are not independent evidence. */
export const LEX_WEIGHT = 0.7;

export interface LexicalRates {
  rhoZ: number; // chance that a zh word matches one given en stem
  rhoE: number; // chance that an en stem matches one given zh word
  p1Z: number; // share of zh words matched in a true bead (beyond chance)
  p1E: number;
}

const NEAR_OFFSETS = [-1, 1];
export const DEFAULT_RATES: LexicalRates = { rhoZ: 0.004, rhoE: 0.004, p1Z: 0.45, p1E: 0.35 };

/** Per item, its content words: zh by jieba (stopwords and non-Han tokens dropped), en as stems. */
export interface DocumentWords {
  zh: string[][];
  en: string[][];
}

export function documentWords(zh: string[], en: string[], lex: Lexicon): DocumentWords {
  return {
    zh: zh.map((t) => lex.segment(t).filter((w) => !ZH_STOPWORDS.has(w) && /[\u3400-\u9fff]/.test(w))),
    en: en.map(contentStems),
  };
}

export class LexicalIndex {
  readonly nz: Int32Array; // per zh item: number of content words that could match
  readonly ne: Int32Array;
  /** Per item, its content words before the restriction to glossable ones: what a member of a bead has to account for. */
  private readonly rawZ: Int32Array;
  private readonly rawE: Int32Array;
  private readonly zhWords: Int32Array[];
  private readonly enStems: Int32Array[];
  private readonly zhGloss: Set<number>[];
  private readonly enZh: Set<number>[];
  private cache: Int32Array | null = null;
  /** Items with more than 64 content words: count with sets instead of masks. */
  private readonly wide: boolean;
  private cacheOff: Int32Array | null = null;
  private cacheLo: Int32Array | null = null;
  private cacheHi: Int32Array | null = null;
  rates: LexicalRates = DEFAULT_RATES;

  /** `gloss(w)`: the en stems a zh word may translate to (dictionary and/or learned). */
  constructor(words: DocumentWords, gloss: (word: string) => readonly string[]) {
    const stemIds = new Map<string, number>();
    const enRaw = words.en.map((stems) => {
      const ids = new Set<number>();
      for (const s of stems) {
        let id = stemIds.get(s);
        if (id === undefined) stemIds.set(s, (id = stemIds.size));
        ids.add(id);
      }
      return ids;
    });
    // zh vocabulary, with each word's glosses restricted to stems the en side uses.
    const wordIds = new Map<string, number>();
    const wordGloss: number[][] = [];
    const zhRaw = words.zh.map((ws) => {
      const ids = new Set<number>();
      for (const w of ws) {
        let id = wordIds.get(w);
        if (id === undefined) {
          id = wordIds.size;
          wordIds.set(w, id);
          const g: number[] = [];
          for (const s of gloss(w)) {
            const sid = stemIds.get(s);
            if (sid !== undefined) g.push(sid);
          }
          wordGloss.push(g);
        }
        if (wordGloss[id].length) ids.add(id);
      }
      return ids;
    });
    // Inverse relation: stem → zh words that can translate to it.
    const stemToWords: number[][] = Array.from({ length: stemIds.size }, () => []);
    wordGloss.forEach((g, w) => {
      for (const s of g) stemToWords[s].push(w);
    });
    const glossedStems = new Uint8Array(stemIds.size);
    for (const g of wordGloss) for (const s of g) glossedStems[s] = 1;

    this.zhWords = zhRaw.map((s) => Int32Array.from(s));
    this.enStems = enRaw.map((s) => Int32Array.from([...s].filter((x) => glossedStems[x])));
    this.zhGloss = this.zhWords.map((ws) => {
      const u = new Set<number>();
      for (const w of ws) for (const s of wordGloss[w]) u.add(s);
      return u;
    });
    this.enZh = this.enStems.map((ss) => {
      const u = new Set<number>();
      for (const s of ss) for (const w of stemToWords[s]) u.add(w);
      return u;
    });
    this.nz = Int32Array.from(this.zhWords, (w) => w.length);
    this.rawZ = Int32Array.from(words.zh, (ws) => new Set(ws).size);
    this.rawE = Int32Array.from(enRaw, (s) => s.size);
    this.ne = Int32Array.from(this.enStems, (s) => s.length);
    this.wide = this.nz.some((x) => x > 64) || this.ne.some((x) => x > 64);
  }

  /** Pair counts packed as mz | me << 16 (used for rate estimation). */
  private computePair(i: number, j: number): number {
    let mz = 0;
    const zw = this.zhWords[i];
    const ez = this.enZh[j];
    for (let k = 0; k < zw.length; k++) if (ez.has(zw[k])) mz++;
    let me = 0;
    const es = this.enStems[j];
    const zg = this.zhGloss[i];
    for (let k = 0; k < es.length; k++) if (zg.has(es[k])) me++;
    return mz | (me << 16);
  }

  /** Writes the four 32-bit mask words of pair (i, j) at masks[at..at+3]: zh lo, zh hi, en lo, en hi. */
  private computeMasks(i: number, j: number, masks: Int32Array, at: number): void {
    let z0 = 0, z1 = 0, e0 = 0, e1 = 0;
    const zw = this.zhWords[i];
    const ez = this.enZh[j];
    const nzi = zw.length < 64 ? zw.length : 64;
    for (let k = 0; k < nzi; k++) {
      if (ez.has(zw[k])) {
        if (k < 32) z0 |= 1 << k;
        else z1 |= 1 << (k - 32);
      }
    }
    const es = this.enStems[j];
    const zg = this.zhGloss[i];
    const nej = es.length < 64 ? es.length : 64;
    for (let k = 0; k < nej; k++) {
      if (zg.has(es[k])) {
        if (k < 32) e0 |= 1 << k;
        else e1 |= 1 << (k - 32);
      }
    }
    masks[at] = z0;
    masks[at + 1] = z1;
    masks[at + 2] = e0;
    masks[at + 3] = e1;
  }

  /** Caches pair masks for the cells a DP over `band` (beads up to `reach` items per side) will touch. */
  useBand(band: Band, reach: number): void {
    if (this.wide) return;
    const n = band.lo.length - 1;
    const lo = new Int32Array(n);
    const hi = new Int32Array(n);
    const off = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      lo[i] = Math.max(0, band.lo[i] - reach);
      hi[i] = band.hi[Math.min(n, i + reach)];
      off[i + 1] = off[i] + Math.max(0, hi[i] - lo[i] + 1);
    }
    this.cache = new Int32Array(off[n] * 4);
    this.cached = new Uint8Array(off[n]);
    this.cacheOff = off;
    this.cacheLo = lo;
    this.cacheHi = hi;
  }

  private cached: Uint8Array | null = null;
  private readonly one = new Int32Array(4);

  /** The masks of pair (i, j): returns [array, offset]. */
  private masks(i: number, j: number): number {
    const lo = this.cacheLo;
    if (lo && i < lo.length && j >= lo[i] && j <= this.cacheHi![i]) {
      const k = this.cacheOff![i] + j - lo[i];
      if (!this.cached![k]) {
        this.computeMasks(i, j, this.cache!, 4 * k);
        this.cached![k] = 1;
      }
      this.maskArr = this.cache!;
      return 4 * k;
    }
    this.computeMasks(i, j, this.one, 0);
    this.maskArr = this.one;
    return 0;
  }
  private maskArr: Int32Array = this.one;

  /** Matched counts of a bead, written to out: [kz, Nz, ke, Ne]. At most 8 items per side. */
  beadCounts(i0: number, a: number, j0: number, b: number, out: Int32Array): Int32Array {
    if (this.wide) return this.beadCountsDirect(i0, a, j0, b, out);
    const nz = this.nz;
    const ne = this.ne;
    const eOr = this.eScratch; // per en item: OR of its en masks over the zh items
    let kz = 0;
    let Nz = 0;
    let Ne = 0;
    for (let d = 0; d < b; d++) {
      eOr[2 * d] = 0;
      eOr[2 * d + 1] = 0;
      Ne += ne[j0 + d] < 64 ? ne[j0 + d] : 64;
    }
    for (let i = i0; i < i0 + a; i++) {
      Nz += nz[i] < 64 ? nz[i] : 64;
      let z0 = 0;
      let z1 = 0;
      for (let d = 0; d < b; d++) {
        const at = this.masks(i, j0 + d);
        const m = this.maskArr;
        z0 |= m[at];
        z1 |= m[at + 1];
        eOr[2 * d] |= m[at + 2];
        eOr[2 * d + 1] |= m[at + 3];
      }
      kz += popcount(z0) + popcount(z1);
    }
    let ke = 0;
    for (let d = 0; d < b; d++) ke += popcount(eOr[2 * d]) + popcount(eOr[2 * d + 1]);
    out[0] = kz;
    out[1] = Nz;
    out[2] = ke;
    out[3] = Ne;
    return out;
  }

  /**
   * Each member of a bead (each sentence on either side): how many content
   * words it has and how many of them the other side of the bead matched,
   * passed to `visit`. A bead's pooled share can look fine while one of its
   * sentences has no counterpart: an inserted sentence glued onto its
   * neighbour's bead, or a run of sentences whose translation was dropped.
   * Counted over all the member's content words, not only the glossable
   * ones, so a sentence nothing in the text translates does not drop out.
   */
  members(i0: number, a: number, j0: number, b: number, visit: (words: number, matched: number) => void): void {
    const c = this.memberScratch;
    for (let i = i0; i < i0 + a; i++) visit(this.rawZ[i], this.beadCounts(i, 1, j0, b, c)[0]);
    for (let j = j0; j < j0 + b; j++) visit(this.rawE[j], this.beadCounts(i0, a, j, 1, c)[2]);
  }
  /**
   * How many sentences can be peeled off the ends of a group bead without
   * the other side losing a single matched word: members that explain
   * nothing of their partner, as when a neighbour's sentence was glued on
   * because its own counterpart is missing. A true merge loses words.
   */
  redundantMembers(i0: number, a: number, j0: number, b: number): number {
    const c = this.memberScratch;
    const keZ = this.beadCounts(i0, a, j0, b, c)[2];
    const kzE = c[0];
    let [za, zb, ea, eb] = [i0, i0 + a, j0, j0 + b];
    while (zb - za > 1 && this.beadCounts(za, zb - za - 1, ea, eb - ea, c)[2] === keZ) zb--;
    while (zb - za > 1 && this.beadCounts(za + 1, zb - za - 1, ea, eb - ea, c)[2] === keZ) za++;
    while (eb - ea > 1 && this.beadCounts(za, zb - za, ea, eb - ea - 1, c)[0] === kzE) eb--;
    while (eb - ea > 1 && this.beadCounts(za, zb - za, ea + 1, eb - ea - 1, c)[0] === kzE) ea++;
    const n = a - (zb - za) + b - (eb - ea);
    return n;
  }

  private readonly memberScratch = new Int32Array(4);

  /** Exact union counts with sets, for items too long for masks (paragraphs). */
  private beadCountsDirect(i0: number, a: number, j0: number, b: number, out: Int32Array): Int32Array {
    let kz = 0, Nz = 0, ke = 0, Ne = 0;
    for (let i = i0; i < i0 + a; i++) {
      const zw = this.zhWords[i];
      Nz += zw.length;
      for (let k = 0; k < zw.length; k++) {
        for (let j = j0; j < j0 + b; j++) {
          if (this.enZh[j].has(zw[k])) {
            kz++;
            break;
          }
        }
      }
    }
    for (let j = j0; j < j0 + b; j++) {
      const es = this.enStems[j];
      Ne += es.length;
      for (let k = 0; k < es.length; k++) {
        for (let i = i0; i < i0 + a; i++) {
          if (this.zhGloss[i].has(es[k])) {
            ke++;
            break;
          }
        }
      }
    }
    out[0] = kz;
    out[1] = Nz;
    out[2] = ke;
    out[3] = Ne;
    return out;
  }

  private readonly scratch = new Int32Array(4);
  private readonly eScratch = new Int32Array(16);

  /** Lexical cost of a bead (negative = evidence for it); 0 for insertions/deletions. */
  cost(i0: number, a: number, j0: number, b: number): number {
    if (a === 0 || b === 0) return 0;
    const c = this.beadCounts(i0, a, j0, b, this.scratch);
    const kz = c[0], Nz = c[1], ke = c[2], Ne = c[3];
    if (Nz === 0 || Ne === 0) return 0;
    const tz = this.llrTable(0, Ne);
    const te = this.llrTable(1, Nz);
    return -LEX_WEIGHT * (kz * tz[2 * Ne] + (Nz - kz) * tz[2 * Ne + 1] + ke * te[2 * Nz] + (Ne - ke) * te[2 * Nz + 1]);
  }

  /**
   * binomialLLR's two per-word terms depend only on the other side's size:
   * tabulated per direction as [log(pt/p0), log((1−pt)/(1−p0))] by size.
   */
  private tables: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];
  private tableRates: LexicalRates | null = null;
  private llrTable(dir: 0 | 1, other: number): Float64Array {
    if (this.tableRates !== this.rates) {
      this.tables = [new Float64Array(0), new Float64Array(0)];
      this.tableRates = this.rates;
    }
    let t = this.tables[dir];
    if (2 * other + 1 >= t.length) {
      const size = Math.max(2 * other + 2, 2 * t.length, 512);
      t = new Float64Array(size);
      const r = this.rates;
      const p1 = dir === 0 ? r.p1Z : r.p1E;
      const rho = dir === 0 ? r.rhoZ : r.rhoE;
      for (let o = 0; 2 * o + 1 < size; o++) {
        t[2 * o] = binomialLLR(1, 1, p1, rho, o);
        t[2 * o + 1] = binomialLLR(0, 1, p1, rho, o);
      }
      this.tables[dir] = t;
    }
    return t;
  }

  /**
   * ρ from near misses: zh items paired with en items two or three beads
   * away from a first-pass alignment. That is the competitor a DP actually
   * weighs (a shifted or merged bead), and neighbouring sentences share
   * topic words, so far-apart pairs would understate chance matching and
   * reward ever larger beads. p1 is the matched share of the first pass's
   * 1-1 beads beyond chance. Small inputs keep the defaults.
   */
  estimateRates(firstPass: Bead[]): LexicalRates {
    const n = this.nz.length;
    const m = this.ne.length;
    const rates = { ...DEFAULT_RATES };
    const ones = firstPass.filter(([zs, es]) => zs.length === 1 && es.length === 1);
    if (ones.length >= 20) {
      let mzs = 0, mes = 0, d = 0;
      const step = Math.max(1, Math.floor(ones.length / 3000));
      for (let k = 0; k < ones.length; k += step) {
        const i = ones[k][0][0];
        const j0 = ones[k][1][0];
        for (const off of NEAR_OFFSETS) {
          const j = j0 + off;
          if (j < 0 || j >= m) continue;
          const v = this.computePair(i, j);
          mzs += v & 0xffff;
          mes += v >>> 16;
          d += this.nz[i] * this.ne[j];
        }
      }
      if (d > 0) {
        rates.rhoZ = clamp(mzs / d, 1e-4, 0.2);
        rates.rhoE = clamp(mes / d, 1e-4, 0.2);
      }
      let kz = 0, Nz = 0, ke = 0, Ne = 0, p0z = 0, p0e = 0;
      const out = new Int32Array(4);
      for (const [zs, es] of ones) {
        const c = this.beadCounts(zs[0], 1, es[0], 1, out);
        kz += c[0];
        Nz += c[1];
        ke += c[2];
        Ne += c[3];
        p0z += c[1] * (1 - Math.pow(1 - rates.rhoZ, c[3]));
        p0e += c[3] * (1 - Math.pow(1 - rates.rhoE, c[1]));
      }
      if (Nz > 0 && Ne > 0) {
        const chanceZ = p0z / Nz;
        const chanceE = p0e / Ne;
        rates.p1Z = clamp((kz / Nz - chanceZ) / (1 - chanceZ), 0.1, 0.9);
        rates.p1E = clamp((ke / Ne - chanceE) / (1 - chanceE), 0.1, 0.9);
      }
    }
    void n;
    this.rates = rates;
    return rates;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * log P(k of N matched | true) − log P(k of N | chance), where chance is
 * p0 = 1 − (1 − ρ)^other and a true bead also gets the chance matches.
 */
function binomialLLR(k: number, N: number, p1: number, rho: number, other: number): number {
  if (N === 0) return 0;
  const p0 = Math.max(1e-6, 1 - Math.pow(1 - rho, other));
  const pt = 1 - (1 - p1) * (1 - p0);
  return k * Math.log(pt / p0) + (N - k) * Math.log((1 - pt) / (1 - p0));
}
