// Plain data shared by the review pages, the API routes, the study queue and export.

import type { HighlightColor } from "@/features/annotations/types";

export const PAGE_SIZE = 20;
export type ReviewView = "date" | "text";

/** What the notes page is showing; also the "current filter" of an export. */
export interface ReviewFilter {
  q: string;
  text: string | null;
  color: HighlightColor | null;
  tag: string | null;
  hasNote: boolean;
  view: ReviewView;
  page: number;
}

export const EMPTY_FILTER: ReviewFilter = { q: "", text: null, color: null, tag: null, hasNote: false, view: "date", page: 1 };

/** A sentence with the highlighted part cut out, so any UI can mark it. */
export interface QuoteInContext {
  lang: "zh" | "en";
  before: string;
  quote: string;
  after: string;
  /**
   * Only when the quote fills its whole sentence(s): the sentence before and
   * after it in the paragraph ("" at an edge), so a cloze still has words
   * around its blank.
   */
  neighbours?: { before: string; after: string };
}

/** One annotation (a group of highlights counts once), as every review surface shows it. */
export interface ReviewItem {
  /** The note key: the group id, or the highlight id for a single highlight. */
  key: string;
  /** The first highlight: what the reader link and per-highlight actions point at. */
  highlightId: string;
  isGroup: boolean;
  text: { slug: string; titleZh: string; titleEn: string; author: string | null; authorEn: string | null; source: string | null; sourceEn: string | null } | null;
  pairIndex: number;
  color: HighlightColor;
  lang: "zh" | "en";
  /** The highlighted words of every part, joined. */
  quote: string;
  contexts: QuoteInContext[];
  counterpart: { lang: "zh" | "en"; text: string };
  note: { body: string; tags: string[] } | null;
  orphan: boolean;
  createdAt: string;
}

/** Study inclusion of an annotation, as the notes page toggles it. */
export interface CardFlags {
  included: boolean;
  reverse: boolean;
}

export interface ReviewListItem extends ReviewItem {
  cards: CardFlags;
}

export interface ReviewPage {
  items: ReviewListItem[];
  total: number;
  page: number;
  pageCount: number;
}

export interface ReviewFacets {
  texts: { slug: string; titleZh: string; titleEn: string }[];
  tags: string[];
}
