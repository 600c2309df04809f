/**
 * How hard a text is for a learner: the share of its words (running words,
 * Chinese only) at each HSK level, and how many distinct words it has that
 * the reader has neither saved nor marked known.
 */
import type { Dictionary } from "./dictionary";
import { segment } from "./segment";
import { loadWordStats } from "./word-stats";

export interface TextProfile {
  /** Running Chinese words. */
  words: number;
  /** Running words per HSK level 1–6; index 7 is "not in the HSK lists" (names, rare words). */
  byLevel: number[];
  /** Distinct Chinese words. */
  distinct: string[];
}

export interface Difficulty {
  words: number;
  /** Share (0–1) of the running words at HSK levels 1…6, and outside the lists, in that order. */
  shares: number[];
  distinct: number;
  /** Distinct words not in the reader's vocabulary (null when nobody is signed in). */
  unfamiliar: number | null;
}

const PUNCT_OR_NUMBER = /^[\d一二三四五六七八九十百千万亿零两]+$/;

export function profileText(dict: Dictionary, paragraphs: readonly string[]): TextProfile {
  const stats = loadWordStats();
  const byLevel = new Array<number>(8).fill(0);
  const distinct = new Set<string>();
  let words = 0;
  for (const p of paragraphs) {
    for (const t of segment(dict, p)) {
      if (!t.han || PUNCT_OR_NUMBER.test(t.text)) continue;
      words++;
      byLevel[stats.hskLevel(t.text) ?? 7]++;
      distinct.add(t.text);
    }
  }
  return { words, byLevel, distinct: [...distinct] };
}

export function difficultyFor(profile: TextProfile, vocabulary: ReadonlySet<string> | null): Difficulty {
  const n = Math.max(1, profile.words);
  return {
    words: profile.words,
    shares: profile.byLevel.slice(1).map((c) => c / n),
    distinct: profile.distinct.length,
    unfamiliar: vocabulary ? profile.distinct.filter((w) => !vocabulary.has(w)).length : null,
  };
}

/** One profile for several texts (a book's chapters): running words add up, distinct words are counted once. */
export function mergeProfiles(profiles: readonly TextProfile[]): TextProfile {
  const byLevel = new Array<number>(8).fill(0);
  const distinct = new Set<string>();
  let words = 0;
  for (const p of profiles) {
    words += p.words;
    p.byLevel.forEach((n, i) => (byLevel[i] += n));
    for (const w of p.distinct) distinct.add(w);
  }
  return { words, byLevel, distinct: [...distinct] };
}
