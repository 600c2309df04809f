// Plain data shared by the server (actions, queries, API) and the client.

export const HIGHLIGHT_COLORS = ["yellow", "green", "blue", "pink", "purple"] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const NOTE_MAX_CHARS = 10_000;
export const TAGS_MAX = 20;
export const TAG_MAX_CHARS = 40;
/** A selection may span many paragraphs, but not an unbounded number. */
export const MAX_PARTS_PER_SELECTION = 200;

export type AnchorStatus = "exact" | "moved" | "orphan";

/** One highlight part of an annotation, as the reader draws it. */
export interface HighlightDTO {
  id: string;
  annotationId: string;
  paragraphId: string | null;
  paragraphIndex: number;
  lang: "zh" | "en";
  /** Offsets where the highlight renders now (after re-anchoring). */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  /** The annotation's colour (every part shares it). */
  color: HighlightColor;
  status: AnchorStatus;
  createdAt: string;
  updatedAt: string;
}

export interface NoteDTO {
  id: string;
  annotationId: string;
  body: string;
  tags: string[];
  updatedAt: string;
}

export interface TextAnnotations {
  textSlug: string;
  highlights: HighlightDTO[];
  notes: NoteDTO[];
}

/** The key everything about an annotation hangs on (its note, its marks, its panel): the annotation id. */
export const noteKeyOf = (h: Pick<HighlightDTO, "annotationId">): string => h.annotationId;
export const noteKeyOfNote = (n: Pick<NoteDTO, "annotationId">): string => n.annotationId;
