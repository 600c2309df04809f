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
  return otherSentences
    .filter((s) => wanted.has(s.pair))
    .sort((a, b) => a.start - b.start)
    .map((s) => otherText.slice(s.start, s.end))
    .join(" ");
}
