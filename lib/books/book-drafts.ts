// Between the two requests of a book import (read the files, then import the
// checked chapter pairs) the chapters wait here, in the server's memory, so a
// 30 MB book is uploaded once. Import jobs report their progress here too.
// One process serves the app (SQLite), so memory is the right place; a draft
// or finished job is dropped after a while.
import { randomUUID } from "node:crypto";
import { alignChapterFeatures, type ChapterPair } from "./chapter-align";
import type { ReadBook } from "./book-tasks";
import type { ImportProgress } from "./import-book";
import type { ChapterSource, SourceChapter } from "./types";

const TTL_MS = 30 * 60_000;
const MAX_DRAFTS_PER_USER = 2;

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

interface Store {
  drafts: Map<string, BookDraft>;
  jobs: Map<string, { userId: string; state: JobState; at: number }>;
}

const globalStore = globalThis as unknown as { bookDrafts?: Store };
const store = (): Store => (globalStore.bookDrafts ??= { drafts: new Map(), jobs: new Map() });

function sweep(now = Date.now()) {
  const { drafts, jobs } = store();
  for (const [k, d] of drafts) if (now - d.at > TTL_MS) drafts.delete(k);
  for (const [k, j] of jobs) if (j.state.status !== "running" && now - j.at > TTL_MS) jobs.delete(k);
}

export function putDraft(userId: string, zh: ReadBook, en: ReadBook): { token: string; draft: BookDraft } {
  sweep();
  const { drafts } = store();
  // A user keeps at most a couple of books in memory: older drafts of theirs go.
  const mine = [...drafts].filter(([, d]) => d.userId === userId).sort((a, b) => a[1].at - b[1].at);
  for (const [k] of mine.slice(0, Math.max(0, mine.length - MAX_DRAFTS_PER_USER + 1))) drafts.delete(k);
  const token = randomUUID();
  const draft = { userId, zh: zh.source, en: en.source, features: { zh: zh.features, en: en.features }, at: Date.now() };
  drafts.set(token, draft);
  return { token, draft };
}

/** The user's own draft, or null (someone else's token looks like an expired one). */
export function getDraft(userId: string, token: string): BookDraft | null {
  sweep();
  const d = store().drafts.get(token);
  return d && d.userId === userId ? d : null;
}

export const dropDraft = (token: string) => void store().drafts.delete(token);

export function startJob(userId: string): string {
  const id = randomUUID();
  store().jobs.set(id, { userId, state: { status: "running", progress: { step: "chapters", done: 0, total: 1 } }, at: Date.now() });
  return id;
}

export function setJob(id: string, state: JobState) {
  const job = store().jobs.get(id);
  if (job) Object.assign(job, { state, at: Date.now() });
}

export function getJob(userId: string, id: string): JobState | null {
  const job = store().jobs.get(id);
  return job && job.userId === userId ? job.state : null;
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
