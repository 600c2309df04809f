"use server";

import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { db } from "@/lib/db";
import { getSessionUser, type SessionUser } from "@/lib/auth";
import { buildAnchor, checkAnchor } from "@/lib/anchor/anchor";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import {
  findAnnotatableParagraphs,
  insertHighlight,
  noteInclude,
  toNoteDTO,
  type AnnotatableParagraph,
} from "./queries";
import {
  createHighlightsSchema,
  highlightIdSchema,
  recolorHighlightSchema,
  saveNoteSchema,
  setTagsSchema,
} from "./schemas";
import type { HighlightDTO, NoteDTO } from "./types";

// Every action: user from the session, input through zod, ownership checked
// here (a server action is a public endpoint), and a localized result union.
// Someone else's id gets exactly the same NOT_FOUND as an id that never existed.

type T = Awaited<ReturnType<typeof getTranslations<"Annotations">>>;

async function context() {
  const t = await getTranslations("Annotations");
  const user = await getSessionUser();
  return { t, user };
}

function validationError(t: T, error: z.ZodError) {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? "");
  const tooBig = issue?.code === "too_big";
  if (field === "color") return fail("VALIDATION", t("errors.invalidColor"));
  if ((field === "body" || field === "note") && tooBig) return fail("VALIDATION", t("errors.noteTooLong"));
  if (field === "tags" && tooBig) return fail("VALIDATION", issue.path.length > 1 ? t("errors.tagTooLong") : t("errors.tooManyTags"));
  if (field === "parts" && tooBig && issue.path.length === 1) return fail("VALIDATION", t("errors.selectionTooLong"));
  return fail("VALIDATION", t("errors.invalid"));
}

/** Every highlight of the annotation `id` belongs to (its whole group, or just itself), and where its note hangs. */
async function findOwnedAnnotation(userId: string, id: string) {
  const h = await db.highlight.findFirst({ where: { id, userId }, select: { id: true, groupId: true, deletedAt: true } });
  if (!h) return null;
  const ids = h.groupId
    ? (await db.highlight.findMany({ where: { groupId: h.groupId, userId }, select: { id: true } })).map((x) => x.id)
    : [h.id];
  const noteTarget = h.groupId ? { groupId: h.groupId } : { highlightId: h.id };
  return { ...h, ids, noteTarget };
}

type OwnedAnnotation = NonNullable<Awaited<ReturnType<typeof findOwnedAnnotation>>>;

/**
 * The shared start of every action on an existing annotation: session, zod,
 * then ownership. "live" also refuses a deleted highlight; "any" is for undo
 * and cleanup, which must reach deleted ones too.
 */
async function withOwnedAnnotation<S extends z.ZodType, R>(
  input: unknown,
  schema: S,
  idOf: (data: z.output<S>) => string,
  reach: "live" | "any",
  run: (ctx: { user: SessionUser; data: z.output<S>; found: OwnedAnnotation }) => Promise<R>,
): Promise<ActionResult<R>> {
  const { t, user } = await context();
  if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
  const parsed = schema.safeParse(input);
  if (!parsed.success) return validationError(t, parsed.error);
  const found = await findOwnedAnnotation(user.id, idOf(parsed.data));
  if (!found || (reach === "live" && found.deletedAt)) return fail("NOT_FOUND", t("errors.notFound"));
  return ok(await run({ user, data: parsed.data, found }));
}

export async function createHighlights(
  input: unknown,
): Promise<ActionResult<{ highlights: HighlightDTO[]; note: NoteDTO | null }>> {
  const { t, user } = await context();
  if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
  const parsed = createHighlightsSchema.safeParse(input);
  if (!parsed.success) return validationError(t, parsed.error);
  const { textSlug, color, parts, note } = parsed.data;

  if (new Set(parts.map((p) => p.lang)).size > 1) return fail("VALIDATION", t("errors.mixedLanguages"));
  if (new Set(parts.map((p) => p.paragraphId)).size !== parts.length) return fail("VALIDATION", t("errors.invalid"));

  const paragraphs = await findAnnotatableParagraphs(user.id, textSlug, parts.map((p) => p.paragraphId));
  const textId = paragraphs[0]?.textId;
  if (!textId) return fail("NOT_FOUND", t("errors.notFound"));
  const byId = new Map(paragraphs.map((p) => [p.id, p]));

  const rows: Array<ReturnType<typeof buildAnchor> & { paragraph: AnnotatableParagraph; lang: "zh" | "en" }> = [];
  for (const part of parts) {
    const para = byId.get(part.paragraphId);
    if (!para) return fail("NOT_FOUND", t("errors.notFound"));
    const text = part.lang === "zh" ? para.zh : para.en;
    const problem = checkAnchor(text, part);
    if (problem === "OUT_OF_RANGE" || problem === "SPLIT_SURROGATE") return fail("VALIDATION", t("errors.outOfRange"));
    if (problem === "EMPTY") return fail("VALIDATION", t("errors.empty"));
    if (problem === "QUOTE_MISMATCH") return fail("VALIDATION", t("errors.quoteMismatch"));
    const anchor = buildAnchor(text, part.start, part.end);
    rows.push({ ...anchor, paragraph: para, lang: part.lang });
  }
  rows.sort((a, b) => a.paragraph.index - b.paragraph.index);

  // The common case, one paragraph and no note, is a single insert: no transaction needed.
  if (rows.length === 1 && !note?.trim()) {
    const { paragraph, ...anchor } = rows[0];
    return ok({ highlights: [await insertHighlight(db, user.id, paragraph, { ...anchor, color })], note: null });
  }
  const created = await db.$transaction(async (tx) => {
    const groupId =
      rows.length > 1 ? (await tx.highlightGroup.create({ data: { userId: user.id, textId }, select: { id: true } })).id : null;
    const highlights: HighlightDTO[] = [];
    for (const { paragraph, ...anchor } of rows) highlights.push(await insertHighlight(tx, user.id, paragraph, { ...anchor, color }, groupId));
    const savedNote =
      note && note.trim()
        ? await tx.note.create({
            data: { userId: user.id, body: note, ...(groupId ? { groupId } : { highlightId: highlights[0].id }) },
            include: noteInclude,
          })
        : null;
    return { highlights, savedNote };
  });
  return ok({ highlights: created.highlights, note: created.savedNote ? toNoteDTO(created.savedNote) : null });
}

export async function recolorHighlight(input: unknown): Promise<ActionResult<{ ids: string[]; color: string }>> {
  return withOwnedAnnotation(input, recolorHighlightSchema, (d) => d.id, "live", async ({ user, data, found }) => {
    await db.highlight.updateMany({ where: { id: { in: found.ids }, userId: user.id }, data: { color: data.color } });
    return { ids: found.ids, color: data.color };
  });
}

/** Soft delete, so "Undo" can bring the highlight and its note back exactly. */
export async function deleteHighlight(input: unknown): Promise<ActionResult<{ ids: string[] }>> {
  return withOwnedAnnotation(input, highlightIdSchema, (d) => d.id, "live", async ({ user, found }) => {
    await db.highlight.updateMany({ where: { id: { in: found.ids }, userId: user.id }, data: { deletedAt: new Date() } });
    return { ids: found.ids };
  });
}

export async function restoreHighlight(input: unknown): Promise<ActionResult<{ ids: string[] }>> {
  return withOwnedAnnotation(input, highlightIdSchema, (d) => d.id, "any", async ({ user, found }) => {
    await db.highlight.updateMany({ where: { id: { in: found.ids }, userId: user.id }, data: { deletedAt: null } });
    return { ids: found.ids };
  });
}

async function replaceTags(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], userId: string, noteId: string, tags: string[]) {
  await tx.noteTag.deleteMany({ where: { noteId } });
  for (const name of tags) {
    const tag = await tx.tag.upsert({ where: { userId_name: { userId, name } }, create: { userId, name }, update: {} });
    await tx.noteTag.create({ data: { noteId, tagId: tag.id } });
  }
}

/** Creates or updates the note of the annotation that `highlightId` belongs to (its group's note when grouped). */
export async function saveNote(input: unknown): Promise<ActionResult<NoteDTO>> {
  return withOwnedAnnotation(input, saveNoteSchema, (d) => d.highlightId, "live", async ({ user, data, found }) => {
    const note = await db.$transaction(async (tx) => {
      const existing = await tx.note.findFirst({ where: { userId: user.id, ...found.noteTarget }, select: { id: true } });
      const saved = existing
        ? await tx.note.update({ where: { id: existing.id }, data: { body: data.body } })
        : await tx.note.create({ data: { userId: user.id, body: data.body, ...found.noteTarget } });
      if (data.tags) await replaceTags(tx, user.id, saved.id, data.tags);
      return tx.note.findUniqueOrThrow({ where: { id: saved.id }, include: noteInclude });
    });
    return toNoteDTO(note);
  });
}

export async function deleteNote(input: unknown): Promise<ActionResult<{ noteId: string | null }>> {
  return withOwnedAnnotation(input, highlightIdSchema, (d) => d.id, "any", async ({ user, found }) => {
    const note = await db.note.findFirst({ where: { userId: user.id, ...found.noteTarget }, select: { id: true } });
    if (note) await db.note.delete({ where: { id: note.id } });
    return { noteId: note?.id ?? null };
  });
}

export async function setTags(input: unknown): Promise<ActionResult<NoteDTO>> {
  return withOwnedAnnotation(input, setTagsSchema, (d) => d.highlightId, "live", async ({ user, data, found }) => {
    const note = await db.$transaction(async (tx) => {
      const existing = await tx.note.findFirst({ where: { userId: user.id, ...found.noteTarget }, select: { id: true } });
      const saved = existing ?? (await tx.note.create({ data: { userId: user.id, body: "", ...found.noteTarget } }));
      await replaceTags(tx, user.id, saved.id, data.tags);
      return tx.note.findUniqueOrThrow({ where: { id: saved.id }, include: noteInclude });
    });
    return toNoteDTO(note);
  });
}
