"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { checkPairs, toAlignedParagraphs } from "@/lib/import/preview-model";
import { makeSlug } from "@/lib/import/slug";
import { checkSide, MAX_SIDE_BYTES, utf8Bytes, type SideProblem } from "@/lib/import/validate-side";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import type { AlignPreview } from "@/lib/workers/align-job";
import { alignInWorker } from "@/lib/workers/align-pool";
import { PoolBusyError } from "@/lib/workers/pool";

export type { AlignPreview };

type T = Awaited<ReturnType<typeof getTranslations<"Import">>>;

// Zod caps strings by UTF-16 length; the exact 2 MB byte limit is checked by checkSide.
const side = z.string().max(MAX_SIDE_BYTES);

function sideError(t: T, which: "zh" | "en", problem: SideProblem) {
  const name = which === "zh" ? t("chineseSide") : t("englishSide");
  const key = { EMPTY: "empty", TOO_LARGE: "tooLarge", BINARY: "binary", NO_CHINESE: "noChinese" } as const;
  return fail("VALIDATION", t(`errors.${key[problem]}`, { side: name }), { [which]: t(`errors.${key[problem]}`, { side: name }) });
}

/** Repairs both sides (the same reflow as the seed article) and aligns them in a worker thread; nothing is stored yet. */
export async function alignImport(input: unknown): Promise<ActionResult<AlignPreview>> {
  const t = await getTranslations("Import");
  const user = await getSessionUser();
  if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
  const parsed = z.object({ zh: side, en: side }).safeParse(input);
  if (!parsed.success) return fail("VALIDATION", t("errors.tooLarge", { side: t("chineseSide") }));
  try {
    // The side checks (checkSide) run in the worker too: on 2 MB they take a few hundred milliseconds.
    const outcome = await alignInWorker(parsed.data);
    return outcome.ok ? ok(outcome.preview) : sideError(t, outcome.side, outcome.problem);
  } catch (err) {
    const tw = await getTranslations("ImportWorker");
    if (err instanceof PoolBusyError) return fail("RATE_LIMITED", tw("busy"));
    console.error("alignment failed", err);
    return fail("INTERNAL", tw("failed"));
  }
}

const saveSchema = z.object({
  title: z.string().trim().min(1).max(300),
  author: z.string().trim().max(200).optional(),
  source: z.string().trim().max(300).optional(),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((u) => u === "" || /^https?:\/\/\S+$/i.test(u))
    .optional(),
  pairs: z
    .array(
      z.object({
        zh: z.array(z.string().max(100_000)).max(10_000),
        en: z.array(z.string().max(100_000)).max(10_000),
        beads: z.array(z.tuple([z.array(z.number().int().min(0)), z.array(z.number().int().min(0))])).max(20_000),
      }),
    )
    .min(1)
    .max(50_000),
});

/** Stores the (possibly hand-fixed) preview as a private text of the signed-in user, in one transaction. */
export async function saveImport(input: unknown): Promise<ActionResult<{ slug: string }>> {
  const t = await getTranslations("Import");
  const user = await getSessionUser();
  if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    if (field === "title") return fail("VALIDATION", t("errors.title"), { title: t("errors.title") });
    if (field === "url") return fail("VALIDATION", t("errors.url"), { url: t("errors.url") });
    return fail("VALIDATION", t("errors.invalidPreview"));
  }
  const { title, author, source, url, pairs } = parsed.data;
  if (checkPairs(pairs)) return fail("VALIDATION", t("errors.invalidPreview"));
  const paragraphs = toAlignedParagraphs(pairs);
  const zhAll = paragraphs.map((p) => p.zh).join("\n");
  const enAll = paragraphs.map((p) => p.en).join("\n");
  for (const [which, text] of [["zh", zhAll], ["en", enAll]] as const) {
    const problem = checkSide(text, which);
    // Size is re-checked on the joined text: the preview may not grow past the limit by hand.
    if (problem) return sideError(t, which, problem);
    if (utf8Bytes(text) > MAX_SIDE_BYTES) return sideError(t, which, "TOO_LARGE");
  }
  const hasHan = /\p{Script=Han}/u.test(title);
  const saved = await saveAlignedText(db, {
    slug: makeSlug(title),
    titleZh: hasHan ? title : "",
    titleEn: hasHan ? "" : title,
    author: author || null,
    source: source || null,
    url: url || null,
    ownerId: user.id,
    paragraphs,
  });
  const row = await db.text.findUniqueOrThrow({ where: { id: saved.id }, select: { slug: true } });
  return ok({ slug: row.slug });
}
