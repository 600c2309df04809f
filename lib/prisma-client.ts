import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, ensureDatabaseDir } from "@/lib/database-url";
import { serializeTransactions } from "@/lib/serialized-adapter";

/**
 * Creates a Prisma client over better-sqlite3. Shared by the app (lib/db.ts),
 * the seed and the benchmarks, which cannot import "server-only" modules.
 * `timeout` is SQLite's busy timeout: concurrent writers wait instead of
 * failing with "database is locked" (WAL itself is set by the migrate step).
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  ensureDatabaseDir(url);
  const adapter = serializeTransactions(new PrismaBetterSQLite3({ url, timeout: 10_000 }));
  return new PrismaClient({ adapter });
}
