// Cuts one side of a paragraph into render segments: sentence spans (which
// carry their pair index, for cross-language linking) and the gaps between
// them. Segments cover the text exactly, so the DOM text of a rendered block
// equals the stored paragraph text and annotation offsets stay valid.

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the aligned sentence pair inside the paragraph. */
  pair: number;
  /** The pair's calibrated confidence (lib/sentence-fix); null or absent: nobody doubts it. */
  confidence?: number | null;
}

export type Segment =
  | { kind: "gap"; start: number; end: number }
  | { kind: "sentence"; start: number; end: number; pair: number; index: number; confidence?: number | null };

export function sentenceSegments(textLength: number, spans: readonly SentenceSpan[]): Segment[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  sorted.forEach((s, index) => {
    const start = Math.max(s.start, pos);
    const end = Math.min(s.end, textLength);
    if (end <= start) return; // overlapping or out-of-range span: skip rather than duplicate text
    if (start > pos) out.push({ kind: "gap", start: pos, end: start });
    out.push({ kind: "sentence", start, end, pair: s.pair, index, ...(s.confidence == null ? {} : { confidence: s.confidence }) });
    pos = end;
  });
  if (pos < textLength) out.push({ kind: "gap", start: pos, end: textLength });
  return out;
}

export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface Run<H extends HighlightRange = HighlightRange> {
  start: number;
  end: number;
  /** Highlights covering the whole run, outermost first (earlier start, then longer). */
  highlights: H[];
}

/**
 * Cuts [from, to) at every highlight boundary, so overlapping and nested
 * highlights render as nested <mark>s without ever crossing element edges.
 */
export function highlightRuns<H extends HighlightRange>(from: number, to: number, highlights: readonly H[]): Run<H>[] {
  const inside = highlights.filter((h) => h.start < to && h.end > from);
  if (inside.length === 0) return [{ start: from, end: to, highlights: [] }];
  const cuts = new Set<number>([from, to]);
  for (const h of inside) {
    if (h.start > from) cuts.add(h.start);
    if (h.end < to) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const ordered = [...inside].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const runs: Run<H>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    runs.push({ start, end, highlights: ordered.filter((h) => h.start <= start && h.end >= end) });
  }
  return runs;
}
