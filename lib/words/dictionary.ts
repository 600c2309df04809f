/**
 * The learner's dictionary: CC-CEDICT entries by simplified or traditional
 * headword, with tone-marked readings, plus HSK level and frequency band.
 * Built once per server process on first use; only the entries a lookup asks
 * for are ever parsed or sent to a browser.
 */
import { cedictEntries, entrySenses, type RawCedictEntry } from "./cedict-source";
import { markedSyllables } from "./tone-marks";
import { loadWordStats } from "./word-stats";

export interface Reading {
  /** Tone-marked syllables joined by spaces: "xiǎn kǎ". */
  pinyin: string;
  definitions: string[];
}

export interface WordEntry {
  word: string;
  /** Traditional forms (the word itself when they do not differ). */
  traditional: string[];
  /** Common-word readings first, then names (capitalised pinyin). */
  readings: Reading[];
  hskLevel: number | null;
  frequencyBand: number | null;
}

export interface Dictionary {
  lookup(word: string): WordEntry | null;
  has(word: string): boolean;
  /** Lowercase numbered readings of a headword ("zhang3", "chang2"), dictionary order. */
  numberedReadings(word: string): string[];
  /** Longest headword length, to bound prefix searches. */
  readonly maxWordLength: number;
  /** All raw entries, for building derived indexes (English reverse lookup). */
  readonly entries: readonly RawCedictEntry[];
}

let cached: Dictionary | undefined;

export function loadDictionary(): Dictionary {
  if (cached) return cached;
  const entries = cedictEntries();
  const byWord = new Map<string, number[]>();
  let maxWordLength = 1;
  const add = (key: string, i: number) => {
    const list = byWord.get(key);
    if (list) list.push(i);
    else byWord.set(key, [i]);
    if (key.length > maxWordLength) maxWordLength = key.length;
  };
  entries.forEach((e, i) => {
    add(e.simplified, i);
    if (e.traditional !== e.simplified) add(e.traditional, i);
  });
  const stats = loadWordStats();
  const isName = (e: RawCedictEntry) => /^[A-Z]/.test(e.pinyin);
  const ordered = (word: string) => {
    const list = (byWord.get(word) ?? []).map((i) => entries[i]);
    return [...list.filter((e) => !isName(e)), ...list.filter(isName)];
  };

  cached = {
    entries,
    maxWordLength: Math.min(maxWordLength, 16),
    has: (w) => byWord.has(w),
    numberedReadings: (w) => [...new Set(ordered(w).filter((e) => !isName(e)).map((e) => e.pinyin.toLowerCase()))],
    lookup(word) {
      const list = ordered(word);
      if (!list.length) return null;
      const readings: Reading[] = [];
      for (const e of list) {
        const pinyin = markedSyllables(e.pinyin).join(" ");
        const defs = entrySenses(e);
        const same = readings.find((r) => r.pinyin === pinyin);
        if (same) same.definitions.push(...defs.filter((d) => !same.definitions.includes(d)));
        else readings.push({ pinyin, definitions: defs });
      }
      const simplifiedForm = list.find((e) => e.traditional === word)?.simplified ?? word;
      return {
        word,
        traditional: [...new Set(list.map((e) => e.traditional))],
        readings,
        hskLevel: stats.hskLevel(simplifiedForm),
        frequencyBand: stats.frequencyBand(simplifiedForm),
      };
    },
  };
  return cached;
}
