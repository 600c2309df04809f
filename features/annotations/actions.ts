"use server";

import type { z } from "zod";
import { db } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { signedInAction, type Translator } from "@/lib/server-action";
import * as store from "./annotation-store";
import { annotationIdSchema, createAnnotationSchema, recolorAnnotationSchema, saveNoteSchema, setTagsSchema } from "./schemas";
import type { HighlightColor, NoteDTO } from "./types";

// Every action: session, zod and the result union through signedInAction;
// ownership is checked by the annotation store, where someone else's id gets
// exactly the same NOT_FOUND as an id that never existed.

function validationError(t: Translator, error: z.ZodError) {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? "");
  const tooBig = issue?.code === "too_big";
  if (field === "color") return fail("VALIDATION", t("errors.invalidColor"));
  if ((field === "body" || field === "note") && tooBig) return fail("VALIDATION", t("errors.noteTooLong"));
  if (field === "tags" && tooBig) return fail("VALIDATION", issue.path.length > 1 ? t("errors.tagTooLong") : t("errors.tooManyTags"));
  if (field === "parts" && tooBig && issue.path.length === 1) return fail("VALIDATION", t("errors.selectionTooLong"));
  if (field === "parts" && issue.message === "OUT_OF_RANGE") return fail("VALIDATION", t("errors.outOfRange"));
  return fail("VALIDATION", t("errors.invalid"));
}

const MESSAGE: Record<store.StoreError, string> = {
  NOT_FOUND: "errors.notFound",
  OUT_OF_RANGE: "errors.outOfRange",
  EMPTY: "errors.empty",
  QUOTE_MISMATCH: "errors.quoteMismatch",
  MIXED_LANGUAGES: "errors.mixedLanguages",
  INVALID: "errors.invalid",
};

function localized<T>(t: Translator, result: store.StoreResult<T>): ActionResult<T> {
  if (result.ok) return ok(result.data);
  return fail(result.error === "NOT_FOUND" ? "NOT_FOUND" : "VALIDATION", t(MESSAGE[result.error]));
}

export async function createAnnotation(input: unknown): Promise<ActionResult<store.CreatedAnnotation>> {
  return signedInAction("Annotations", input, createAnnotationSchema, async ({ user, data, t }) => localized(t, await store.createAnnotation(db, user.id, data)), validationError);
}

export async function recolorAnnotation(input: unknown): Promise<ActionResult<{ annotationId: string; color: HighlightColor }>> {
  return signedInAction("Annotations", input, recolorAnnotationSchema, async ({ user, data, t }) => localized(t, await store.recolorAnnotation(db, user.id, data.annotationId, data.color)), validationError);
}

export async function deleteAnnotation(input: unknown): Promise<ActionResult<{ annotationId: string }>> {
  return signedInAction("Annotations", input, annotationIdSchema, async ({ user, data, t }) => localized(t, await store.deleteAnnotation(db, user.id, data.annotationId)), validationError);
}

export async function restoreAnnotation(input: unknown): Promise<ActionResult<{ annotationId: string }>> {
  return signedInAction("Annotations", input, annotationIdSchema, async ({ user, data, t }) => localized(t, await store.restoreAnnotation(db, user.id, data.annotationId)), validationError);
}

export async function saveNote(input: unknown): Promise<ActionResult<NoteDTO>> {
  return signedInAction("Annotations", input, saveNoteSchema, async ({ user, data, t }) => localized(t, await store.saveNote(db, user.id, data.annotationId, data.body, data.tags)), validationError);
}

export async function deleteNote(input: unknown): Promise<ActionResult<{ noteId: string | null }>> {
  return signedInAction("Annotations", input, annotationIdSchema, async ({ user, data, t }) => localized(t, await store.deleteNote(db, user.id, data.annotationId)), validationError);
}

export async function setTags(input: unknown): Promise<ActionResult<NoteDTO>> {
  return signedInAction("Annotations", input, setTagsSchema, async ({ user, data, t }) => localized(t, await store.setTags(db, user.id, data.annotationId, data.tags)), validationError);
}
