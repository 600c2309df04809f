// Every read and write of annotations, given a Prisma client. This is the
// one place that knows what an annotation is: an Annotation row with its
// ordered highlight parts, its colour, its note and tags. The server actions
// add the session and the localized messages; the unit tests call these
// functions directly on a real SQLite file.
//
// The hot paths (create, and loading a text's marks) are plain SQL through
// Prisma: the ORM builds a query plan on every call, which measured 3–5 ms of
// CPU per call against under 1 ms as SQL (npm run bench:annotations). No
// query takes an unbounded list of ids: a text's marks are read by text, and
// the parts of a selection are capped by MAX_PARTS_PER_SELECTION.

import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { buildAnchor, checkAnchor, resolveAnchor, type TextAnchor } from "@/lib/anchor/anchor";
import { newId } from "@/lib/new-id";
import { findVisibleTextId, visibleTextSql } from "@/lib/texts/visibility";
import { readRows, writeAtomically } from "@/lib/fast-sql";
import type { CreateAnnotationData } from "./schemas";
import type { HighlightColor, HighlightDTO, NoteDTO, TextAnnotations } from "./types";

export type Db = PrismaClient;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type StoreError = "NOT_FOUND" | "OUT_OF_RANGE" | "EMPTY" | "QUOTE_MISMATCH" | "MIXED_LANGUAGES" | "INVALID";
export type StoreResult<T> = { ok: true; data: T } | { ok: false; error: StoreError };

const done = <T>(data: T): StoreResult<T> => ({ ok: true, data });
const refuse = (error: StoreError): { ok: false; error: StoreError } => ({ ok: false, error });

interface PartRow extends TextAnchor {
  id: string;
  annotationId: string;
  paragraphId: string | null;
  paragraphIndex: number;
  lang: string;
  color: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A stored part as the client sees it, re-anchored against the paragraph text as it is now (null: the paragraph is gone). */
export function toHighlightDTO(h: PartRow, paragraphText: string | null): HighlightDTO {
  const resolved = paragraphText === null ? ({ status: "orphan" } as const) : resolveAnchor(paragraphText, h);
  const orphan = resolved.status === "orphan";
  return {
    id: h.id,
    annotationId: h.annotationId,
    paragraphId: h.paragraphId,
    paragraphIndex: Number(h.paragraphIndex),
    lang: h.lang === "en" ? "en" : "zh",
    start: orphan ? Number(h.start) : resolved.start,
    end: orphan ? Number(h.end) : resolved.end,
    quote: h.quote,
    prefix: h.prefix,
    suffix: h.suffix,
    color: h.color as HighlightColor,
    status: resolved.status,
    createdAt: new Date(h.createdAt).toISOString(),
    updatedAt: new Date(h.updatedAt).toISOString(),
  };
}

const noteInclude = { tags: { include: { tag: { select: { name: true } } } } } as const;

function toNoteDTO(n: { id: string; annotationId: string; body: string; updatedAt: Date; tags: { tag: { name: string } }[] }): NoteDTO {
  return {
    id: n.id,
    annotationId: n.annotationId,
    body: n.body,
    tags: n.tags.map((t) => t.tag.name).sort((a, b) => a.localeCompare(b)),
    updatedAt: n.updatedAt.toISOString(),
  };
}

// ───────────── Reading ─────────────

/** Everything `userId` has annotated in one text, or null when the text is not visible to them. */
export async function loadTextAnnotations(db: Db, userId: string, slug: string): Promise<TextAnnotations | null> {
  const textId = await findVisibleTextId(db, userId, slug);
  if (!textId) return null;
  const live = Prisma.sql`a."userId" = ${userId} AND a."textId" = ${textId} AND a."deletedAt" IS NULL`;
  const [parts, paragraphs, notes] = await Promise.all([
    db.$queryRaw<PartRow[]>`
      SELECT h."id", h."annotationId", h."paragraphId", h."paragraphIndex", h."lang", h."start", h."end", h."quote", h."prefix", h."suffix",
             a."color", a."createdAt", a."updatedAt"
      FROM "Highlight" h JOIN "Annotation" a ON a."id" = h."annotationId"
      WHERE ${live}
      ORDER BY h."paragraphIndex", h."start", h."id"`,
    // Each annotated paragraph's text once, to re-anchor against (not once per highlight).
    db.$queryRaw<{ id: string; zh: string; en: string }[]>`
      SELECT p."id", p."zh", p."en" FROM "Paragraph" p
      WHERE p."id" IN (SELECT DISTINCT h."paragraphId" FROM "Highlight" h JOIN "Annotation" a ON a."id" = h."annotationId" WHERE ${live})`,
    db.note.findMany({ where: { userId, annotation: { textId, deletedAt: null } }, include: noteInclude }),
  ]);
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  return {
    textSlug: slug,
    highlights: parts.map((h) => {
      const p = h.paragraphId ? byId.get(h.paragraphId) : undefined;
      return toHighlightDTO(h, p ? (h.lang === "en" ? p.en : p.zh) : null);
    }),
    notes: notes.map(toNoteDTO),
  };
}

/** How many live annotations `userId` has on a text (the reader decides from this whether to embed them in the page). */
export async function countTextAnnotations(db: Db, userId: string, textId: string): Promise<number> {
  return db.annotation.count({ where: { userId, textId, deletedAt: null } });
}

// ───────────── Creating ─────────────

interface AnnotatableParagraph {
  id: string;
  index: number;
  zh: string;
  en: string;
  textId: string;
}

/**
 * The paragraphs among `ids` (at most one selection's worth) that belong to
 * the text `slug`, provided `userId` may see it. One query checks both.
 */
async function findAnnotatableParagraphs(db: Db, userId: string, slug: string, ids: string[]): Promise<AnnotatableParagraph[]> {
  const rows = await readRows<AnnotatableParagraph>(
    db,
    Prisma.sql`
      SELECT p."id", p."index", p."zh", p."en", p."textId"
      FROM "Paragraph" p JOIN "Text" t ON t."id" = p."textId"
      WHERE p."id" IN (${Prisma.join(ids)}) AND t."slug" = ${slug} AND ${visibleTextSql("t", userId)}`,
  );
  return rows.map((r) => ({ ...r, index: Number(r.index) }));
}

export interface CreatedAnnotation {
  annotationId: string;
  highlights: HighlightDTO[];
  note: NoteDTO | null;
}

/** Stores one annotation from a selection: every part checked against the stored paragraph text first. */
export async function createAnnotation(db: Db, userId: string, input: CreateAnnotationData): Promise<StoreResult<CreatedAnnotation>> {
  const { textSlug, color, parts, note } = input;
  if (new Set(parts.map((p) => p.lang)).size > 1) return refuse("MIXED_LANGUAGES");
  if (new Set(parts.map((p) => p.paragraphId)).size !== parts.length) return refuse("INVALID");

  const paragraphs = await findAnnotatableParagraphs(db, userId, textSlug, parts.map((p) => p.paragraphId));
  const textId = paragraphs[0]?.textId;
  if (!textId) return refuse("NOT_FOUND");
  const byId = new Map(paragraphs.map((p) => [p.id, p]));

  const rows: Array<TextAnchor & { paragraph: AnnotatableParagraph; lang: "zh" | "en" }> = [];
  for (const part of parts) {
    const para = byId.get(part.paragraphId);
    if (!para) return refuse("NOT_FOUND");
    const problem = checkAnchor(part.lang === "zh" ? para.zh : para.en, part);
    if (problem === "OUT_OF_RANGE" || problem === "SPLIT_SURROGATE") return refuse("OUT_OF_RANGE");
    if (problem) return refuse(problem);
    rows.push({ ...buildAnchor(part.lang === "zh" ? para.zh : para.en, part.start, part.end), paragraph: para, lang: part.lang });
  }
  rows.sort((a, b) => a.paragraph.index - b.paragraph.index);

  const annotationId = newId();
  const now = new Date();
  const noteBody = note?.trim() ? note : null;
  const noteId = noteBody ? newId() : null;
  const partIds = rows.map(() => newId());
  // The annotation, its parts and its note are stored together or not at all (in one group commit on SQLite).
  await writeAtomically(db, [
    Prisma.sql`INSERT INTO "Annotation" ("id", "userId", "textId", "color", "createdAt", "updatedAt") VALUES (${annotationId}, ${userId}, ${textId}, ${color}, ${now}, ${now})`,
    ...rows.map(
      (r, position) => Prisma.sql`
        INSERT INTO "Highlight" ("id", "annotationId", "position", "paragraphId", "paragraphIndex", "lang", "start", "end", "quote", "prefix", "suffix")
        VALUES (${partIds[position]}, ${annotationId}, ${position}, ${r.paragraph.id}, ${r.paragraph.index}, ${r.lang}, ${r.start}, ${r.end}, ${r.quote}, ${r.prefix}, ${r.suffix})`,
    ),
    ...(noteId ? [Prisma.sql`INSERT INTO "Note" ("id", "userId", "annotationId", "body", "createdAt", "updatedAt") VALUES (${noteId}, ${userId}, ${annotationId}, ${noteBody}, ${now}, ${now})`] : []),
  ]);
  const highlights = rows.map((r, position) =>
    toHighlightDTO(
      { ...r, id: partIds[position], annotationId, paragraphId: r.paragraph.id, paragraphIndex: r.paragraph.index, color, createdAt: now, updatedAt: now },
      r.lang === "zh" ? r.paragraph.zh : r.paragraph.en,
    ),
  );
  const savedNote: NoteDTO | null = noteId ? { id: noteId, annotationId, body: noteBody!, tags: [], updatedAt: now.toISOString() } : null;
  return done({ annotationId, highlights, note: savedNote });
}

// ───────────── Changing an existing annotation ─────────────

/**
 * The annotation `id` if it is `userId`'s: someone else's id and one that
 * never existed look the same. "live" refuses a deleted one; "any" is for
 * undo and cleanup, which must reach deleted ones too.
 */
async function findOwned(db: Db | Tx, userId: string, id: string, reach: "live" | "any") {
  const a = await db.annotation.findFirst({ where: { id, userId }, select: { id: true, deletedAt: true } });
  if (!a || (reach === "live" && a.deletedAt)) return null;
  return a;
}

export async function recolorAnnotation(db: Db, userId: string, id: string, color: HighlightColor): Promise<StoreResult<{ annotationId: string; color: HighlightColor }>> {
  if (!(await findOwned(db, userId, id, "live"))) return refuse("NOT_FOUND");
  await db.annotation.update({ where: { id }, data: { color } });
  return done({ annotationId: id, color });
}

/** Soft delete, so "Undo" (and a backup restore) can bring the annotation and its note back exactly. */
export async function deleteAnnotation(db: Db, userId: string, id: string): Promise<StoreResult<{ annotationId: string }>> {
  if (!(await findOwned(db, userId, id, "live"))) return refuse("NOT_FOUND");
  await db.annotation.update({ where: { id }, data: { deletedAt: new Date() } });
  return done({ annotationId: id });
}

export async function restoreAnnotation(db: Db, userId: string, id: string): Promise<StoreResult<{ annotationId: string }>> {
  if (!(await findOwned(db, userId, id, "any"))) return refuse("NOT_FOUND");
  await db.annotation.update({ where: { id }, data: { deletedAt: null } });
  return done({ annotationId: id });
}

/** Replaces a note's tags; tag rows are per user and shared between notes. */
export async function replaceTags(tx: Tx, userId: string, noteId: string, tags: string[]) {
  await tx.noteTag.deleteMany({ where: { noteId } });
  for (const name of new Set(tags)) {
    const tag = await tx.tag.upsert({ where: { userId_name: { userId, name } }, create: { userId, name }, update: {} });
    await tx.noteTag.create({ data: { noteId, tagId: tag.id } });
  }
}

/** Creates or updates the note of an annotation; `tags` (when given) replace its tags. */
export async function saveNote(db: Db, userId: string, id: string, body: string, tags?: string[]): Promise<StoreResult<NoteDTO>> {
  const note = await db.$transaction(async (tx) => {
    if (!(await findOwned(tx, userId, id, "live"))) return null;
    const saved = await tx.note.upsert({ where: { annotationId: id }, create: { userId, annotationId: id, body }, update: { body } });
    if (tags) await replaceTags(tx, userId, saved.id, tags);
    return tx.note.findUniqueOrThrow({ where: { id: saved.id }, include: noteInclude });
  });
  return note ? done(toNoteDTO(note)) : refuse("NOT_FOUND");
}

/** Only the tags: a smaller write that cannot clobber a note body edited in another tab. */
export async function setTags(db: Db, userId: string, id: string, tags: string[]): Promise<StoreResult<NoteDTO>> {
  const note = await db.$transaction(async (tx) => {
    if (!(await findOwned(tx, userId, id, "live"))) return null;
    const saved = await tx.note.upsert({ where: { annotationId: id }, create: { userId, annotationId: id, body: "" }, update: {} });
    await replaceTags(tx, userId, saved.id, tags);
    return tx.note.findUniqueOrThrow({ where: { id: saved.id }, include: noteInclude });
  });
  return note ? done(toNoteDTO(note)) : refuse("NOT_FOUND");
}

export async function deleteNote(db: Db, userId: string, id: string): Promise<StoreResult<{ noteId: string | null }>> {
  if (!(await findOwned(db, userId, id, "any"))) return refuse("NOT_FOUND");
  const note = await db.note.findUnique({ where: { annotationId: id }, select: { id: true } });
  if (note) await db.note.delete({ where: { id: note.id } });
  return done({ noteId: note?.id ?? null });
}
