// A book import after the user checked the chapter alignment: repair each
// chapter pair into paragraphs, align its paragraphs and sentences, then save
// everything at once. The CPU work goes through `run` (the worker pool in the
// app, the same pool in bench:book); progress names the step.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BookTask, BookTaskResult } from "./book-tasks";
import { saveBook, type BookChapter, type BookMeta } from "./save-book";

export type ImportStep = "chapters" | "paragraphs" | "sentences" | "saving";
export interface ImportProgress {
  step: ImportStep;
  done: number;
  total: number;
}

export interface ChapterPairText {
  titleZh: string;
  titleEn: string;
  zh: string;
  en: string;
}

/** A chapter pair that cannot be imported: which one, which side, and why (checkSide's verdict). */
export class ChapterProblemError extends Error {
  constructor(readonly chapter: number, readonly side: "zh" | "en", readonly problem: string) {
    super(`chapter ${chapter + 1} (${side}): ${problem}`);
  }
}

export type TaskRunner = <T extends BookTask>(task: T) => Promise<BookTaskResult<T>>;

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
async function mapLimit<I, O>(items: I[], limit: number, fn: (item: I, index: number) => Promise<O>): Promise<O[]> {
  const out = new Array<O>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const k = next++;
      out[k] = await fn(items[k], k);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

export interface ImportTimings {
  paragraphs: number;
  sentences: number;
  saving: number;
}

export async function importBook(
  db: PrismaClient,
  run: TaskRunner,
  opts: { ownerId: string; meta: BookMeta; chapters: ChapterPairText[]; concurrency: number; onProgress?: (p: ImportProgress) => void },
): Promise<{ slug: string; timings: ImportTimings; sentences: { zh: number; en: number } }> {
  const { chapters, onProgress } = opts;
  const total = chapters.length;
  const t0 = performance.now();
  let done = 0;
  onProgress?.({ step: "paragraphs", done, total });
  const paragraphs = await mapLimit(chapters, opts.concurrency, async (c, k) => {
    const r = await run({ op: "paragraphs", zh: c.zh, en: c.en });
    if (!r.ok) throw new ChapterProblemError(k, r.side, r.problem);
    onProgress?.({ step: "paragraphs", done: ++done, total });
    return r;
  });
  const t1 = performance.now();
  done = 0;
  onProgress?.({ step: "sentences", done, total });
  const aligned = await mapLimit(paragraphs, opts.concurrency, async (p) => {
    const r = await run({ op: "sentences", zh: p.zh, en: p.en });
    onProgress?.({ step: "sentences", done: ++done, total });
    return r;
  });
  const t2 = performance.now();
  onProgress?.({ step: "saving", done: 0, total: 1 });
  const stored: BookChapter[] = aligned.map((a, k) => ({ titleZh: chapters[k].titleZh, titleEn: chapters[k].titleEn, paragraphs: a.paragraphs }));
  const { slug } = await saveBook(db, opts.ownerId, opts.meta, stored);
  onProgress?.({ step: "saving", done: 1, total: 1 });
  const t3 = performance.now();
  return {
    slug,
    timings: { paragraphs: t1 - t0, sentences: t2 - t1, saving: t3 - t2 },
    sentences: { zh: aligned.reduce((s, a) => s + a.zhSentences, 0), en: aligned.reduce((s, a) => s + a.enSentences, 0) },
  };
}
