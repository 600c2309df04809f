"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { signedInAction, type Translator } from "@/lib/server-action";
import { db } from "@/lib/db";
import { checkPairs, toAlignedParagraphs } from "@/lib/import/preview-model";
import { makeSlug } from "@/lib/import/slug";
import { checkSide, MAX_SIDE_BYTES, utf8Bytes, type SideProblem } from "@/lib/import/validate-side";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import type { AlignPreview, SideProblems } from "@/lib/workers/align-job";
import { alignInWorker } from "@/lib/workers/align-pool";
import { PoolBusyError } from "@/lib/workers/pool";

export type { AlignPreview };

/** An AlignPreview as JSON text (lib/workers/align-job.ts says why); the browser parses it. */
export type AlignPreviewJson = { previewJson: string };

type T = Awaited<ReturnType<typeof getTranslations<"Import">>>;

const SIDE_ERROR = { EMPTY: "empty", TOO_LARGE: "tooLarge", BINARY: "binary", NO_CHINESE: "noChinese" } as const;

function sideMessage(t: T, which: "zh" | "en", problem: SideProblem) {
  return t(`errors.${SIDE_ERROR[problem]}`, { side: which === "zh" ? t("chineseSide") : t("englishSide") });
}

/** One failure naming every side that has a problem, each under its own field. */
function sidesError(t: T, problems: SideProblems) {
  const fields = Object.fromEntries(Object.entries(problems).map(([which, problem]) => [which, sideMessage(t, which as "zh" | "en", problem)]));
  return fail("VALIDATION", Object.values(fields).join(" "), fields);
}

// Any object: each side's own checks below name what is wrong with it, both sides at once.
const alignSchema = z.object({ zh: z.unknown(), en: z.unknown() });

/** Repairs both sides (the same reflow as the seed article) and aligns them in a worker thread; nothing is stored yet. */
export async function alignImport(input: unknown): Promise<ActionResult<AlignPreviewJson>> {
  return signedInAction(
    "Import",
    input,
    alignSchema,
    async ({ data: sent, t: tr }) => {
      const t = tr as unknown as T;
      // Missing and oversized sides are told apart here, cheaply; the full side checks run in the worker.
      const problems: SideProblems = {};
      for (const which of ["zh", "en"] as const) {
        const value = sent[which];
        if (typeof value !== "string") problems[which] = "EMPTY";
        // Over the limit in UTF-16 units is over it in UTF-8 bytes too.
        else if (value.length > MAX_SIDE_BYTES) problems[which] = "TOO_LARGE";
      }
      if (problems.zh || problems.en) {
        // The other side may be wrong too: say so in the same answer.
        for (const which of ["zh", "en"] as const) {
          const value = sent[which];
          if (!problems[which] && typeof value === "string") problems[which] = checkSide(value, which) ?? undefined;
        }
        return sidesError(t, Object.fromEntries(Object.entries(problems).filter(([, p]) => p)) as SideProblems);
      }
      try {
        // The side checks (checkSide) run in the worker too: on 2 MB they take a few hundred milliseconds.
        const outcome = await alignInWorker({ zh: sent.zh as string, en: sent.en as string });
        return outcome.ok ? ok({ previewJson: outcome.previewJson }) : sidesError(t, outcome.problems);
      } catch (err) {
        const tw = await getTranslations("ImportWorker");
        if (err instanceof PoolBusyError) return fail("RATE_LIMITED", tw("busy"));
        console.error("alignment failed", err);
        return fail("INTERNAL", tw("failed"));
      }
    },
    (tr) => sidesError(tr as unknown as T, { zh: "EMPTY", en: "EMPTY" }),
  );
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
        // Stored so the reader can mark doubtful pairs; they only ever mark the sender's own text.
        beadScores: z.array(z.number().min(0).max(1).nullable()).max(20_000).nullable().optional(),
      }),
    )
    .min(1)
    .max(50_000),
});

/** Every field error at once, so the user fixes them in one go. */
function saveFieldsError(t: Translator, error: z.ZodError) {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field === "title") fields.title = t("errors.title");
    else if (field === "url") fields.url = t("errors.url");
    else fields.pairs = t("errors.invalidPreview");
  }
  return fail("VALIDATION", Object.values(fields).join(" "), fields.title || fields.url ? fields : undefined);
}

/** Stores the (possibly hand-fixed) preview as a private text of the signed-in user, in one transaction. */
export async function saveImport(input: unknown): Promise<ActionResult<{ slug: string }>> {
  return signedInAction("Import", input, saveSchema, async ({ user, data, t: tr }) => {
    const t = tr as unknown as T;
    const { title, author, source, url, pairs } = data;
    if (checkPairs(pairs)) return fail("VALIDATION", t("errors.invalidPreview"));
    const paragraphs = toAlignedParagraphs(pairs);
    const zhAll = paragraphs.map((p) => p.zh).join("\n");
    const enAll = paragraphs.map((p) => p.en).join("\n");
    const problems: SideProblems = {};
    for (const [which, text] of [["zh", zhAll], ["en", enAll]] as const) {
      // Size is re-checked on the joined text: the preview may not grow past the limit by hand.
      const problem = checkSide(text, which) ?? (utf8Bytes(text) > MAX_SIDE_BYTES ? "TOO_LARGE" : null);
      if (problem) problems[which] = problem;
    }
    if (problems.zh || problems.en) return sidesError(t, problems);
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
  }, saveFieldsError);
}
