// The columns of a stored highlight that every reader of it needs (the
// reader's overlay, the notes list, the study queue, the exports): its anchor
// (position and quote selector), colour, group and creation time. Each query
// adds what it needs besides, such as the paragraph text to re-anchor against.

export const storedHighlightColumns = {
  id: true,
  paragraphIndex: true,
  lang: true,
  start: true,
  end: true,
  quote: true,
  prefix: true,
  suffix: true,
  color: true,
  groupId: true,
  createdAt: true,
} as const;

/** A row selected with storedHighlightColumns. */
export interface StoredHighlight {
  id: string;
  paragraphIndex: number;
  lang: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: string;
  groupId: string | null;
  createdAt: Date;
}
