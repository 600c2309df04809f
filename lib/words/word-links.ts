/**
 * Word links inside an aligned sentence pair: which words on the other side
 * translate the open word. The evidence is the aligner's own (lib/align
 * lexicon: CC-CEDICT gloss stems of a Chinese word, the same light English
 * stemmer), so a link shown to the reader is a link the aligner counted.
 */
import { contentStems } from "@/lib/align/english-tokens";
import { ZH_STOPWORDS, type Lexicon } from "@/lib/align/lexicon";
import type { Dictionary } from "./dictionary";
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

/** The English words of `sentence` (offsets into it) that one of the glosses of `zhWord` names. */
export function linksInEnglish(lex: Lexicon, zhWord: string, sentence: string): Span[] {
  if (ZH_STOPWORDS.has(zhWord)) return [];
  const glosses = new Set(lex.glossStems(zhWord));
  if (!glosses.size) return [];
  const out: Span[] = [];
  for (const m of sentence.matchAll(EN_WORD)) {
    const [s] = contentStems(m[0].replace("’", "'"));
    if (s && matches(glosses, s)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The Chinese words of `sentence` with a gloss naming `enWord`. */
export function linksInChinese(lex: Lexicon, dict: Dictionary, enWord: string, sentence: string): Span[] {
  const [s] = contentStems(enWord);
  if (!s) return [];
  return segment(dict, sentence)
    .filter((t) => t.han && !ZH_STOPWORDS.has(t.text) && matches(new Set(lex.glossStems(t.text)), s))
    .map((t) => ({ start: t.start, end: t.end }));
}
