// The server's alignment pool: imports are aligned in worker threads, so a
// 2 MB-per-side import (several seconds of CPU) no longer stops the server
// from answering everyone else meanwhile.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { AlignJob, AlignOutcome } from "./align-job";
import { WorkerPool } from "./pool";

/**
 * ALIGN_WORKERS sets the pool size. By default one core stays free for the
 * server's own thread, with at least one worker and at most four (each holds
 * its own copy of the lexicon, about 200 MB).
 */
export function alignPoolSize(env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): number {
  const set = Number(env.ALIGN_WORKERS);
  if (Number.isInteger(set) && set > 0) return set;
  return Math.max(1, Math.min(4, cores - 1));
}

function createPool(): WorkerPool<AlignJob, AlignOutcome> {
  return new WorkerPool<AlignJob, AlignOutcome>({
    // Written literally so Next's bundler sees the worker entry and compiles it
    // (with its imports) into the server build; a path computed at run time
    // would point at a TypeScript file `next start` cannot load.
    create: () => new Worker(new URL("./align.worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 2048 } }),
    size: alignPoolSize(),
    maxQueued: 16,
    idleMs: 5 * 60_000,
    // The aligner takes under 10 s for the largest import the form accepts.
    taskTimeoutMs: 120_000,
  });
}

const globalForPool = globalThis as unknown as { alignPool?: WorkerPool<AlignJob, AlignOutcome> };

/** Aligns an import in a worker thread (one pool per process, kept across dev reloads). */
export function alignInWorker(job: AlignJob): Promise<AlignOutcome> {
  globalForPool.alignPool ??= createPool();
  return globalForPool.alignPool.run(job);
}
