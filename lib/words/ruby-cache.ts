/**
 * Pinyin words per paragraph, computed once and kept: texts do not change
 * after seeding or import, so a paragraph is read at most once per process
 * (bounded, oldest dropped first, so a server reading many books stays small).
 */
import { loadDictionary } from "./dictionary";
import { readText, type RubyWord } from "./readings";

const MAX_PARAGRAPHS = 20_000;
const cache = new Map<string, RubyWord[]>();

export function paragraphRuby(key: string, text: string): RubyWord[] {
  const k = `${key}\u0000${text.length}`;
  const hit = cache.get(k);
  if (hit) return hit;
  const words = readText(loadDictionary(), text);
  cache.set(k, words);
  if (cache.size > MAX_PARAGRAPHS) cache.delete(cache.keys().next().value!);
  return words;
}
