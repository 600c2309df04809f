/**
 * Pinyin in context, grouped by word. The text is segmented first; a
 * multi-character word takes its dictionary reading (the one pinyin-pro's
 * context reading agrees with most, when CC-CEDICT has several: 便宜 pián yi
 * vs biàn yí), a lone polyphone is read from its neighbours (polyphones.ts),
 * and everything else keeps pinyin-pro's reading, which also applies the
 * tone changes of 一 and 不.
 */
import { pinyin } from "pinyin-pro";
import type { Dictionary } from "./dictionary";
import { polyphoneReading } from "./polyphones";
import { segment, type Token } from "./segment";
import { markedSyllables } from "./tone-marks";

export interface RubyWord {
  text: string;
  /** The word's syllables separated by spaces, or null for text that is not Chinese. */
  reading: string | null;
}

/** pinyin-pro's reading of every character, indexed by UTF-16 offset. */
export function contextReadings(text: string): (string | null)[] {
  const out: (string | null)[] = new Array(text.length).fill(null);
  let at = 0;
  for (const item of pinyin(text, { type: "all", toneType: "symbol" })) {
    if (item.isZh && item.pinyin) out[at] = item.pinyin;
    at += item.origin.length;
  }
  return out;
}

const SANDHI = new Set(["一", "不"]);

const toneless = (s: string) => s.normalize("NFD").replace(/[\u0300-\u030f]/g, "");

/**
 * How well a dictionary syllable agrees with pinyin-pro's: the same syllable
 * counts most, then a neutral tone where pinyin-pro has a full one (the
 * dictionary knows 好处 is hǎo chu), then the same letters in another tone.
 */
function agreement(dictSyllable: string, contextSyllable: string): number {
  if (dictSyllable === contextSyllable) return 2;
  if (toneless(dictSyllable) !== toneless(contextSyllable)) return 0;
  return dictSyllable === toneless(dictSyllable) ? 1.5 : 1;
}

function readWord(dict: Dictionary, tokens: Token[], i: number, context: (string | null)[]): string[] {
  const tok = tokens[i];
  const chars = [...tok.text];
  const pp = chars.map((_, k) => context[tok.start + k] ?? "");
  if (chars.length === 1) return [polyphoneReading(tokens, i) ?? pp[0]];
  const candidates = dict
    .numberedReadings(tok.text)
    .map((r) => markedSyllables(r).map((s) => s.toLowerCase()))
    .filter((r) => r.length === chars.length);
  if (!candidates.length) return pp;
  let best = candidates[0];
  let bestScore = -1;
  for (const c of candidates) {
    const score = c.reduce((n, s, k) => n + agreement(s, pp[k]), 0);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  if (NEUTRAL_SUFFIX.has(chars[chars.length - 1])) best = candidates.find((c) => c !== best && neutralOf(c, best)) ?? best;
  return best.map((s, k) => (SANDHI.has(chars[k]) && pp[k] ? pp[k] : s));
}

/**
 * Noun suffixes read in the neutral tone. CC-CEDICT often lists a word ending
 * in one with both tones (妻子 qī zǐ "wife and children", qī zi "wife"), and
 * pinyin-pro knows only the full one; the neutral reading is the everyday
 * word. Elsewhere (多少 duō shǎo / duō shao) usage is split, so the context decides.
 */
const NEUTRAL_SUFFIX = new Set(["子", "头"]);

/** Whether `a` is `b` with some full tones made neutral. */
function neutralOf(a: readonly string[], b: readonly string[]): boolean {
  let neutral = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (a[k] !== toneless(a[k]) || toneless(b[k]) !== a[k]) return false;
    neutral++;
  }
  return neutral > 0;
}

/** One entry per word; runs of non-Chinese text are kept whole with no reading. */
export function readText(dict: Dictionary, text: string): RubyWord[] {
  const tokens = segment(dict, text);
  const context = contextReadings(text);
  const out: RubyWord[] = [];
  tokens.forEach((tok, i) => {
    const last = out[out.length - 1];
    if (!tok.han) {
      if (last && last.reading === null) last.text += tok.text;
      else out.push({ text: tok.text, reading: null });
      return;
    }
    out.push({ text: tok.text, reading: readWord(dict, tokens, i, context).join(" ") });
  });
  return out;
}

/** The syllable read for each character of `text`, by UTF-16 offset (null where not Chinese). */
export function syllablesByOffset(words: readonly RubyWord[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (const w of words) {
    const syl = w.reading?.split(" ") ?? [];
    let k = 0;
    for (const ch of w.text) {
      out.push(w.reading ? (syl[k++] ?? null) : null);
      if (ch.length === 2) out.push(null);
    }
  }
  return out;
}
