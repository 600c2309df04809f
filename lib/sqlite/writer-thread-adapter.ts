// The SQLite writer connection as a Prisma driver adapter whose queries run on
// a worker thread (writer-thread.mjs). Prisma sees an ordinary adapter; every
// query is a message to that thread and an answer back.
//
// Why: with better-sqlite3 a write runs on the calling thread, and a commit
// with synchronous=FULL waits there for the disk. On the server's thread that
// wait stopped every other request: under load a saved highlight's commit
// took 1 ms at the median and over 100 ms at worst, and each one held up
// every reader behind it. On its own thread the disk wait costs the server
// nothing; durability is unchanged (the commit is still acknowledged only
// once it is on disk).
//
// Plain reads stay on the server's thread, on the read-only connection
// (lib/serialized-adapter.ts): in WAL mode they never wait for the writer,
// and a message round trip would only add to them.
import { Worker } from "node:worker_threads";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type SqlDriverAdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect">;
type SqlQuery = Parameters<SqlDriverAdapter["queryRaw"]>[0];
type SqlResultSet = Awaited<ReturnType<SqlDriverAdapter["queryRaw"]>>;
type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;
type IsolationLevel = Parameters<SqlDriverAdapter["startTransaction"]>[0];

type Op = "connect" | "queryRaw" | "executeRaw" | "executeScript" | "startTransaction" | "commit" | "rollback" | "batch" | "dispose";

/** One statement of a batch: SQL with `?` placeholders, and values better-sqlite3 binds as they are. */
export interface BatchStatement {
  sql: string;
  values: Array<string | number | bigint | null | Uint8Array>;
}

interface WireError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  cause?: Record<string, unknown>;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/**
 * The thread's error as the caller's: Prisma maps a DriverAdapterError by its
 * name and `cause` (a unique violation becomes P2002), lib/database-busy.ts
 * reads `code` (SQLITE_BUSY).
 */
export function errorFromThread(e: WireError): Error {
  const err = new Error(e.message) as Error & { code?: string };
  err.name = e.name;
  if (e.code !== undefined) err.code = e.code;
  if (e.cause !== undefined) err.cause = e.cause;
  if (e.stack) err.stack = `${e.stack}\n    (on the SQLite writer thread)`;
  return err;
}

export interface WriterThreadOptions {
  url: string;
  /** better-sqlite3's busy timeout, in milliseconds. */
  timeout: number;
  /** SQL the thread runs right after it opens the connection (its pragmas), and again if it is ever restarted. */
  setup: string;
  /** Called when Prisma disposes of the connection (the client's $disconnect). */
  onDispose?: () => void;
}

/** One worker thread holding the writer connection; restarted on the next query if it ever exits. */
class WriterThread {
  private worker: Worker | null = null;
  private ready: Promise<unknown> | null = null;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(private readonly opts: WriterThreadOptions) {}

  private start(): Worker {
    // Literal, so that Next bundles the entry (see lib/workers/align-pool.ts).
    const worker = new Worker(new URL("./writer-thread.mjs", import.meta.url), { workerData: { url: this.opts.url, timeout: this.opts.timeout } });
    // The thread keeps the process alive only while a query waits on it (see call()).
    worker.unref();
    worker.on("message", (reply: Reply) => this.settle(reply));
    const stopped = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = null;
      const err = new Error(`the SQLite writer thread stopped (${reason}); the query was not run or not acknowledged`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on("error", (err) => stopped(err.message));
    worker.on("exit", (code) => stopped(`exit code ${code}`));
    this.worker = worker;
    this.ready = this.post(worker, "connect").then(() => this.post(worker, "executeScript", this.opts.setup));
    return worker;
  }

  private settle(reply: Reply) {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.ok) p.resolve(reply.value);
    else p.reject(errorFromThread(reply.error));
  }

  private post(worker: Worker, op: Op, arg?: unknown, tx?: number): Promise<unknown> {
    // A message to a thread that has stopped would never be answered.
    if (this.worker !== worker) return Promise.reject(new Error("the SQLite writer thread stopped; the query was not run"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, arg, tx });
    });
  }

  /** Opens the connection (and its setup) on its thread, once. */
  async connect(): Promise<void> {
    if (!this.worker) this.start();
    await this.ready;
  }

  async call(op: Op, arg?: unknown, tx?: number): Promise<unknown> {
    const worker = this.worker ?? this.start();
    await this.ready;
    return this.post(worker, op, arg, tx);
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    await this.call("dispose");
    // Held until the thread is gone: an unreferenced thread would let a script's process end right here.
    worker.ref();
    await exited;
  }
}

export type WriterOnThread = SqlDriverAdapterFactory & {
  /**
   * Stores the statements together or not at all, in one message to the
   * thread, which commits batches that arrive together in one transaction
   * (group commit, writer-thread.mjs). Resolves once the commit is on disk.
   */
  writeBatch(statements: BatchStatement[]): Promise<void>;
  /** Resolves once the thread's connection is open and set up (the file is in WAL mode from then on). */
  opened(): Promise<void>;
};

/** A driver adapter factory for the SQLite file at `url`, its connection on a worker thread. */
export function writerOnThread(opts: WriterThreadOptions): WriterOnThread {
  const inProcess = new PrismaBetterSQLite3({ url: opts.url, timeout: opts.timeout });
  const { provider, adapterName } = inProcess;
  // One thread for Prisma's adapter and for writeBatch: SQLite has one writer.
  const thread = new WriterThread(opts);
  return {
    provider,
    adapterName,
    writeBatch: async (statements) => void (await thread.call("batch", statements)),
    opened: () => thread.connect(),
    connect: async () => {
      await thread.connect();
      const adapter: SqlDriverAdapter = {
        provider,
        adapterName,
        queryRaw: async (query: SqlQuery) => (await thread.call("queryRaw", query)) as SqlResultSet,
        executeRaw: async (query: SqlQuery) => (await thread.call("executeRaw", query)) as number,
        executeScript: async (script: string) => void (await thread.call("executeScript", script)),
        startTransaction: async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
          const { id, options } = (await thread.call("startTransaction", isolationLevel ?? null)) as { id: number; options: Transaction["options"] };
          return {
            provider,
            adapterName,
            options,
            queryRaw: async (query: SqlQuery) => (await thread.call("queryRaw", query, id)) as SqlResultSet,
            executeRaw: async (query: SqlQuery) => (await thread.call("executeRaw", query, id)) as number,
            commit: async () => void (await thread.call("commit", undefined, id)),
            rollback: async () => void (await thread.call("rollback", undefined, id)),
          };
        },
        dispose: async () => {
          opts.onDispose?.();
          await thread.dispose();
        },
      };
      return adapter;
    },
  };
}
