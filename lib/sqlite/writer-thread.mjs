// The SQLite writer connection, on its own thread (lib/sqlite/writer-thread-adapter.ts).
//
// better-sqlite3 is synchronous: on the server's thread, every write and
// above all every commit (an fsync with synchronous=FULL: a millisecond when
// the disk is quiet, tens when it is not) stopped every other request for
// its whole length. Here the thread that waits is this one. Prisma's own
// better-sqlite3 adapter still does the SQL and the type mapping, so values
// and errors are exactly what they are in-process.
//
// Plain JavaScript (ESM) so that Node loads it as it is, under `next start`
// (Next bundles it from the literal `new URL(...)`) and under tsx or vitest.
import { parentPort, workerData } from "node:worker_threads";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const { url, timeout } = workerData;
let adapter = null;
const transactions = new Map();
let nextTx = 1;

/** What crosses to the server's thread: the fields Prisma and lib/database-busy.ts read from an error. */
function wireError(err) {
  if (!(err instanceof Error)) return { name: "Error", message: String(err) };
  return { name: err.name, message: err.message, stack: err.stack, code: typeof err.code === "string" ? err.code : undefined, cause: err.cause && typeof err.cause === "object" ? { ...err.cause } : undefined };
}

function txOf(id) {
  const tx = transactions.get(id);
  if (!tx) throw new Error(`transaction ${id} is not open on the writer thread`);
  return tx;
}

async function run({ op, tx, arg }) {
  switch (op) {
    case "connect":
      adapter = await new PrismaBetterSQLite3({ url, timeout }).connect();
      // The adapter's own better-sqlite3 connection, for group commit: one writer connection, never two.
      if (typeof adapter.client?.prepare !== "function") throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection as .client");
      return null;
    case "queryRaw":
      return tx ? txOf(tx).queryRaw(arg) : adapter.queryRaw(arg);
    case "executeRaw":
      return tx ? txOf(tx).executeRaw(arg) : adapter.executeRaw(arg);
    case "executeScript":
      return adapter.executeScript(arg);
    case "startTransaction": {
      const t = await adapter.startTransaction(arg ?? undefined);
      const id = nextTx++;
      transactions.set(id, t);
      return { id, options: t.options };
    }
    case "commit":
    case "rollback": {
      const t = txOf(tx);
      transactions.delete(tx);
      const done = op === "commit" ? t.commit() : t.rollback();
      groupCommit.resume();
      return done;
    }
    case "batch":
      return groupCommit.add(arg);
    case "dispose":
      await adapter?.dispose();
      adapter = null;
      return null;
    default:
      throw new Error(`unknown writer operation ${op}`);
  }
}

// Group commit for writeAtomically (lib/sqlite/fast-sql.ts): each batch is a list of statements that must
// be stored together or not at all. Batches that arrive while one commit waits for the disk are stored in
// the next transaction together, one savepoint each, so one fsync acknowledges all of them. A failing
// batch is rolled back to its savepoint alone: the others in its group are not affected. No batch is
// acknowledged before the commit that holds it is on disk, so durability is that of synchronous=FULL.
const groupCommit = {
  waiting: [],
  scheduled: false,
  statements: new Map(),
  add(batch) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      this.schedule();
    });
  },
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  },
  /** After a Prisma transaction on this connection ends: batches held back by it can go. */
  resume() {
    if (this.waiting.length) this.schedule();
  },
  prepared(db, sql) {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      // A handful of statements are sent this way; the cache is a guard, not a policy.
      if (this.statements.size > 200) this.statements.clear();
      this.statements.set(sql, stmt);
    }
    return stmt;
  },
  flush() {
    this.scheduled = false;
    // A Prisma transaction is open on this connection: its commit message calls resume().
    if (transactions.size > 0 || this.waiting.length === 0) return;
    const group = this.waiting.splice(0);
    const db = adapter.client;
    const outcomes = [];
    try {
      db.exec("BEGIN IMMEDIATE");
    } catch (err) {
      for (const w of group) w.reject(err);
      return;
    }
    try {
      for (const { batch } of group) {
        db.exec("SAVEPOINT batch");
        try {
          for (const { sql, values } of batch) this.prepared(db, sql).run(values);
          db.exec("RELEASE batch");
          outcomes.push(null);
        } catch (err) {
          db.exec("ROLLBACK TO batch");
          db.exec("RELEASE batch");
          outcomes.push(err);
        }
      }
      db.exec("COMMIT");
    } catch (err) {
      if (db.inTransaction) db.exec("ROLLBACK");
      for (const w of group) w.reject(err);
      return;
    }
    group.forEach((w, i) => (outcomes[i] ? w.reject(outcomes[i]) : w.resolve(null)));
  },
};

// Each message runs as it arrives. The adapter's calls are synchronous, so they run in the order the server's
// thread sent them; only startTransaction may wait (for the adapter's own lock), without holding up the rest.
parentPort.on("message", async (message) => {
  try {
    parentPort.postMessage({ id: message.id, ok: true, value: (await run(message)) ?? null });
  } catch (err) {
    parentPort.postMessage({ id: message.id, ok: false, error: wireError(err) });
  }
  if (message.op === "dispose") parentPort.close();
});
