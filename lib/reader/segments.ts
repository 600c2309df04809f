// Cuts one side of a paragraph into render segments: sentence spans (which
// carry their pair index, for cross-language linking) and the gaps between
// them. Segments cover the text exactly, so the DOM text of a rendered block
// equals the stored paragraph text and annotation offsets stay valid.

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the aligned sentence pair inside the paragraph. */
  pair: number;
}

export type Segment =
  | { kind: "gap"; start: number; end: number }
  | { kind: "sentence"; start: number; end: number; pair: number; index: number };

export function sentenceSegments(textLength: number, spans: readonly SentenceSpan[]): Segment[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  sorted.forEach((s, index) => {
    const start = Math.max(s.start, pos);
    const end = Math.min(s.end, textLength);
    if (end <= start) return; // overlapping or out-of-range span: skip rather than duplicate text
    if (start > pos) out.push({ kind: "gap", start: pos, end: start });
    out.push({ kind: "sentence", start, end, pair: s.pair, index });
    pos = end;
  });
  if (pos < textLength) out.push({ kind: "gap", start: pos, end: textLength });
  return out;
}
