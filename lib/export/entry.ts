// The plain shape every export format works from, independent of the
// database and of React: one entry per annotation, text metadata alongside.

export interface ExportText {
  slug: string;
  titleZh: string;
  titleEn: string;
  author: string | null;
  authorEn: string | null;
  source: string | null;
  sourceEn: string | null;
}

export interface ExportEntry {
  text: ExportText | null;
  lang: "zh" | "en";
  quote: string;
  /** The sentence(s) around the quote, split so formats can mark the quote. */
  before: string;
  after: string;
  counterpart: string;
  note: string;
  tags: string[];
  color: string;
  /** ISO timestamp. */
  createdAt: string;
  /** Absolute link back to the spot in the reader. */
  link: string;
}

/** Column headers and fixed phrases, already translated by the caller. */
export interface ExportLabels {
  text: string;
  quote: string;
  context: string;
  counterpart: string;
  note: string;
  tags: string;
  color: string;
  created: string;
  link: string;
  /** "by {author}" with the placeholder filled in by formatBy. */
  by: (author: string) => string;
  source: (source: string) => string;
  untitled: string;
  empty: string;
}

/** Both titles when they differ ("人工智能的极限 · The limits of AI"), one otherwise. */
export function textTitle(t: ExportText | null, untitled: string): string {
  if (!t) return untitled;
  const parts = [t.titleZh, t.titleEn].filter((x) => x && x.trim());
  return [...new Set(parts)].join(" · ") || t.slug;
}
