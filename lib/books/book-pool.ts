// The server's book pool: reading EPUBs and aligning chapters run in worker
// threads, so a book import (tens of seconds of CPU) never stops the server
// from answering everyone else. Same pool as the text import's, own entry.
import { Worker } from "node:worker_threads";
import { alignPoolSize } from "@/lib/workers/align-pool";
import { WorkerPool } from "@/lib/workers/pool";
import type { BookTask, BookTaskResult } from "./book-tasks";

type Pool = WorkerPool<BookTask, BookTaskResult<BookTask>>;

function createPool(): Pool {
  return new WorkerPool({
    // Literal, so Next's bundler compiles the entry (see lib/workers/align-pool.ts).
    create: () => new Worker(new URL("./book.worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 2048 } }),
    size: alignPoolSize(),
    maxQueued: 64,
    idleMs: 5 * 60_000,
    // One chapter pair; a 2 MB chapter aligns in well under this.
    taskTimeoutMs: 120_000,
  });
}

const globalForPool = globalThis as unknown as { bookPool?: Pool };

/** Runs one book task in a worker thread (one pool per process, kept across dev reloads). */
export function runInBookWorker<T extends BookTask>(task: T): Promise<BookTaskResult<T>> {
  globalForPool.bookPool ??= createPool();
  return globalForPool.bookPool.run(task) as Promise<BookTaskResult<T>>;
}
