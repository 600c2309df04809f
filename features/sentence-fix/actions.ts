"use server";

import { z } from "zod";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { SentenceSpan } from "@/lib/reader/segments";
import { signedInAction } from "@/lib/server-action";
import { applyFixToSavedText } from "@/lib/sentence-fix/stored-pairing";

// Re-pairing the sentences of one paragraph pair of a saved text. Session and
// zod through signedInAction; ownership inside applyFixToSavedText, where the
// seed text and someone else's look like a paragraph that does not exist.

const side = z.enum(["zh", "en"]);
const index = z.number().int().min(0).max(10_000);
const fixSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("join"), bead: index }),
  z.object({ kind: z.literal("split"), bead: index, side, at: index }),
  z.object({ kind: z.literal("move"), bead: index, side, dir: z.enum(["prev", "next"]) }),
  z.object({ kind: z.literal("detach"), bead: index, side, sentence: index }),
]);
// Wider than a fix may produce (MAX_BEAD_SIDE): a pair stored before that limit can still be sent back as it is.
const beadSide = z.array(index).max(1_000);

const schema = z.object({
  textSlug: z.string().min(1).max(200),
  paragraphId: z.string().min(1).max(64),
  beads: z.array(z.tuple([beadSide, beadSide])).max(2_000),
  fix: fixSchema,
});

export type FixedPairs = { paragraphId: string; zhSentences: SentenceSpan[]; enSentences: SentenceSpan[] };

const ERROR_KEY = { NOT_FOUND: "notFound", CONFLICT: "conflict", TOO_LARGE: "tooLarge", NO_SUCH_PAIR: "notApplicable", NOT_APPLICABLE: "notApplicable" } as const;

export async function fixSentencePairs(input: unknown): Promise<ActionResult<FixedPairs>> {
  return signedInAction("SentenceFix", input, schema, async ({ user, data, t }) => {
    const r = await applyFixToSavedText(db, user.id, data);
    if (r.ok) return ok({ paragraphId: r.paragraphId, zhSentences: r.zhSentences, enSentences: r.enSentences });
    const code = r.error === "NOT_FOUND" ? "NOT_FOUND" : r.error === "CONFLICT" ? "CONFLICT" : "VALIDATION";
    return fail(code, t(`errors.${ERROR_KEY[r.error]}`));
  });
}
