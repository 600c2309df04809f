/** Where a chapter sits in its book: front and back matter (cover, copyright, contents) is left out unless the user ticks it. */
export type ChapterKind = "body" | "matter";

export interface SourceChapter {
  title: string;
  /** Paragraphs separated by blank lines, ready for the import's reflow. */
  text: string;
  kind: ChapterKind;
}

export interface ChapterSource {
  title: string;
  author: string;
  chapters: SourceChapter[];
}

export type BookProblem = "TOO_LARGE" | "DRM" | "MALFORMED" | "IMAGE_ONLY" | "EMPTY" | "NOT_UTF8";

/** A book that cannot be read, with the reason the page shows (localized there). */
export class BookError extends Error {
  constructor(readonly problem: BookProblem, detail: string = problem) {
    super(detail);
  }
}

/** 30 MB per EPUB, as the issue asks. */
export const MAX_BOOK_BYTES = 30 * 1024 * 1024;
