import { z } from "zod";
import { HIGHLIGHT_COLORS, MAX_PARTS_PER_SELECTION, NOTE_MAX_CHARS, TAG_MAX_CHARS, TAGS_MAX } from "./types";

// Input validation for every annotation action. Shapes and limits live here;
// checks that need the database (offsets against the stored paragraph,
// ownership) happen in the annotation store.

const id = z.string().min(1).max(64);
const offset = z.number().int().min(0).max(10_000_000);

export const highlightPartSchema = z
  .object({
    paragraphId: id,
    lang: z.enum(["zh", "en"]),
    start: offset,
    end: offset,
    quote: z.string().min(1).max(200_000),
  })
  // end before start is a range the paragraph cannot hold, not an empty selection.
  .refine((p) => p.end >= p.start, { path: ["end"], message: "OUT_OF_RANGE" });

export const createAnnotationSchema = z.object({
  textSlug: z.string().min(1).max(200),
  color: z.enum(HIGHLIGHT_COLORS),
  parts: z.array(highlightPartSchema).min(1).max(MAX_PARTS_PER_SELECTION),
  note: z.string().max(NOTE_MAX_CHARS).optional(),
});

export const annotationIdSchema = z.object({ annotationId: id });
export const recolorAnnotationSchema = z.object({ annotationId: id, color: z.enum(HIGHLIGHT_COLORS) });

export const tagsSchema = z
  .array(z.string().trim().min(1).max(TAG_MAX_CHARS))
  .max(TAGS_MAX)
  .transform((tags) => [...new Set(tags.map((t) => t.replace(/^#/, "")))].filter(Boolean));

export const saveNoteSchema = z.object({
  annotationId: id,
  body: z.string().max(NOTE_MAX_CHARS),
  tags: tagsSchema.optional(),
});

export const setTagsSchema = z.object({ annotationId: id, tags: tagsSchema });

export type CreateAnnotationInput = z.input<typeof createAnnotationSchema>;
export type CreateAnnotationData = z.output<typeof createAnnotationSchema>;
export type SaveNoteInput = z.input<typeof saveNoteSchema>;
