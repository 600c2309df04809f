"use server";

import type { z } from "zod";
import { db } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { signedInAction, type Translator } from "@/lib/server-action";
import * as store from "./vocabulary-store";
import { saveWordSchema, updateWordSchema, wordCardSchema, wordIdSchema } from "./schemas";
import { setWordCardEnabled } from "./vocabulary-cards";

// Session, zod and the result union through signedInAction; ownership is
// checked by the store (where: { id, userId }).

function validationError(t: Translator, error: z.ZodError) {
  const field = String(error.issues[0]?.path[0] ?? "");
  if ((field === "definition" || field === "note") && error.issues[0]?.code === "too_big") return fail("VALIDATION", t("errors.tooLong"));
  return fail("VALIDATION", t("errors.invalid"));
}

function localized<T>(t: Translator, result: store.VocabularyResult<T>): ActionResult<T> {
  if (result.ok) return ok(result.data);
  return result.error === "NOT_FOUND" ? fail("NOT_FOUND", t("errors.notFound")) : fail("VALIDATION", t("errors.textChanged"));
}

export async function saveWord(input: unknown): Promise<ActionResult<store.VocabularyItemDTO>> {
  return signedInAction("Vocabulary", input, saveWordSchema, async ({ user, data, t }) => localized(t, await store.saveWord(db, user.id, data)), validationError);
}

export async function updateWord(input: unknown): Promise<ActionResult<store.VocabularyItemDTO>> {
  return signedInAction("Vocabulary", input, updateWordSchema, async ({ user, data, t }) => {
    const { id, ...changes } = data;
    return localized(t, await store.updateWord(db, user.id, id, changes));
  }, validationError);
}

export async function deleteWord(input: unknown): Promise<ActionResult<{ id: string }>> {
  return signedInAction("Vocabulary", input, wordIdSchema, async ({ user, data, t }) => localized(t, await store.deleteWord(db, user.id, data.id)), validationError);
}

/** Turns one kind of a word's study cards on or off. */
export async function setWordCard(input: unknown): Promise<ActionResult<{ id: string; kind: string; enabled: boolean }>> {
  return signedInAction("Vocabulary", input, wordCardSchema, async ({ user, data, t }) =>
    (await setWordCardEnabled(db, user.id, data.id, data.kind, data.enabled)) ? ok(data) : fail("NOT_FOUND", t("errors.notFound")),
  validationError);
}
