"use server";

import { z } from "zod";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { dropDraft, getDraft, getJob, includedChapters, jobReporter, matchDraft, startJob, type JobState } from "@/lib/books/book-drafts";
import { runInBookWorker } from "@/lib/books/book-pool";
import type { ChapterPair } from "@/lib/books/chapter-align";
import { alignPoolSize } from "@/lib/workers/align-pool";
import { ChapterProblemError, importBook } from "@/lib/books/import-book";
import { validPairs } from "@/lib/books/outline";
import { PoolBusyError } from "@/lib/workers/pool";
import { signedInAction, type Translator } from "@/lib/server-action";

// Steps two and three of a book import (step one is POST /api/books/read):
// re-match the chapters after the user ticks or unticks some, then import the
// checked pairs in the background and report progress until it is done.

const token = z.string().uuid();
const indices = z.array(z.number().int().min(0).max(100_000)).max(5_000);
const text = (max: number) => z.string().trim().max(max).optional().default("");

const rematchSchema = z.object({ token, zh: indices, en: indices });
const startSchema = z.object({
  token,
  titleZh: text(300),
  titleEn: text(300),
  author: text(200),
  source: text(300),
  url: text(2000).refine((u) => u === "" || /^https?:\/\/\S+$/i.test(u)),
  pairs: z.array(z.object({ zh: indices.min(1).max(20), en: indices.min(1).max(20) })).min(1).max(5_000),
});

function invalid(t: Translator, error: z.ZodError) {
  const field = String(error.issues[0]?.path[0] ?? "");
  if (field === "url") return fail("VALIDATION", t("errors.url"), { url: t("errors.url") });
  if (field === "titleZh" || field === "titleEn") return fail("VALIDATION", t("errors.title"), { title: t("errors.title") });
  return fail("VALIDATION", t("errors.invalid"));
}

export async function rematchChapters(input: unknown): Promise<ActionResult<{ pairs: ChapterPair[] }>> {
  return signedInAction("Books", input, rematchSchema, async ({ user, data, t }) => {
    const draft = await getDraft(db, user.id, data.token);
    if (!draft) return fail("NOT_FOUND", t("errors.expired"));
    const zh = includedChapters(draft.zh.chapters, data.zh);
    const en = includedChapters(draft.en.chapters, data.en);
    if (zh.length === 0 || en.length === 0) return fail("VALIDATION", t("errors.noneTicked"));
    return ok({ pairs: matchDraft(draft, zh, en) });
  }, invalid);
}

export async function startBookImport(input: unknown): Promise<ActionResult<{ jobId: string }>> {
  return signedInAction("Books", input, startSchema, async ({ user, data, t }) => {
    const draft = await getDraft(db, user.id, data.token);
    if (!draft) return fail("NOT_FOUND", t("errors.expired"));
    if (!data.titleZh && !data.titleEn) return fail("VALIDATION", t("errors.title"), { title: t("errors.title") });
    if (!validPairs(data.pairs, draft.zh.chapters.length, draft.en.chapters.length)) return fail("VALIDATION", t("errors.invalid"));
    const join = (src: typeof draft.zh, idx: number[]) => idx.map((i) => src.chapters[i].text).join("\n\n");
    const chapters = data.pairs.map((p) => ({
      titleZh: draft.zh.chapters[p.zh[0]].title,
      titleEn: draft.en.chapters[p.en[0]].title,
      zh: join(draft.zh, p.zh),
      en: join(draft.en, p.en),
    }));
    const jobId = await startJob(db, user.id);
    const report = jobReporter(db, jobId);
    const meta = { titleZh: data.titleZh, titleEn: data.titleEn, author: data.author || null, source: data.source || null, url: data.url || null };
    // Not awaited: the page polls bookImportStatus while the workers align.
    void importBook(db, runInBookWorker, {
      ownerId: user.id,
      meta,
      chapters,
      concurrency: alignPoolSize(),
      onProgress: (progress) => report.progress(progress),
    }).then(
      async ({ slug }) => {
        await dropDraft(db, data.token);
        await report.finish({ status: "done", slug });
      },
      async (err) => {
        if (err instanceof ChapterProblemError) await report.finish({ status: "failed", reason: { kind: "chapter", chapter: err.chapter, side: err.side, problem: err.problem } });
        else if (err instanceof PoolBusyError) await report.finish({ status: "failed", reason: { kind: "busy" } });
        else {
          console.error("book import failed", err);
          await report.finish({ status: "failed", reason: { kind: "internal" } });
        }
      },
    ).catch((err) => console.error("book import outcome not saved", err));
    return ok({ jobId });
  }, invalid);
}

export type BookJobView = { status: "running"; step: string; done: number; total: number } | { status: "done"; slug: string } | { status: "failed"; message: string };

const SIDE_PROBLEM = { EMPTY: "chapterEmpty", TOO_LARGE: "chapterTooLarge", BINARY: "chapterBinary", NO_CHINESE: "chapterNoChinese" } as const;

function view(t: Translator, state: JobState): BookJobView {
  if (state.status === "running") return { status: "running", ...state.progress };
  if (state.status === "done") return state;
  const r = state.reason;
  if (r.kind === "busy") return { status: "failed", message: t("errors.busy") };
  if (r.kind === "internal") return { status: "failed", message: t("errors.importFailed") };
  const key = SIDE_PROBLEM[r.problem as keyof typeof SIDE_PROBLEM] ?? "chapterEmpty";
  return { status: "failed", message: t(`errors.${key}`, { chapter: r.chapter + 1, side: t(r.side === "zh" ? "zhBook" : "enBook") }) };
}

export async function bookImportStatus(input: unknown): Promise<ActionResult<BookJobView>> {
  return signedInAction("Books", input, z.object({ jobId: token }), async ({ user, data, t }) => {
    const state = await getJob(db, user.id, data.jobId);
    return state ? ok(view(t, state)) : fail("NOT_FOUND", t("errors.expired"));
  }, invalid);
}
