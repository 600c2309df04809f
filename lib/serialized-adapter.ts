// The better-sqlite3 driver adapter runs every query on one connection. It
// queues transactions behind each other, but a plain query issued while
// another request's transaction is open runs on that same connection, inside
// that transaction: a rollback there silently undoes it (a highlight saved by
// one request lost because another request's note failed), and a read can see
// rows that are never committed. This wrapper fixes that, and keeps reads
// from queueing behind a long write:
//
// - Plain writes wait while a transaction is open (SQLite has one writer).
// - Plain reads (a single SELECT) go to a second, read-only connection at once.
//   In WAL mode a reader sees the last committed state and never waits for the
//   writer, so a read issued during a 60 s restore answers in milliseconds and
//   can never see that restore's uncommitted rows. Every statement there is its
//   own read transaction, so a read always sees every write already acknowledged.
// - Queries inside a transaction run on the writer, through the transaction.
//
// Reads are synchronous in better-sqlite3 and the adapter wraps each answer
// in an already-resolved promise, so a long run of awaited reads never
// returns to the event loop: no other request, not even a static file, would
// be served until it ends. (The writer is on a thread of its own,
// lib/sqlite/writer-thread-adapter.ts, so each of its queries already waits
// for a message.) So queries yield to the event loop: a plain
// query once the current turn has run longer than YIELD_AFTER_MS, a query in
// a transaction once that transaction has run TX_YIELD_AFTER_MS since it
// last yielded. Transactions get the longer slice because every yield keeps
// the write lock held while other requests run: a short transaction (a saved
// highlight) never yields, a restore still lets everyone else in.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The driver-adapter types, as the better-sqlite3 adapter exposes them.
type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type SqlDriverAdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect">;
type SqlQuery = Parameters<SqlDriverAdapter["queryRaw"]>[0];
type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;

/** How long plain queries may run back to back before other requests get a turn. */
export const YIELD_AFTER_MS = 10;
/** How long a transaction may run before other requests get a turn. */
export const TX_YIELD_AFTER_MS = 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A read that can run on the read-only connection: one SELECT statement (better-sqlite3 prepares one statement only). */
export const isPlainRead = (sql: string) => /^\s*select\b/i.test(sql);

/** Tracks how long queries have run back to back in this event-loop turn, and hands the loop back when that gets long. */
class EventLoopTurns {
  private since = 0;
  private inTurn = false;

  /** Resolves at once within the budget; otherwise after other pending work (I/O included) has run. */
  async take(): Promise<void> {
    if (!this.inTurn) {
      // The first query of this turn: the budget starts now, and ends when the event loop moves on.
      this.inTurn = true;
      this.since = performance.now();
      setImmediate(() => (this.inTurn = false));
      return;
    }
    if (performance.now() - this.since < YIELD_AFTER_MS) return;
    await nextTurn(); // the marker above was queued first, so the next query starts a fresh budget
  }
}

/** A transaction's own slice: yields once it has run TX_YIELD_AFTER_MS since it started or last yielded. */
function transactionSlices(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < TX_YIELD_AFTER_MS) return;
    await nextTurn();
    since = performance.now();
  };
}

class SerializedAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly getConnectionInfo?: SqlDriverAdapter["getConnectionInfo"];
  /** Settles when the open transaction (if any) commits or rolls back. */
  private open: Promise<void> | null = null;
  private readonly turns = new EventLoopTurns();

  constructor(
    private readonly writer: SqlDriverAdapter,
    private readonly reader: SqlDriverAdapter | null,
  ) {
    this.provider = writer.provider;
    this.adapterName = writer.adapterName;
    if (writer.getConnectionInfo) this.getConnectionInfo = () => writer.getConnectionInfo!();
  }

  /** Waits until no transaction is open on the writer. */
  private async idle(): Promise<void> {
    while (this.open) await this.open;
  }

  async queryRaw(query: SqlQuery) {
    await this.turns.take();
    if (this.reader && isPlainRead(query.sql)) return this.reader.queryRaw(query);
    await this.idle();
    return this.writer.queryRaw(query);
  }

  async executeRaw(query: SqlQuery) {
    await this.turns.take();
    await this.idle();
    return this.writer.executeRaw(query);
  }

  async executeScript(script: string) {
    await this.idle();
    return this.writer.executeScript(script);
  }

  async startTransaction(isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]): Promise<Transaction> {
    await this.idle();
    let settle!: () => void;
    const open = new Promise<void>((resolve) => (settle = resolve));
    this.open = open;
    const done = () => {
      if (this.open === open) this.open = null;
      settle();
    };
    let tx: Transaction;
    try {
      tx = await this.writer.startTransaction(isolationLevel);
    } catch (err) {
      done();
      throw err;
    }
    const slice = transactionSlices();
    // Prisma sends COMMIT / ROLLBACK as SQL through the transaction, then calls these.
    return {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: tx.options,
      queryRaw: async (query) => {
        await slice();
        return tx.queryRaw(query);
      },
      executeRaw: async (query) => {
        await slice();
        return tx.executeRaw(query);
      },
      commit: async () => {
        try {
          await tx.commit();
        } finally {
          done();
        }
      },
      rollback: async () => {
        try {
          await tx.rollback();
        } finally {
          done();
        }
      },
    };
  }

  async dispose() {
    await Promise.all([this.writer.dispose(), this.reader?.dispose()]);
  }
}

export interface SerializedOptions {
  /** The second connection plain reads use; opened read-only, after the writer (which sets its own pragmas). */
  reader?: SqlDriverAdapterFactory;
}

/** The adapter factory with plain writes held back while a transaction is open, and plain reads on their own connection. */
export function serializeTransactions(writer: SqlDriverAdapterFactory, opts: SerializedOptions = {}): SqlDriverAdapterFactory {
  return {
    provider: writer.provider,
    adapterName: writer.adapterName,
    connect: async () => {
      const w = await writer.connect();
      try {
        // The reader opens once the writer has switched the file to WAL, which a read-only connection cannot do.
        const r = opts.reader ? await opts.reader.connect() : null;
        return new SerializedAdapter(w, r);
      } catch (err) {
        await w.dispose();
        throw err;
      }
    },
  };
}
