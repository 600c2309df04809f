/** A bead links zh sentence/paragraph indices to en ones; either side may be empty. */
export type Bead = [number[], number[]];

export interface Alignment {
  beads: Bead[];
  /** Per-bead confidence in 0..1 (see confidence.ts). */
  scores: number[];
}

/** The most sentences one side of a sentence bead can hold (the aligner's largest shapes are 1-5 and 5-1). */
export const MAX_BEAD_SIDE = 5;

/** Bead shape: [zh count, en count]. */
export type BeadShape = readonly [number, number];

export interface AlignOptions {
  /**
   * Use CC-CEDICT + jieba lexical evidence. Default true; when the data cannot
   * be loaded the aligner silently falls back to length + anchors.
   */
  lexicon?: boolean;
  /** Use anchors (numbers, Latin tokens, quotes, question marks, headings). Default true. */
  anchors?: boolean;
  /** Re-estimate the length variance and bead priors from a first pass. Default true. */
  estimate?: boolean;
  /** Learn a translation table from the first pass and realign with it (needs the lexicon). Default true. */
  learn?: boolean;
  /** Initial half-width of the DP band, in items. Default: chosen from the input size. */
  band?: number;
}
