import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { isDatabaseBusy } from "@/lib/database-busy";
import { errorFromThread, writerOnThread } from "./writer-thread-adapter";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const query = (sql: string, args: unknown[] = []) => ({ sql, args, argTypes: args.map(() => ({ scalarType: "string" as const, arity: "scalar" as const })) });

describe("the SQLite writer on its own thread", () => {
  let dir = "";
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(timeout = 5_000) {
    dir = mkdtempSync(path.join(os.tmpdir(), "writer-thread-"));
    const url = `file:${path.join(dir, "t.db")}`;
    const adapter = await writerOnThread({ url, timeout, setup: "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;" }).connect();
    cleanups.push(() => adapter.dispose());
    await adapter.executeScript('CREATE TABLE "t" ("id" TEXT PRIMARY KEY, "n" INTEGER)');
    return { adapter, file: path.join(dir, "t.db") };
  }

  it("waits for SQLite's write lock on that thread, while this one goes on running", async () => {
    const { adapter, file } = await open();
    // Another connection holds the write lock; on this thread, better-sqlite3's busy wait would stop
    // everything, this timer included, so the lock could never be released and the write would fail.
    const other = new Database(file);
    cleanups.push(() => void other.close());
    other.exec("BEGIN IMMEDIATE");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    setTimeout(() => other.exec("COMMIT"), 300);
    try {
      expect(await adapter.executeRaw(query('INSERT INTO "t" ("id", "n") VALUES (?, 1)', ["a"]))).toBe(1);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(10);
    expect(other.prepare('SELECT "id" FROM "t"').all()).toEqual([{ id: "a" }]);
  });

  it("runs transactions there: committed rows stay, rolled-back ones go", async () => {
    const { adapter } = await open();
    const tx = await adapter.startTransaction();
    await tx.executeRaw(query('INSERT INTO "t" ("id", "n") VALUES (?, 1)', ["kept"]));
    await tx.executeRaw(query("COMMIT"));
    await tx.commit();
    const undone = await adapter.startTransaction();
    await undone.executeRaw(query('INSERT INTO "t" ("id", "n") VALUES (?, 2)', ["undone"]));
    await undone.executeRaw(query("ROLLBACK"));
    await undone.rollback();
    const rows = await adapter.queryRaw(query('SELECT "id" FROM "t" ORDER BY "id"'));
    expect(rows.rows).toEqual([["kept"]]);
  });

  it("hands back the driver's errors as Prisma reads them in-process", async () => {
    const { adapter } = await open();
    await adapter.executeRaw(query('INSERT INTO "t" ("id", "n") VALUES (?, 1)', ["a"]));
    const err = await adapter.executeRaw(query('INSERT INTO "t" ("id", "n") VALUES (?, 1)', ["a"])).catch((e: unknown) => e);
    // Prisma turns a DriverAdapterError with this cause into P2002.
    expect(err).toMatchObject({ name: "DriverAdapterError", cause: { kind: "UniqueConstraintViolation", originalCode: "SQLITE_CONSTRAINT_PRIMARYKEY" } });
    const raw = await adapter.queryRaw(query("SELECT * FROM nowhere_at_all")).catch((e: unknown) => e);
    expect(raw).toMatchObject({ name: "DriverAdapterError", cause: { kind: "TableDoesNotExist" } });
  });

  it("keeps SQLite's busy code, so a lock timeout answers 'try again'", () => {
    const err = errorFromThread({ name: "SqliteError", message: "database is locked", code: "SQLITE_BUSY" });
    expect(err).toBeInstanceOf(Error);
    expect(isDatabaseBusy(err)).toBe(true);
  });

  it("starts a new thread, with its setup, for a query after the last one stopped", async () => {
    const { adapter } = await open();
    await adapter.executeRaw(query('INSERT INTO "t" ("id", "n") VALUES (?, 1)', ["a"]));
    await adapter.dispose();
    await sleep(10);
    const sync = await adapter.queryRaw(query("PRAGMA synchronous"));
    expect(sync.rows).toEqual([["2"]]); // FULL, from the setup; better-sqlite3's WAL default is NORMAL (1)
    expect((await adapter.queryRaw(query('SELECT "id" FROM "t"'))).rows).toEqual([["a"]]);
  });
});
