import type { SentenceSpan } from "@/lib/reader/segments";

/** The sentence pairs a highlight touches on its own side of the paragraph. */
export function pairsTouched(sentences: readonly SentenceSpan[], start: number, end: number): number[] {
  const pairs = new Set<number>();
  for (const s of sentences) if (s.start < end && s.end > start) pairs.add(s.pair);
  return [...pairs].sort((a, b) => a - b);
}

/** The text of the other side's sentences in those pairs, in reading order. */
export function counterpartText(otherText: string, otherSentences: readonly SentenceSpan[], pairs: readonly number[]): string {
  const wanted = new Set(pairs);
  const texts = otherSentences
    .filter((s) => wanted.has(s.pair))
    .sort((a, b) => a.start - b.start)
    .map((s) => otherText.slice(s.start, s.end));
  return joinSentences(texts);
}

// CJK ideographs, CJK punctuation and full-width forms: Chinese writes no space next to these.
const CJK_EDGE = /[\u2E80-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’…—]/;

/**
 * Joins sentences for display: English ones with a space, Chinese ones with
 * nothing ("事情。而…", not "事情。 而…"). The space goes only where neither
 * side of the join is Chinese.
 */
export function joinSentences(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) {
    if (!part) continue;
    if (out && !CJK_EDGE.test(out[out.length - 1]) && !CJK_EDGE.test(part[0])) out += " ";
    out += part;
  }
  return out;
}
