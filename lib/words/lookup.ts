/**
 * One lookup, as the reader's popup needs it: the word at a position of a
 * sentence (or the span the reader resized to), its dictionary entry with the
 * reading used in this sentence first, one line per character, and the words
 * of the aligned sentence on the other side that translate it.
 */
import { loadLexicon } from "@/lib/align/lexicon";
import { loadDictionary, type WordEntry } from "./dictionary";
import { englishToChinese, type EnglishMatch } from "./english-lookup";
import { readText, syllablesByOffset } from "./readings";
import { isHan, wordAt, type Span } from "./segment";
import { linksInChinese, linksInEnglish } from "./word-links";

export interface CharacterLine {
  char: string;
  pinyin: string | null;
  definition: string | null;
}

export interface ZhLookup {
  lang: "zh";
  start: number;
  end: number;
  word: string;
  /** The reading in this sentence, syllables separated by spaces. */
  reading: string | null;
  entry: WordEntry | null;
  /** For a multi-character word: each character on its own. */
  characters: CharacterLine[];
  /** Words of the counterpart sentence that translate this one. */
  links: Span[];
}

export interface EnLookup {
  lang: "en";
  start: number;
  end: number;
  word: string;
  matches: EnglishMatch[];
  links: Span[];
}

export type WordLookup = ZhLookup | EnLookup;

export interface LookupInput {
  lang: "zh" | "en";
  /** The sentence the word is in. */
  text: string;
  /** UTF-16 offset of the character looked up (or of the span's start, with `length`). */
  at: number;
  /** A span length chosen by the reader; absent, the segmentation decides. */
  length?: number;
  /** The aligned sentence on the other side, for word links. */
  counterpart?: string;
}

const EN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

export function lookupAt(input: LookupInput): WordLookup | null {
  return input.lang === "zh" ? lookupChinese(input) : lookupEnglish(input);
}

function lookupChinese({ text, at, length, counterpart }: LookupInput): ZhLookup | null {
  const dict = loadDictionary();
  let span: Span | null;
  if (length) {
    let end = at;
    while (end < text.length && end - at < length && isHan(text[end])) end++;
    span = end > at ? { start: at, end } : null;
  } else span = wordAt(dict, text, at);
  if (!span) return null;
  const word = text.slice(span.start, span.end);
  const syllables = syllablesByOffset(readText(dict, text)).slice(span.start, span.end);
  const reading = syllables.every(Boolean) ? syllables.join(" ") : null;
  const entry = dict.lookup(word);
  if (entry && reading) {
    // The reading this sentence uses comes first (觉 in 睡觉 is jiào, not jué).
    const i = entry.readings.findIndex((r) => r.pinyin.toLowerCase() === reading);
    if (i > 0) entry.readings.unshift(...entry.readings.splice(i, 1));
  }
  const chars = [...word];
  const characters: CharacterLine[] =
    chars.length < 2
      ? []
      : chars.map((char, k) => {
          const e = dict.lookup(char);
          const r = e?.readings.find((x) => x.pinyin.toLowerCase() === syllables[k]) ?? e?.readings[0];
          return { char, pinyin: syllables[k] ?? r?.pinyin ?? null, definition: r ? r.definitions.slice(0, 3).join("; ") : null };
        });
  const lex = counterpart ? loadLexicon() : null;
  return {
    lang: "zh",
    ...span,
    word,
    reading,
    entry,
    characters,
    links: lex && counterpart ? linksInEnglish(lex, dict, word, counterpart) : [],
  };
}

function lookupEnglish({ text, at, counterpart }: LookupInput): EnLookup | null {
  for (const m of text.matchAll(EN_WORD)) {
    if (at < m.index || at >= m.index + m[0].length) continue;
    const word = m[0].replace("’", "'");
    const lex = counterpart ? loadLexicon() : null;
    return {
      lang: "en",
      start: m.index,
      end: m.index + m[0].length,
      word,
      matches: englishToChinese(loadDictionary(), word),
      links: lex && counterpart ? linksInChinese(lex, loadDictionary(), word, counterpart) : [],
    };
  }
  return null;
}
