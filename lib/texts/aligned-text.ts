// The shape every text takes before it is stored, whether it comes from the
// seed files or from a user's import: paragraph pairs whose sentence spans
// say which sentences align (spans with the same `pair` belong together).

export type Side = "zh" | "en";

export interface AlignedSentence {
  lang: Side;
  /** Order of the sentence on its own side of the paragraph. */
  index: number;
  start: number;
  end: number;
  pair: number;
  /** The pair's calibrated confidence, when the aligner scored it (lib/sentence-fix says what null means). */
  confidence?: number | null;
}

export interface AlignedParagraph {
  zh: string;
  en: string;
  sentences: AlignedSentence[];
}

export interface AlignedTextInput {
  slug: string;
  titleZh: string;
  titleEn: string;
  author?: string | null;
  authorEn?: string | null;
  source?: string | null;
  sourceEn?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  notice?: string | null;
  ownerId?: string | null;
  paragraphs: AlignedParagraph[];
}

/**
 * Checks the invariants the reader and the annotation anchors rely on:
 * spans inside their paragraph, in order, not overlapping, and pair indices
 * ascending on both sides. Returns the problems found (empty when valid).
 */
export function validateAlignedText(text: AlignedTextInput): string[] {
  const problems: string[] = [];
  text.paragraphs.forEach((p, pi) => {
    for (const lang of ["zh", "en"] as const) {
      const body = p[lang];
      const spans = p.sentences.filter((s) => s.lang === lang).sort((a, b) => a.index - b.index);
      let pos = 0;
      let lastPair = -1;
      spans.forEach((s, i) => {
        if (s.index !== i) problems.push(`paragraph ${pi} ${lang}: sentence indices are not 0..n-1`);
        if (s.start < pos || s.end > body.length || s.end <= s.start)
          problems.push(`paragraph ${pi} ${lang}: sentence ${i} span [${s.start},${s.end}) is out of order or out of range`);
        if (s.pair < lastPair) problems.push(`paragraph ${pi} ${lang}: sentence ${i} pairs out of order`);
        pos = s.end;
        lastPair = s.pair;
      });
    }
  });
  return problems;
}
