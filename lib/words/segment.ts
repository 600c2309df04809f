/**
 * Word segmentation for reading: jieba (no HMM, so unknown strings fall back
 * to characters rather than invented words), then every token that is not a
 * CC-CEDICT headword split again by longest dictionary match, so that each
 * word the reader sees can be looked up and read. jieba's dictionary misses
 * or under-weights many CC-CEDICT words (算力 is absent, 还行 and 小波 have a
 * count of 2–3), so it cuts them into single characters; a run of such
 * single characters (particles apart) is re-cut into the fewest CC-CEDICT words.
 */
import type { Dictionary } from "./dictionary";
import { getJieba } from "./jieba";
import { loadWordStats } from "./word-stats";

export interface Token {
  text: string;
  /** UTF-16 offsets into the segmented text, [start, end). */
  start: number;
  end: number;
  /** jieba's part-of-speech tag ("x" for punctuation and other non-words). */
  tag: string;
  han: boolean;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const isHan = (s: string) => HAN.test(s);

/** Longest dictionary headword starting at `from` (at least one character). */
export function longestMatch(dict: Dictionary, text: string, from: number, limit = text.length): number {
  for (let len = Math.min(dict.maxWordLength, limit - from); len > 1; len--) {
    if (dict.has(text.slice(from, from + len))) return len;
  }
  return 1;
}

/**
 * Cuts text[from, to) into the fewest dictionary words (single characters
 * allowed); among equally few, the one whose first word is longest, as a
 * reader scanning left to right would. Lengths of the words, in order.
 */
export function fewestWords(dict: Dictionary, text: string, from: number, to: number): number[] {
  const n = to - from;
  const best: number[] = new Array(n + 1).fill(Infinity);
  const step: number[] = new Array(n + 1).fill(1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let len = Math.min(dict.maxWordLength, n - i); len >= 1; len--) {
      if (len > 1 && !dict.has(text.slice(from + i, from + i + len))) continue;
      if (1 + best[i + len] < best[i]) [best[i], step[i]] = [1 + best[i + len], len];
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i += step[i]) out.push(step[i]);
  return out;
}

export function segment(dict: Dictionary, text: string): Token[] {
  const out: Token[] = [];
  const stats = loadWordStats();
  const dictWord = (start: number, end: number) => token(text, start, end, stats.tag(text.slice(start, end)) ?? "");
  // Consecutive single Chinese characters jieba left unjoined, waiting to be re-cut.
  let single: Token[] = [];
  const flush = () => {
    if (single.length > 1) {
      let i = single[0].start;
      const merged: Token[] = [];
      for (const len of fewestWords(dict, text, i, single[single.length - 1].end)) {
        merged.push(len === 1 ? single.find((t) => t.start === i)! : dictWord(i, i + len));
        i += len;
      }
      out.push(...merged);
    } else out.push(...single);
    single = [];
  };
  let at = 0;
  for (const { word, tag } of getJieba().tag(text, false)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue; // jieba normalised something away: skip rather than misplace offsets
    if (start > at) {
      flush();
      out.push(token(text, at, start, "x"));
    }
    at = start + word.length;
    // Particles (的 得 地 了 着 过: tags u*) stay alone: jieba tags them reliably, and the pinyin rules read them by their neighbours.
    if (word.length === 1 && isHan(word) && !tag.startsWith("u")) {
      single.push(token(text, start, at, tag));
      continue;
    }
    flush();
    if (!isHan(word) || dict.has(word)) {
      out.push(token(text, start, at, tag));
      continue;
    }
    for (let i = start; i < at; ) {
      const len = longestMatch(dict, text, i, at);
      out.push(dictWord(i, i + len));
      i += len;
    }
  }
  flush();
  if (at < text.length) out.push(token(text, at, text.length, "x"));
  return out;
}

function token(text: string, start: number, end: number, tag: string): Token {
  const t = text.slice(start, end);
  return { text: t, start, end, tag, han: isHan(t) };
}

export interface Span {
  start: number;
  end: number;
}

/** The word at a position: the reading segmentation's word there, when it is Chinese. */
export function wordAt(dict: Dictionary, text: string, pos: number): Span | null {
  if (pos < 0 || pos >= text.length || !isHan(text[pos])) return null;
  // Segment only the run of Chinese around the position: a click needs no more context than its clause.
  let from = pos;
  let to = pos + 1;
  while (from > 0 && isHan(text[from - 1]) && pos - from < 40) from--;
  while (to < text.length && isHan(text[to]) && to - pos < 40) to++;
  const run = text.slice(from, to);
  const hit = segment(dict, run).find((t) => t.start <= pos - from && pos - from < t.end);
  return hit ? { start: from + hit.start, end: from + hit.end } : { start: pos, end: pos + 1 };
}

/** The span one character longer (to the right) or shorter, staying on Chinese characters. */
export function resizeSpan(text: string, span: Span, delta: 1 | -1): Span {
  if (delta < 0) return span.end - span.start > 1 ? { start: span.start, end: span.end - 1 } : span;
  return span.end < text.length && isHan(text[span.end]) && span.end - span.start < 16 ? { start: span.start, end: span.end + 1 } : span;
}
