/**
 * HSK level and frequency band of a word.
 *
 * - HSK 2.0 word lists (levels 1–6), as packaged by chinese-lexicon (ISC,
 *   Peter Olson; the data behind Dong Chinese). Only its small hsk.js is read:
 *   its entry point loads 20 MB of etymology and statistics we do not use.
 * - Frequency: the counts in jieba's dictionary (MIT), which already sits in
 *   memory for segmentation; the band is the word's rank among them.
 */
import { readFileSync } from "node:fs";
import { findUp } from "./package-files";

/** Rank limits of bands 1–4; anything rarer is band 5. */
export const BAND_LIMITS = [1000, 5000, 20000, 60000] as const;

export interface WordStats {
  hskLevel(word: string): number | null;
  /** 1 (among the 1,000 most frequent words) … 5 (rare); null when the word has no count. */
  frequencyBand(word: string): number | null;
  /** jieba's part-of-speech tag for the word (ICTCLAS tags: n, v, a, d, r, m, q, …). */
  tag(word: string): string | null;
}

let cached: WordStats | undefined;

export function loadWordStats(): WordStats {
  if (cached) return cached;
  const hsk = parseHsk(readFileSync(findUp("node_modules/chinese-lexicon/statistics/hsk.js"), "utf8"));

  const freq = new Map<string, number>();
  const tags = new Map<string, string>();
  for (const line of readFileSync(findUp("node_modules/@node-rs/jieba/dict.txt"), "utf8").split("\n")) {
    const [w, f, t] = line.split(" ");
    if (!w || !f) continue;
    freq.set(w, Number(f));
    if (t) tags.set(w, t.trim());
  }
  const sorted = [...freq.values()].sort((a, b) => b - a);
  const thresholds = BAND_LIMITS.map((r) => sorted[Math.min(r, sorted.length) - 1]);

  cached = {
    hskLevel: (w) => hsk.get(w) ?? null,
    frequencyBand(w) {
      const f = freq.get(w);
      if (f === undefined) return null;
      const i = thresholds.findIndex((t) => f >= t);
      return i < 0 ? 5 : i + 1;
    },
    tag: (w) => tags.get(w) ?? null,
  };
  return cached;
}

/** The `let hsk = [[…level 1…], …, […level 6…]]` literal of chinese-lexicon's hsk.js; a word's first level wins. */
export function parseHsk(source: string): Map<string, number> {
  const m = /let hsk = (\[[\s\S]*?\n\]);/.exec(source);
  if (!m) throw new Error("unexpected chinese-lexicon hsk.js format");
  const levels = JSON.parse(m[1]) as string[][];
  const out = new Map<string, number>();
  levels.forEach((words, i) => {
    for (const w of words) if (!out.has(w)) out.set(w, i + 1);
  });
  return out;
}
