/**
 * Paragraph pairs rebuilt from a whole-document sentence alignment, for
 * when the two sides' paragraphing cannot be trusted (one side has none, or
 * the counts are far apart). A pair ends between two sentence beads where
 * either side that has paragraphs starts a new one there; a side without
 * paragraphs is cut wherever the other side is. With no paragraphs on
 * either side, pairs are cut every few beads, between confident beads, so a
 * paragraph-less text does not become one endless pair.
 */
import type { Bead } from "./types";

/** With no paragraph breaks on either side: pairs of about this many beads... */
const RUN_MIN = 4;
/** ...cut only between beads this confident... */
const CUT_CONFIDENCE = 0.7;
/** ...and always by this many beads. */
const RUN_MAX = 10;

export interface Run {
  /** Bead indices [from, to). */
  from: number;
  to: number;
}

/**
 * `zhStarts` / `enStarts`: the sentence indices that begin a paragraph
 * (excluding 0), or null for a side whose breaks are not used.
 */
export function cutRuns(beads: Bead[], scores: number[], zhStarts: Set<number> | null, enStarts: Set<number> | null): Run[] {
  const runs: Run[] = [];
  let from = 0;
  let zi = 0;
  let ej = 0;
  const byBreaks = !!(zhStarts?.size || enStarts?.size);
  for (let k = 0; k < beads.length; k++) {
    zi += beads[k][0].length;
    ej += beads[k][1].length;
    if (k === beads.length - 1) break;
    let cut: boolean;
    if (byBreaks) cut = !!(zhStarts?.has(zi) || enStarts?.has(ej));
    else {
      const len = k + 1 - from;
      cut = len >= RUN_MAX || (len >= RUN_MIN && scores[k] >= CUT_CONFIDENCE && scores[k + 1] >= CUT_CONFIDENCE);
    }
    if (cut) {
      runs.push({ from, to: k + 1 });
      from = k + 1;
    }
  }
  if (beads.length) runs.push({ from, to: beads.length });
  return runs;
}

/** Sentence indices that begin a paragraph, from each paragraph's sentence count. */
export function paragraphStarts(sentencesPerParagraph: number[]): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const n of sentencesPerParagraph) {
    if (at > 0 && n > 0) starts.add(at);
    at += n;
  }
  return starts;
}
