import "server-only";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { runInBookWorker } from "@/lib/books/book-pool";
import { includedChapters, matchDraft, putDraft } from "@/lib/books/book-drafts";
import { outlineOf, type BookOutline } from "@/lib/books/outline";
import type { ReadBook } from "@/lib/books/book-tasks";
import { MAX_BOOK_BYTES } from "@/lib/books/types";
import { PoolBusyError } from "@/lib/workers/pool";
import type { Translator } from "@/lib/server-action";

const PROBLEM_KEY = {
  TOO_LARGE: "tooLarge",
  DRM: "drm",
  MALFORMED: "malformed",
  IMAGE_ONLY: "imageOnly",
  EMPTY: "empty",
  NOT_UTF8: "notUtf8",
  FILE_TYPE: "fileType",
} as const;

const sideName = (t: Translator, side: "zh" | "en") => t(side === "zh" ? "zhBook" : "enBook");

/** Reads both uploaded books in the worker pool and answers with the outline to check, or a localized reason. */
export async function readUploadedBook(userId: string, zhFile: unknown, enFile: unknown, t: Translator): Promise<ActionResult<BookOutline>> {
  const files = { zh: zhFile, en: enFile };
  for (const side of ["zh", "en"] as const) {
    const f = files[side];
    if (!(f instanceof File) || f.size === 0) return fail("VALIDATION", t("errors.missing", { side: sideName(t, side) }));
    if (f.size > MAX_BOOK_BYTES) return fail("VALIDATION", t("errors.tooLarge", { side: sideName(t, side) }));
  }
  try {
    const [zh, en] = await Promise.all(
      (["zh", "en"] as const).map(async (side) => {
        const f = files[side] as File;
        return { side, outcome: await runInBookWorker({ op: "read", name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), lang: side }) };
      }),
    );
    const books: Partial<Record<"zh" | "en", ReadBook>> = {};
    for (const { side, outcome } of [zh, en]) {
      if (!outcome.ok) return fail("VALIDATION", t(`errors.${PROBLEM_KEY[outcome.problem]}`, { side: sideName(t, side) }));
      books[side] = outcome.book;
    }
    const { token, draft } = await putDraft(db, userId, books.zh!, books.en!);
    const included = { zh: includedChapters(draft.zh.chapters, null), en: includedChapters(draft.en.chapters, null) };
    return ok(outlineOf(token, draft, included, matchDraft(draft, included.zh, included.en)));
  } catch (err) {
    if (err instanceof PoolBusyError) return fail("RATE_LIMITED", t("errors.busy"));
    console.error("reading a book failed", err);
    return fail("INTERNAL", t("errors.generic"));
  }
}
