// Raw SQL past Prisma's query pipeline, for the few statements every reader
// sends again and again (the session check, saving a highlight).
//
// Why: a Prisma query, raw ones included, goes through the client's request
// pipeline and its compiled query plan, about 0.15–0.3 ms of the server's
// thread each, for statements the database runs in microseconds. A saved
// highlight took five of them (the session, the paragraphs, and a
// transaction of BEGIN, two INSERTs and COMMIT, each a separate step that
// held the writer).
//
// SQLite:
// - readRows runs a SELECT on a read-only connection of its own, with the
//   statement prepared once. In WAL mode it sees every commit already
//   acknowledged, as Prisma's reads do (lib/serialized-adapter.ts).
// - writeAtomically sends all its statements to the writer thread in one
//   message; the thread commits batches that arrive together in one
//   transaction and one fsync (group commit, lib/sqlite/writer-thread.mjs).
// PostgreSQL: the same statements on Prisma's own pg pool, one transaction
// per writeAtomically.
// A client this module does not know (a transaction client) goes through
// Prisma, with the same meaning.
import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { BatchStatement, WriterOnThread } from "@/lib/sqlite/writer-thread-adapter";

type SqliteDirect = {
  kind: "sqlite";
  url: string;
  writer: WriterOnThread;
  busyTimeoutMs: number;
  reader?: Database.Database;
  statements: Map<string, Database.Statement>;
};
type PostgresDirect = { kind: "postgresql"; pool: pg.Pool };
type Direct = (SqliteDirect | PostgresDirect) & { client: object };

export type FastSqlTarget = Omit<SqliteDirect, "reader" | "statements"> | PostgresDirect;

// Kept on the client itself: Next bundles route handlers, pages and server actions separately, each with
// its own copy of this module, while lib/db.ts shares one client per process between them.
const DIRECT = Symbol.for("bilingual-reader.fast-sql");

/**
 * The client's fast path, if `client` is the very client createPrismaClient made. A transaction client
 * forwards property reads to its parent, and would find the parent's: its statements must stay in
 * its own transaction, through Prisma.
 */
function directOf(client: object): Direct | undefined {
  const d = (client as { [DIRECT]?: Direct })[DIRECT];
  return d && d.client === client ? d : undefined;
}

/** Called by createPrismaClient. */
export function registerFastSql(client: object, target: FastSqlTarget): void {
  const value: Direct = target.kind === "sqlite" ? { ...target, statements: new Map(), client } : { ...target, client };
  Object.defineProperty(client, DIRECT, { value });
}

/** Closes SQLite's read-only connection (with the client's $disconnect; Prisma ends the pg pool itself). */
export function closeFastSql(client: object): void {
  const d = directOf(client);
  if (d?.kind !== "sqlite") return;
  d.reader?.close();
  d.reader = undefined;
  d.statements.clear();
}

/** A value as Prisma's SQLite adapter stores it: dates as ISO 8601 with "+00:00", booleans as 0/1. */
function sqliteValue(value: unknown): BatchStatement["values"][number] {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || value instanceof Uint8Array) return value;
  throw new TypeError(`fast-sql cannot bind a ${typeof value}`);
}

/**
 * A value for pg. Prisma's columns are `timestamp(3)` without a time zone, holding UTC: PostgreSQL
 * ignores the "Z" of an ISO string there, where pg would send a Date in the server's local time.
 */
function postgresValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

const TIMESTAMP_OID = 1114;
/** Reads `timestamp` columns as the UTC they hold (pg's default parser takes them as local time). */
const postgresTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

async function sqliteStatement(d: SqliteDirect, sql: string): Promise<Database.Statement> {
  if (!d.reader) {
    // A read-only connection cannot switch the file to WAL; the writer does, when it opens.
    await d.writer.opened();
    d.reader ??= new Database(d.url.replace(/^file:/, ""), { readonly: true, timeout: d.busyTimeoutMs });
  }
  let stmt = d.statements.get(sql);
  if (!stmt) {
    stmt = d.reader.prepare(sql);
    // The callers send a handful of fixed statements; the bound is only a guard.
    if (d.statements.size > 200) d.statements.clear();
    d.statements.set(sql, stmt);
  }
  return stmt;
}

async function postgresQuery(db: pg.Pool | pg.PoolClient, query: Prisma.Sql) {
  return db.query({ text: query.text, values: query.values.map(postgresValue), types: postgresTypes });
}

/**
 * The rows of one SELECT, as the driver gives them: dates as Dates on
 * PostgreSQL and as ISO strings on SQLite, where integers are numbers.
 * Callers normalize what they read (new Date(), Number()).
 */
export async function readRows<T>(db: Pick<PrismaClient, "$queryRaw">, query: Prisma.Sql): Promise<T[]> {
  const d = directOf(db);
  if (!d) return db.$queryRaw<T[]>(query);
  if (d.kind === "postgresql") return (await postgresQuery(d.pool, query)).rows as T[];
  return (await sqliteStatement(d, query.sql)).all(...query.values.map(sqliteValue)) as T[];
}

/** Runs the statements in one transaction: all stored, or none. Resolves once they are durable. */
export async function writeAtomically(db: Pick<PrismaClient, "$executeRaw"> & Partial<Pick<PrismaClient, "$transaction">>, statements: Prisma.Sql[]): Promise<void> {
  const d = directOf(db);
  if (d?.kind === "sqlite") {
    await d.writer.writeBatch(statements.map((s) => ({ sql: s.sql, values: s.values.map(sqliteValue) })));
  } else if (d?.kind === "postgresql") {
    const conn = await d.pool.connect();
    try {
      await conn.query("BEGIN");
      for (const s of statements) await postgresQuery(conn, s);
      await conn.query("COMMIT");
    } catch (err) {
      await conn.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      conn.release();
    }
  } else if (db.$transaction) {
    await db.$transaction(statements.map((s) => db.$executeRaw(s)));
  } else {
    // A transaction client (which has no $transaction): its own transaction holds them together.
    for (const s of statements) await db.$executeRaw(s);
  }
}
