/**
 * Precision and recall of the word-link scorer on the hand-made gold set
 * (fixtures/word-links.tsv) over the seed article's sentence pairs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lexicon } from "@/lib/align/lexicon";
import type { AlignedTextInput } from "@/lib/texts/aligned-text";
import type { Dictionary } from "./dictionary";
import { linksInEnglish } from "./word-links";

export interface GoldLink {
  pair: string;
  zh: string;
  en: string[];
}

export function parseGoldLinks(source: string): GoldLink[] {
  return source
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [pair, zh, en] = l.split("\t");
      return { pair, zh, en: en.trim().split(/\s+/) };
    });
}

export function loadGoldLinks(): GoldLink[] {
  return parseGoldLinks(readFileSync(join(process.cwd(), "lib/words/fixtures/word-links.tsv"), "utf8"));
}

/** "<paragraph>.<pair>" → the pair's English text (its sentences joined by a space). */
export function englishOfPairs(article: AlignedTextInput): Map<string, string> {
  const out = new Map<string, string>();
  article.paragraphs.forEach((p, pi) => {
    for (const s of p.sentences) {
      if (s.lang !== "en") continue;
      const key = `${pi}.${s.pair}`;
      const text = p.en.slice(s.start, s.end);
      out.set(key, out.has(key) ? `${out.get(key)} ${text}` : text);
    }
  });
  return out;
}

export interface LinkScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

const normalise = (w: string) => w.toLowerCase().replace(/['’]s$/, "");

/** Links are counted once per distinct English word of the pair (two "videos" are one link). */
export function scoreGoldLinks(lex: Lexicon, dict: Dictionary, gold: readonly GoldLink[], english: ReadonlyMap<string, string>): LinkScore {
  let predicted = 0;
  let correct = 0;
  let total = 0;
  for (const g of gold) {
    const en = english.get(g.pair);
    if (en === undefined) throw new Error(`gold link: no sentence pair ${g.pair}`);
    const want = new Set(g.en.map(normalise));
    const got = new Set(linksInEnglish(lex, dict, g.zh, en).map((s) => normalise(en.slice(s.start, s.end))));
    total += want.size;
    predicted += got.size;
    for (const w of got) if (want.has(w)) correct++;
  }
  return { gold: total, predicted, correct, precision: predicted ? correct / predicted : 0, recall: total ? correct / total : 0 };
}
