// bench:book: a generated ~300,000-Hanzi novel and its ~1.2 M-character
// English, as two EPUBs, imported the way the app does it: read in the book
// worker pool, chapters matched, paragraphs and sentences aligned per chapter
// pair in the pool, saved in one transaction to a fresh SQLite database.
// Prints the time of each step and the process's peak RSS (worker threads
// included). Target: < 60 s and < 1 GB.
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createTestDb } from "../features/review/test-db";
import { includedChapters, matchDraft } from "../lib/books/book-drafts";
import type { BookTask, BookTaskResult } from "../lib/books/book-tasks";
import { importBook } from "../lib/books/import-book";
import { makeEpub } from "../lib/books/make-epub";
import { alignPoolSize } from "../lib/workers/align-pool";
import { WorkerPool } from "../lib/workers/pool";
import { tsWorker } from "../lib/workers/ts-worker";
import { generateNovel } from "./bench-book-data";

const TARGET_S = 60;
const TARGET_MB = 1024;

async function main() {
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const step: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    step[name] = (step[name] ?? 0) + performance.now() - t0;
    return out;
  };

  const novel = generateNovel();
  const zhEpub = makeEpub({ title: "生成的小说", lang: "zh", chapters: novel.zh });
  const enEpub = makeEpub({ title: "A Generated Novel", lang: "en", chapters: novel.en });
  console.log(
    `book: ${novel.hanzi.toLocaleString("en")} Hanzi in ${novel.zh.length} chapters (with a preface), ` +
      `${novel.enChars.toLocaleString("en")} English characters in ${novel.en.length}; EPUBs ${(zhEpub.length / 1e6).toFixed(1)} + ${(enEpub.length / 1e6).toFixed(1)} MB`,
  );

  const size = alignPoolSize();
  const pool = new WorkerPool<BookTask, BookTaskResult<BookTask>>({
    create: () => tsWorker("../books/book.worker.ts"),
    size,
    maxQueued: 64,
    idleMs: 60_000,
    taskTimeoutMs: 300_000,
  });
  const run = <T extends BookTask>(task: T) => pool.run(task) as Promise<BookTaskResult<T>>;
  const { db, cleanup } = createTestDb();
  await db.user.create({ data: { id: "bench", name: "bench", email: "bench@example.test" } });

  // How long the main thread (the server's, in the app) was ever kept from answering, overall and per step.
  const stall = monitorEventLoopDelay({ resolution: 10 });
  stall.enable();
  let current = "read EPUBs";
  const worstLag: Record<string, number> = {};
  let tick = performance.now();
  const lagTimer = setInterval(() => {
    const now = performance.now();
    worstLag[current] = Math.max(worstLag[current] ?? 0, now - tick - 10);
    tick = now;
  }, 10);
  const t0 = performance.now();
  const [zh, en] = await time("read EPUBs", () =>
    Promise.all([run({ op: "read", name: "zh.epub", bytes: zhEpub, lang: "zh" }), run({ op: "read", name: "en.epub", bytes: enEpub, lang: "en" })]),
  );
  if (!zh.ok || !en.ok) throw new Error(`reading failed: ${JSON.stringify([zh, en].map((r) => (r.ok ? "ok" : r.problem)))}`);
  const draft = { userId: "bench", zh: zh.book.source, en: en.book.source, features: { zh: zh.book.features, en: en.book.features }, at: Date.now() };
  current = "chapters";
  const pairs = await time("chapters", () =>
    matchDraft(draft, includedChapters(draft.zh.chapters, null), includedChapters(draft.en.chapters, null)),
  );
  const paired = pairs.filter((p) => p.zh.length && p.en.length);
  const correct = paired.filter((p) => p.zh.length === 1 && p.en.length === 1 && p.zh[0] === p.en[0] + 1).length;
  const result = await importBook(db, run, {
    ownerId: "bench",
    meta: { titleZh: "生成的小说", titleEn: "A Generated Novel", author: null, source: null, url: null },
    chapters: paired.map((p) => ({
      titleZh: draft.zh.chapters[p.zh[0]].title,
      titleEn: draft.en.chapters[p.en[0]].title,
      zh: p.zh.map((i) => draft.zh.chapters[i].text).join("\n\n"),
      en: p.en.map((j) => draft.en.chapters[j].text).join("\n\n"),
    })),
    concurrency: size,
    onProgress: (p) => (current = p.step),
  });
  const total = (performance.now() - t0) / 1000;
  stall.disable();
  clearInterval(lagTimer);
  step.paragraphs = result.timings.paragraphs;
  step.sentences = result.timings.sentences;
  step.saving = result.timings.saving;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  const stored = await db.sentence.count();

  console.log(`chapter pairs: ${paired.length} (${correct} as generated; ${pairs.length - paired.length} without counterpart)`);
  console.log(`sentences: ${result.sentences.zh.toLocaleString("en")} zh, ${result.sentences.en.toLocaleString("en")} en; ${stored.toLocaleString("en")} sentence rows stored`);
  console.log(`workers: ${size} (of ${os.availableParallelism()} cores)`);
  console.log("step           seconds  longest main-thread stall (ms)");
  for (const [name, ms] of Object.entries(step)) {
    console.log(`${name.padEnd(14)} ${(ms / 1000).toFixed(2).padStart(7)}  ${Math.round(worstLag[name] ?? 0).toString().padStart(6)}`);
  }
  console.log(`total          ${total.toFixed(2).padStart(7)}  (target < ${TARGET_S} s: ${total < TARGET_S ? "met" : "MISSED"}; ${(total / TARGET_S).toFixed(2)} of it)`);
  const mb = peak / 1024 / 1024;
  console.log(`peak RSS       ${mb.toFixed(0).padStart(7)} MB (target < ${TARGET_MB} MB: ${mb < TARGET_MB ? "met" : "MISSED"}; ${(mb / TARGET_MB).toFixed(2)} of it)`);
  console.log(`main thread    longest stall ${(stall.max / 1e6).toFixed(0)} ms, p99 ${(stall.percentile(99) / 1e6).toFixed(0)} ms (the server answers between tasks and between save batches)`);
  await pool.close();
  await cleanup();
  if (correct !== paired.length || paired.length !== novel.en.length) process.exitCode = 1;
}

void main();
