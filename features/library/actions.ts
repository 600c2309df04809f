"use server";

import { z } from "zod";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { deleteEntry, entryDetailsSchema, entryRefSchema, updateEntryDetails } from "@/lib/library/manage";
import { signedInAction, type Translator } from "@/lib/server-action";

// Renaming and deleting an import (a text or a book). Session and zod through
// signedInAction; ownership inside lib/library/manage, where someone else's
// entry answers exactly like one that does not exist.

const updateSchema = z.object({ ref: entryRefSchema, details: entryDetailsSchema });

function invalid(t: Translator, error: z.ZodError) {
  const issue = error.issues[0];
  const field = String(issue?.path.at(-1) ?? "");
  if (issue?.path[0] === "details" && field === "url") return fail("VALIDATION", t("errors.url"), { url: t("errors.url") });
  if (issue?.path[0] === "details" && (field === "titleZh" || field === "titleEn")) {
    return fail("VALIDATION", issue.code === "too_big" ? t("errors.tooLong") : t("errors.title"), { titleZh: t("errors.title") });
  }
  if (issue?.code === "too_big") return fail("VALIDATION", t("errors.tooLong"));
  return fail("VALIDATION", t("errors.invalid"));
}

export async function updateEntry(input: unknown): Promise<ActionResult<{ slug: string }>> {
  return signedInAction("Manage", input, updateSchema, async ({ user, data, t }) => {
    const outcome = await updateEntryDetails(db, user.id, data.ref, data.details);
    return outcome === "updated" ? ok({ slug: data.ref.slug }) : fail("NOT_FOUND", t("errors.notFound"));
  }, invalid);
}

export async function deleteLibraryEntry(input: unknown): Promise<ActionResult<{ deleted: true }>> {
  return signedInAction("Manage", input, z.object({ ref: entryRefSchema }), async ({ user, data, t }) => {
    const outcome = await deleteEntry(db, user.id, data.ref);
    return outcome === "deleted" ? ok({ deleted: true as const }) : fail("NOT_FOUND", t("errors.notFound"));
  }, invalid);
}
