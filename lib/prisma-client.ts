import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseProvider, databaseUrl, ensureDatabaseDir, type DatabaseProvider } from "@/lib/database-url";
import { createPostgresAdapter, createPostgresPool } from "@/lib/postgres-adapter";
import { serializeTransactions } from "@/lib/serialized-adapter";
import { writerOnThread } from "@/lib/sqlite/writer-thread-adapter";
import { closeFastSql, registerFastSql } from "@/lib/fast-sql";

/** How long a connection waits for another one's lock before "database is locked". */
export const BUSY_TIMEOUT_MS = 10_000;

export type SynchronousMode = "FULL" | "NORMAL";

/**
 * FULL: a commit is on disk before it is acknowledged, so a power cut cannot
 * take back a saved highlight. NORMAL (better-sqlite3's build default for WAL)
 * only survives a process crash. SQLITE_SYNCHRONOUS=NORMAL exists so that
 * `npm run bench:crash` can measure what FULL costs; nothing else sets it.
 */
export function synchronousMode(env: Record<string, string | undefined> = process.env): SynchronousMode {
  const value = env.SQLITE_SYNCHRONOUS?.trim().toUpperCase();
  if (!value) return "FULL";
  if (value === "FULL" || value === "NORMAL") return value;
  throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "${env.SQLITE_SYNCHRONOUS}"`);
}

/**
 * The writer connection's settings, set here on every open rather than left
 * to the migrate step or the driver's build defaults. WAL lets the read-only
 * connection read while a write transaction is open.
 */
export const writerPragmas = (synchronous: SynchronousMode) =>
  `PRAGMA journal_mode = WAL; PRAGMA synchronous = ${synchronous}; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`;

/**
 * Creates a Prisma client for DATABASE_URL's provider. Shared by the app
 * (lib/db.ts), the seed, the tests and the benchmarks, which cannot import
 * "server-only" modules.
 *
 * PostgreSQL: Prisma generates one client per provider (its provider is fixed
 * in the schema), so prisma/postgres/schema.prisma, derived from the SQLite
 * schema, generates lib/generated/prisma-pg. Both have the same models, so
 * the app keeps one type, the SQLite client's: the PostgreSQL client is used
 * through it. Raw SQL that differs between the two asks sqlDialect().
 *
 * SQLite: two connections over better-sqlite3, the writer, which every write
 * and transaction uses, on its own thread (lib/sqlite/writer-thread-adapter.ts),
 * and a read-only one on the caller's thread for plain reads
 * (lib/serialized-adapter.ts says why).
 */
export function createPrismaClient(url: string = databaseUrl(), synchronous: SynchronousMode = synchronousMode()): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    const pool = createPostgresPool(url);
    const client = new PostgresPrismaClient({ adapter: createPostgresAdapter(url, process.env, pool) }) as unknown as PrismaClient;
    registerFastSql(client, { kind: "postgresql", pool });
    return client;
  }
  ensureDatabaseDir(url);
  const inMemory = url.replace(/^file:/, "") === ":memory:";
  let client: PrismaClient | null = null;
  const writer = writerOnThread({ url, timeout: BUSY_TIMEOUT_MS, setup: writerPragmas(synchronous), onDispose: () => client && closeFastSql(client) });
  const adapter = serializeTransactions(writer, {
    // A second connection to ":memory:" would be a different, empty database.
    reader: inMemory ? undefined : new PrismaBetterSQLite3({ url, readonly: true, timeout: BUSY_TIMEOUT_MS }),
  });
  client = new PrismaClient({ adapter });
  // The hot statements' path past Prisma's pipeline (lib/fast-sql.ts); ":memory:" has no second connection.
  if (!inMemory) registerFastSql(client, { kind: "sqlite", url, writer, busyTimeoutMs: BUSY_TIMEOUT_MS });
  return client;
}

/**
 * The SQL dialect of a client (or of a transaction inside one), for the few
 * raw queries that must differ: full-text search, JSON parameters, locks.
 */
export function sqlDialect(db: object): DatabaseProvider {
  // The provider the client was generated for; a transaction client forwards it.
  const provider = (db as { _activeProvider?: string })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`unknown Prisma provider ${provider}`);
}
