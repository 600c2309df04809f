// Parses and validates a backup file off the server's thread: JSON.parse and
// the schema check of a 10 MB backup take the thread for about a second on a
// loaded machine, during which no other request is answered. Getting the
// parsed backup back from the worker costs a fraction of that.
import { Worker } from "node:worker_threads";
import { parseBackup, type ParsedBackup } from "@/lib/export/backup";
import { sharedPool, WorkerPool } from "./pool";

const createPool = () =>
  new WorkerPool<string, ParsedBackup>({
    // Literal, so that Next bundles the entry (see align-pool.ts).
    create: () => new Worker(new URL("./backup.worker.ts", import.meta.url)),
    size: 1,
    maxQueued: 8,
    idleMs: 60_000,
    taskTimeoutMs: 60_000,
  });

/** parseBackup in a worker thread; on this thread after all when the pool is busy or its worker fails (same answer, only slower for others). */
export async function parseBackupInWorker(text: string): Promise<ParsedBackup> {
  try {
    return await sharedPool("backup", createPool).run(text);
  } catch (err) {
    console.error("backup parsing worker unavailable, parsing in-process", err);
    return parseBackup(text);
  }
}
