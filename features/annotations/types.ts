// Plain data shared by the server (actions, queries, API) and the client.

export const HIGHLIGHT_COLORS = ["yellow", "green", "blue", "pink", "purple"] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const NOTE_MAX_CHARS = 10_000;
export const TAGS_MAX = 20;
export const TAG_MAX_CHARS = 40;
/** A selection may span many paragraphs, but not an unbounded number. */
export const MAX_PARTS_PER_SELECTION = 200;

export type AnchorStatus = "exact" | "moved" | "orphan";

export interface HighlightDTO {
  id: string;
  paragraphId: string | null;
  paragraphIndex: number;
  lang: "zh" | "en";
  /** Offsets where the highlight renders now (after re-anchoring). */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  groupId: string | null;
  status: AnchorStatus;
  createdAt: string;
  updatedAt: string;
}

export interface NoteDTO {
  id: string;
  highlightId: string | null;
  groupId: string | null;
  body: string;
  tags: string[];
  updatedAt: string;
}

export interface TextAnnotations {
  textSlug: string;
  highlights: HighlightDTO[];
  notes: NoteDTO[];
}

/** The key a note hangs on: the group for a multi-paragraph highlight, else the highlight itself. */
export const noteKeyOf = (h: Pick<HighlightDTO, "id" | "groupId">): string => h.groupId ?? h.id;
export const noteKeyOfNote = (n: Pick<NoteDTO, "highlightId" | "groupId">): string => (n.groupId ?? n.highlightId)!;
