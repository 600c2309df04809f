/**
 * A word translation table learned from the document pair itself (Moore
 * 2002; hunalign's -realign): IBM Model 1, trained in both directions on the
 * beads of a first alignment pass, keeps the word pairs that each direction
 * prefers. It finds what a general dictionary cannot: the translator's names
 * for people and places (韦小宝 → Trinket, 海老公 → Hai), their fixed
 * renderings of recurring terms, and senses a dictionary lists too late.
 *
 * Model 1 rather than co-occurrence counts, because its EM "explains away":
 * a name that appears in every bead does not get linked to every word beside
 * it, since the other words of those beads are better explained by their
 * own translations (and the empty word absorbs the rest).
 */
import type { DocumentWords } from "./lexical-features";
import type { Bead } from "./types";

export interface TableOptions {
  /** EM iterations per direction. */
  iterations?: number;
  /** Both t(e|z) and t(z|e) must reach this to link z and e. */
  minProb?: number;
  /** Training beads in which the pair co-occurs, at least. */
  minCount?: number;
  /** Ignore beads larger than this on either side (their word pairs are mostly noise). */
  maxBeadSide?: number;
}

const DEFAULTS: Required<TableOptions> = { iterations: 5, minProb: 0.2, minCount: 2, maxBeadSide: 3 };

/** Position bits of a packed cell; also the cap on training cells (~50 MB of work arrays). */
const POS = 2 ** 22;
const MAX_CELLS = POS;

/**
 * Learns links between zh word ids and en word ids. `zh[i]` / `en[j]` are the
 * (distinct) word ids of each item; `beads` pair items. Returns, per zh word
 * id, the linked en word ids.
 */
export function learnTranslationLinks(
  zh: Int32Array[],
  en: Int32Array[],
  zVocab: number,
  eVocab: number,
  beads: Bead[],
  options: TableOptions = {},
): Map<number, number[]> {
  const o = { ...DEFAULTS, ...options };
  const training: Array<[Int32Array, Int32Array]> = [];
  for (const [zs, es] of beads) {
    if (!zs.length || !es.length || zs.length > o.maxBeadSide || es.length > o.maxBeadSide) continue;
    const z = zs.length === 1 ? zh[zs[0]] : union(zs.map((i) => zh[i]));
    const e = es.length === 1 ? en[es[0]] : union(es.map((j) => en[j]));
    if (z.length && e.length) training.push([z, e]);
  }
  // Packed keys must stay exact doubles (vocabularies of ~45k × 45k words).
  if (training.length < 10 || zVocab * eVocab * POS > Number.MAX_SAFE_INTEGER) return new Map();

  // Sparse table over co-occurring pairs only. Each cell of each training
  // bead is packed as key·2²² + position and the packed numbers sorted, so
  // equal keys (z·E + e) become adjacent and every cell learns its table
  // slot without a search; the packing stays below 2⁵³ for any document.
  let cells = 0;
  let used = 0;
  for (const [z, e] of training) {
    if (cells + z.length * e.length > MAX_CELLS) break;
    cells += z.length * e.length;
    used++;
  }
  training.length = used;
  const packed = new Float64Array(cells);
  let pos = 0;
  for (const [z, e] of training) {
    for (let a = 0; a < z.length; a++) {
      for (let b = 0; b < e.length; b++, pos++) packed[pos] = (z[a] * eVocab + e[b]) * POS + pos;
    }
  }
  packed.sort();
  const slotOf = new Int32Array(cells);
  const keys = new Float64Array(cells);
  let u = 0;
  for (let k = 0; k < cells; k++) {
    const key = Math.floor(packed[k] / POS);
    if (u === 0 || keys[u - 1] !== key) keys[u++] = key;
    slotOf[packed[k] - key * POS] = u - 1;
  }
  const table = keys.subarray(0, u);
  const cooc = new Int32Array(u);
  for (let k = 0; k < cells; k++) cooc[slotOf[k]]++;
  const slots: Int32Array[] = [];
  pos = 0;
  for (const [z, e] of training) {
    slots.push(slotOf.subarray(pos, pos + z.length * e.length));
    pos += z.length * e.length;
  }
  const zOf = Int32Array.from(table, (key) => Math.floor(key / eVocab));
  const eOf = Int32Array.from(table, (key) => key - Math.floor(key / eVocab) * eVocab);

  // t[slot] = t(e | z) in one direction, t(z | e) in the other.
  const forward = model1(training, slots, u, zOf, zVocab, o.iterations, false);
  const backward = model1(training, slots, u, eOf, eVocab, o.iterations, true);
  const links = new Map<number, number[]>();
  for (let s = 0; s < u; s++) {
    if (cooc[s] < o.minCount || forward[s] < o.minProb || backward[s] < o.minProb) continue;
    const z = zOf[s];
    const list = links.get(z);
    if (list) list.push(eOf[s]);
    else links.set(z, [eOf[s]]);
  }
  return links;
}

/**
 * EM for IBM Model 1 with an empty source word. `given[slot]` is the
 * conditioning word of each table slot; with `reverse` the roles of the two
 * sides swap (t(z | e)). The empty word's probabilities are kept per target
 * word in a dense array.
 */
function model1(
  training: Array<[Int32Array, Int32Array]>,
  slots: Int32Array[],
  size: number,
  given: Int32Array,
  givenVocab: number,
  iterations: number,
  reverse: boolean,
): Float64Array {
  const t = new Float64Array(size).fill(1);
  const count = new Float64Array(size);
  const total = new Float64Array(givenVocab);
  let targetVocab = 0;
  for (const [z, e] of training) for (const w of reverse ? z : e) if (w >= targetVocab) targetVocab = w + 1;
  // The empty word: its t(target | ∅) starts as large as any real word's.
  const tNull = new Float64Array(targetVocab).fill(1);
  const nullCount = new Float64Array(targetVocab);
  for (let it = 0; it < iterations; it++) {
    count.fill(0);
    training.forEach(([z, e], p) => {
      const s = slots[p];
      const B = e.length;
      const targets = reverse ? z.length : B;
      const sources = reverse ? B : z.length;
      for (let y = 0; y < targets; y++) {
        const target = reverse ? z[y] : e[y];
        // Slots are laid out z-major: (z a, e b) at a·B + b.
        const base = reverse ? y * B : y;
        const stride = reverse ? 1 : B;
        let denom = tNull[target];
        for (let x = 0; x < sources; x++) denom += t[s[base + x * stride]];
        for (let x = 0; x < sources; x++) {
          const k = s[base + x * stride];
          count[k] += t[k] / denom;
        }
        nullCount[target] += tNull[target] / denom;
      }
    });
    total.fill(0);
    for (let k = 0; k < size; k++) total[given[k]] += count[k];
    for (let k = 0; k < size; k++) t[k] = total[given[k]] > 0 ? count[k] / total[given[k]] : 0;
    let nullTotal = 0;
    for (let w = 0; w < nullCount.length; w++) nullTotal += nullCount[w];
    for (let w = 0; w < nullCount.length; w++) tNull[w] = nullTotal > 0 ? nullCount[w] / nullTotal : 0;
    nullCount.fill(0);
  }
  return t;
}

function union(lists: Int32Array[]): Int32Array {
  const s = new Set<number>();
  for (const l of lists) for (let k = 0; k < l.length; k++) s.add(l[k]);
  return Int32Array.from(s);
}


/** The links of `learnTranslationLinks` over words: zh word → en stems. */
export function learnGlosses(words: DocumentWords, beads: Bead[], options?: TableOptions): Map<string, string[]> {
  const zIds = new Map<string, number>();
  const eIds = new Map<string, number>();
  const ids = (vocab: Map<string, number>) => (ws: string[]) => {
    const out = new Set<number>();
    for (const w of ws) {
      let id = vocab.get(w);
      if (id === undefined) vocab.set(w, (id = vocab.size));
      out.add(id);
    }
    return Int32Array.from(out);
  };
  const zh = words.zh.map(ids(zIds));
  const en = words.en.map(ids(eIds));
  const links = learnTranslationLinks(zh, en, zIds.size, eIds.size, beads, options);
  const zWord = [...zIds.keys()];
  const eWord = [...eIds.keys()];
  const out = new Map<string, string[]>();
  for (const [z, es] of links) out.set(zWord[z], es.map((e) => eWord[e]));
  return out;
}
