/**
 * Word links inside an aligned sentence pair: which words on the other side
 * translate the open word. The evidence is the aligner's own (lib/align
 * lexicon: CC-CEDICT gloss stems of a Chinese word, the same light English
 * stemmer), so a link shown to the reader is a link the aligner counted.
 */
import { contentStems } from "@/lib/align/english-tokens";
import { ZH_STOPWORDS, type Lexicon } from "@/lib/align/lexicon";
import type { Dictionary } from "./dictionary";
import { headwordsNaming } from "./english-lookup";
import { segment, type Span } from "./segment";

const EN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;

/**
 * Gloss and text words in the same family: the aligner's light stemmer keeps
 * "electric"/"electricity" and "consume"/"consumption" apart, which is right
 * for scoring whole sentences but misses links a learner expects.
 */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.startsWith(short)) return true;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return k >= 6 && k >= short.length - 2;
}

function matches(glosses: ReadonlySet<string>, stem: string): boolean {
  if (glosses.has(stem)) return true;
  for (const g of glosses) if (sameFamily(g, stem)) return true;
  return false;
}

/**
 * Evidence from a longer headword: CC-CEDICT glosses 显卡 "graphics card"
 * only, but 集成显卡 "integrated GPU"; when the rest of such a headword
 * (集成) glosses the sense's other words (integrated), the word itself
 * translates the remaining one (显卡 ~ GPU).
 */
function namedInCompound(lex: Lexicon, dict: Dictionary, zhWord: string, stem: string): boolean {
  if (zhWord.length < 2) return false; // a single character is part of too many headwords
  for (const { word, stems } of headwordsNaming(dict, stem)) {
    if (word === zhWord || word.length <= zhWord.length) continue;
    const rest = word.startsWith(zhWord) ? word.slice(zhWord.length) : word.endsWith(zhWord) ? word.slice(0, -zhWord.length) : null;
    const others = stems.filter((s) => s !== stem);
    if (!rest || !others.length) continue;
    const restGlosses = new Set(lex.glossStems(rest));
    if (others.every((s) => matches(restGlosses, s))) return true;
  }
  return false;
}

const directly = (lex: Lexicon, zhWord: string, stem: string) => matches(new Set(lex.glossStems(zhWord)), stem);

/**
 * The English words of `sentence` (offsets into it) that `zhWord` translates.
 * A longer headword's evidence counts only when the word's own glosses name
 * nothing in the sentence: 时间 "time" is not also "thing" (第一时间 "first thing").
 */
export function linksInEnglish(lex: Lexicon, dict: Dictionary, zhWord: string, sentence: string): Span[] {
  if (ZH_STOPWORDS.has(zhWord)) return [];
  const words = [...sentence.matchAll(EN_WORD)].map((m) => ({ span: { start: m.index, end: m.index + m[0].length }, stem: contentStems(m[0].replace("’", "'"))[0] }));
  const found = (test: (stem: string) => boolean) => words.filter((w) => w.stem && test(w.stem)).map((w) => w.span);
  const direct = found((st) => directly(lex, zhWord, st));
  return direct.length ? direct : found((st) => namedInCompound(lex, dict, zhWord, st));
}

/** The Chinese words of `sentence` that translate `enWord`, by the same evidence in the same order. */
export function linksInChinese(lex: Lexicon, dict: Dictionary, enWord: string, sentence: string): Span[] {
  const [s] = contentStems(enWord);
  if (!s) return [];
  const words = segment(dict, sentence).filter((t) => t.han && !ZH_STOPWORDS.has(t.text));
  const found = (test: (zh: string) => boolean) => words.filter((t) => test(t.text)).map((t) => ({ start: t.start, end: t.end }));
  const direct = found((zh) => directly(lex, zh, s));
  return direct.length ? direct : found((zh) => namedInCompound(lex, dict, zh, s));
}
