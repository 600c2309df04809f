// Between the two requests of a book import (read the files, then import the
// checked chapter pairs) the chapters wait in the database, gzipped, so a
// 30 MB book is uploaded once and the second request may reach any app
// server. Import jobs report their progress there too. Drafts and finished
// jobs are dropped after a while.
import { randomUUID } from "node:crypto";
import { gunzipSync, gzipSync, strFromU8, strToU8 } from "fflate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { alignChapterFeatures, type ChapterPair } from "./chapter-align";
import type { ReadBook } from "./book-tasks";
import type { ImportProgress } from "./import-book";
import type { ChapterSource, SourceChapter } from "./types";

const TTL_MS = 30 * 60_000;
const MAX_DRAFTS_PER_USER = 2;
/** A running job whose server has said nothing for this long has died with it. */
const STALE_MS = 5 * 60_000;

export interface BookDraft {
  userId: string;
  zh: ChapterSource;
  en: ChapterSource;
  features: { zh: ReadBook["features"]; en: ReadBook["features"] };
  at: number;
}

export type JobState =
  | { status: "running"; progress: ImportProgress }
  | { status: "done"; slug: string }
  | { status: "failed"; reason: { kind: "chapter"; chapter: number; side: "zh" | "en"; problem: string } | { kind: "busy" } | { kind: "internal" } };

type Db = Pick<PrismaClient, "bookDraft" | "bookImportJob">;

// Drafts never change once written, so a server keeps the last few it parsed
// (a rematch after each tick would otherwise unzip and parse the book again).
// The row is still checked on every read, so a draft dropped elsewhere is gone here too.
const parsed = new Map<string, BookDraft>();
function remember(token: string, draft: BookDraft) {
  parsed.delete(token);
  parsed.set(token, draft);
  while (parsed.size > 4) parsed.delete(parsed.keys().next().value!);
}

async function sweep(db: Db, now = Date.now()) {
  const before = new Date(now - TTL_MS);
  await db.bookDraft.deleteMany({ where: { createdAt: { lt: before } } });
  await db.bookImportJob.deleteMany({ where: { updatedAt: { lt: before } } });
}

export async function putDraft(db: Db, userId: string, zh: ReadBook, en: ReadBook): Promise<{ token: string; draft: BookDraft }> {
  await sweep(db);
  // A user keeps at most a couple of books waiting: older drafts of theirs go.
  const older = await db.bookDraft.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, skip: MAX_DRAFTS_PER_USER - 1, select: { id: true } });
  if (older.length) await db.bookDraft.deleteMany({ where: { id: { in: older.map((d) => d.id) } } });
  const token = randomUUID();
  const draft: BookDraft = { userId, zh: zh.source, en: en.source, features: { zh: zh.features, en: en.features }, at: Date.now() };
  const body = { zh: draft.zh, en: draft.en, features: draft.features };
  await db.bookDraft.create({ data: { id: token, userId, createdAt: new Date(draft.at), payload: Buffer.from(gzipSync(strToU8(JSON.stringify(body)), { level: 1 })) } });
  remember(token, draft);
  return { token, draft };
}

/** The user's own draft, or null (someone else's token looks like an expired one). */
export async function getDraft(db: Db, userId: string, token: string): Promise<BookDraft | null> {
  const since = new Date(Date.now() - TTL_MS);
  const known = parsed.get(token);
  if (known) {
    const row = await db.bookDraft.findFirst({ where: { id: token, userId, createdAt: { gte: since } }, select: { id: true } });
    return row ? known : null;
  }
  const row = await db.bookDraft.findFirst({ where: { id: token, userId, createdAt: { gte: since } } });
  if (!row) return null;
  const body = JSON.parse(strFromU8(gunzipSync(row.payload))) as Omit<BookDraft, "userId" | "at">;
  const draft: BookDraft = { ...body, userId, at: row.createdAt.getTime() };
  remember(token, draft);
  return draft;
}

export async function dropDraft(db: Db, token: string): Promise<void> {
  parsed.delete(token);
  await db.bookDraft.deleteMany({ where: { id: token } });
}

export async function startJob(db: Db, userId: string): Promise<string> {
  await sweep(db);
  const id = randomUUID();
  const state: JobState = { status: "running", progress: { step: "chapters", done: 0, total: 1 } };
  await db.bookImportJob.create({ data: { id, userId, state: JSON.stringify(state) } });
  return id;
}

export async function setJob(db: Db, id: string, state: JobState): Promise<void> {
  await db.bookImportJob.updateMany({ where: { id }, data: { state: JSON.stringify(state) } });
}

/**
 * Progress reports for a job, written at most every `everyMs` within a step
 * (a book has thousands of paragraphs; the page polls about once a second). The final
 * state is always written, after any progress write still in flight.
 */
export function jobReporter(db: Db, id: string, everyMs = 500) {
  let last = 0;
  let step = "";
  let chain: Promise<void> = Promise.resolve();
  const write = (state: JobState) => {
    chain = chain.then(() => setJob(db, id, state)).catch((err) => console.error("book import progress not saved", err));
    return chain;
  };
  return {
    progress(progress: ImportProgress) {
      const now = Date.now();
      // A new step is always shown: the bar names it.
      if (now - last < everyMs && progress.step === step) return;
      last = now;
      step = progress.step;
      void write({ status: "running", progress });
    },
    finish: (state: Exclude<JobState, { status: "running" }>) => write(state),
  };
}

export async function getJob(db: Db, userId: string, id: string, now = Date.now()): Promise<JobState | null> {
  const row = await db.bookImportJob.findFirst({ where: { id, userId } });
  if (!row) return null;
  const state = JSON.parse(row.state) as JobState;
  // The server running it stopped (restart, crash): say so instead of a bar that never moves.
  if (state.status === "running" && now - row.updatedAt.getTime() > STALE_MS) return { status: "failed", reason: { kind: "internal" } };
  return state;
}

/** The chapters that take part: body chapters, plus the matter the user ticked. */
export function includedChapters(chapters: SourceChapter[], ticked: number[] | null): number[] {
  if (ticked) return [...new Set(ticked)].filter((i) => i >= 0 && i < chapters.length).sort((a, b) => a - b);
  return chapters.flatMap((c, i) => (c.kind === "body" ? [i] : []));
}

/** The chapter alignment over the included chapters, in the draft's own chapter indices. */
export function matchDraft(draft: BookDraft, zhIncluded: number[], enIncluded: number[]): ChapterPair[] {
  return alignChapterFeatures(
    zhIncluded.map((i) => draft.features.zh[i]),
    enIncluded.map((j) => draft.features.en[j]),
  ).map((p) => ({
    ...p,
    zh: p.zh.map((k) => zhIncluded[k]),
    en: p.en.map((k) => enIncluded[k]),
  }));
}
