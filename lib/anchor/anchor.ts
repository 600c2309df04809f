// Text anchors in the W3C Web Annotation model, as Hypothesis uses them: a
// position (UTF-16 offsets into a paragraph's plain text) plus a quote with
// some context. Positions are fast; the quote finds the passage again if the
// paragraph text changes. An anchor found neither way is an orphan: it is
// reported, never dropped.

export const CONTEXT_CHARS = 32;

export interface TextAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type AnchorProblem = "EMPTY" | "OUT_OF_RANGE" | "QUOTE_MISMATCH" | "SPLIT_SURROGATE";

/** The anchor for [start, end) of `text`, with up to 32 characters of context on each side. */
export function buildAnchor(text: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** What is wrong with a client-supplied anchor, or null when it matches the stored text exactly. */
export function checkAnchor(text: string, a: Pick<TextAnchor, "start" | "end" | "quote">): AnchorProblem | null {
  // A reversed range is not an empty selection: no browser selection produces it.
  if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end > text.length || a.end < a.start) return "OUT_OF_RANGE";
  if (a.end === a.start || a.quote.trim().length === 0) return "EMPTY";
  // An offset in the middle of a surrogate pair would cut a character (e.g. an emoji or a rare CJK ideograph) in half.
  if (isLowSurrogate(text.charCodeAt(a.start)) || (a.end < text.length && isLowSurrogate(text.charCodeAt(a.end))))
    return "SPLIT_SURROGATE";
  if (text.slice(a.start, a.end) !== a.quote) return "QUOTE_MISMATCH";
  return null;
}

export type Resolved =
  | { status: "exact"; start: number; end: number }
  | { status: "moved"; start: number; end: number }
  | { status: "orphan" };

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds an anchor in (possibly edited) text. The stored position wins when
 * the quote still sits there; otherwise every occurrence of the quote is
 * scored by how much of the stored prefix/suffix surrounds it, ties broken by
 * distance from the old position.
 */
export function resolveAnchor(text: string, a: TextAnchor): Resolved {
  if (a.quote.length === 0) return { status: "orphan" };
  if (a.end <= text.length && text.slice(a.start, a.end) === a.quote) return { status: "exact", start: a.start, end: a.end };
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = text.indexOf(a.quote); i !== -1; i = text.indexOf(a.quote, i + 1)) {
    const before = text.slice(Math.max(0, i - a.prefix.length), i);
    const after = text.slice(i + a.quote.length, i + a.quote.length + a.suffix.length);
    const score = commonSuffix(before, a.prefix) + commonPrefix(after, a.suffix);
    const distance = Math.abs(i - a.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  if (!best) return { status: "orphan" };
  return { status: "moved", start: best.start, end: best.start + a.quote.length };
}
