// Chapter alignment: a DP over the two chapter lists, the way Gale–Church
// aligns sentences, with chapters as the items. A pair costs the misfit of
// its lengths (log ratio against the book's own ratio) less what its anchors
// agree on (the same chapter number; shared numbers and Latin names). A
// chapter may stay without counterpart (one side's preface, notes or
// afterword) at a cost that grows with its length, and two chapters may
// match one where a translation split or merged them.
import { anchorsOf, chapterNumber, contentLength, englishWords } from "./chapter-features";

export interface ChapterInput {
  title: string;
  text: string;
}

export interface ChapterPair {
  zh: number[];
  en: number[];
  /** 0..1: how sure the pairing is (1 for a pair whose numbers and lengths agree). */
  score: number;
}

/** What the DP needs of one chapter; computed once per book (in the worker that reads it), since it scans all the text. */
export interface ChapterFeatures {
  len: number;
  number: number | null;
  /** Digit strings, and for Chinese its Latin words. */
  anchors: string[];
  /** For English: its digit strings and words, to look the Chinese anchors up in. */
  words: string[];
}

const SIGMA = 0.35; // spread of log(enLen / (ratio · zhLen)) between true chapter pairs
const SKIP_BASE = 3;
const NUMBER_MATCH = 4;
const NUMBER_CLASH = 3;
const MERGE_PENALTY = 5;

export function chapterFeatures(c: ChapterInput, lang: "zh" | "en"): ChapterFeatures {
  return {
    len: Math.max(1, contentLength(c.text, lang)),
    number: chapterNumber(c.title),
    anchors: [...anchorsOf(c.text, lang)],
    words: lang === "en" ? [...englishWords(c.text)] : [],
  };
}

export const alignChapters = (zhChapters: ChapterInput[], enChapters: ChapterInput[]): ChapterPair[] =>
  alignChapterFeatures(
    zhChapters.map((c) => chapterFeatures(c, "zh")),
    enChapters.map((c) => chapterFeatures(c, "en")),
  );

export function alignChapterFeatures(zh: ChapterFeatures[], en: ChapterFeatures[]): ChapterPair[] {
  const enWords = en.map((f) => new Set(f.words));
  const total = (fs: ChapterFeatures[]) => fs.reduce((s, f) => s + f.len, 0);
  // The book's own length ratio; the median chapter tells how big a chapter is.
  const ratio = total(en) / Math.max(1, total(zh));
  const sorted = [...zh.map((f) => f.len * ratio), ...en.map((f) => f.len)].sort((a, b) => a - b);
  const typical = Math.max(1, sorted[Math.floor(sorted.length / 2)] ?? 1);

  const skip = (len: number) => SKIP_BASE + 2 * Math.log1p(len / typical) * 4;
  const pairCost = (zs: number[], es: number[]): number => {
    const zl = zs.reduce((s, i) => s + zh[i].len, 0) * ratio;
    const el = es.reduce((s, j) => s + en[j].len, 0);
    const d = Math.log(el / zl);
    let cost = (d * d) / (2 * SIGMA * SIGMA);
    if (zs.length === 1 && es.length === 1) {
      const a = zh[zs[0]].number;
      const b = en[es[0]].number;
      if (a !== null && b !== null) cost += a === b ? -NUMBER_MATCH : NUMBER_CLASH;
    } else cost += MERGE_PENALTY;
    // Shared anchors: the fraction of the Chinese side's anchors found in the English.
    const anchors = new Set(zs.flatMap((i) => zh[i].anchors));
    if (anchors.size >= 3) {
      const words = es.map((j) => enWords[j]);
      const found = [...anchors].filter((a) => words.some((w) => w.has(a))).length;
      cost -= 3 * (found / anchors.size) - 1;
    }
    return cost;
  };

  const n = zh.length;
  const m = en.length;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const move = new Int8Array((n + 1) * W);
  cost[0] = 0;
  const steps: [number, number][] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * W + j];
      if (!Number.isFinite(here)) continue;
      for (let s = 0; s < steps.length; s++) {
        const [di, dj] = steps[s];
        if (i + di > n || j + dj > m) continue;
        const zs = Array.from({ length: di }, (_, k) => i + k);
        const es = Array.from({ length: dj }, (_, k) => j + k);
        const c = di === 0 ? skip(en[j].len) : dj === 0 ? skip(zh[i].len * ratio) : pairCost(zs, es);
        const at = (i + di) * W + j + dj;
        if (here + c < cost[at]) {
          cost[at] = here + c;
          move[at] = s;
        }
      }
    }
  }
  const pairs: ChapterPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = steps[move[i * W + j]];
    const step = cost[i * W + j] - cost[(i - di) * W + (j - dj)];
    const zs = Array.from({ length: di }, (_, k) => i - di + k);
    const es = Array.from({ length: dj }, (_, k) => j - dj + k);
    // A pair's cost near or below 0 is sure; one near a skip's cost is a guess.
    const score = di && dj ? 1 / (1 + Math.exp(step - 1.5)) : 1;
    pairs.push({ zh: zs, en: es, score: Math.round(score * 100) / 100 });
    i -= di;
    j -= dj;
  }
  return pairs.reverse();
}
