"use server";

import { z } from "zod";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { signedInAction } from "@/lib/server-action";
import { findVisibleTextId } from "@/lib/texts/visibility";

const schema = z.object({ slug: z.string().min(1).max(200), paragraphIndex: z.number().int().min(0).max(1_000_000) });

/** Remembers the pair at the top of the reader's screen, per user and text. */
export async function saveReadingPosition(input: unknown): Promise<ActionResult<{ saved: true }>> {
  return signedInAction("Books", input, schema, async ({ user, data, t }) => {
    const textId = await findVisibleTextId(db, user.id, data.slug);
    if (!textId) return fail("NOT_FOUND", t("errors.expired"));
    await db.readingPosition.upsert({
      where: { userId_textId: { userId: user.id, textId } },
      create: { userId: user.id, textId, paragraphIndex: data.paragraphIndex },
      update: { paragraphIndex: data.paragraphIndex },
    });
    return ok({ saved: true as const });
  });
}
