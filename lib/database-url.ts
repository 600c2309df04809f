import { mkdirSync } from "node:fs";
import path from "node:path";

// One place decides which database the app uses, so the app, the Prisma CLI
// (prisma.config.ts), the seed and the benchmarks always open the same one.
// DATABASE_URL wins; otherwise the embedded SQLite file prisma/data/app.db
// under the project root. A postgres:// or postgresql:// URL selects
// PostgreSQL (README, "Deploying for many users").

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.DATABASE_URL?.trim();
  const url = fromEnv && fromEnv.length > 0 ? fromEnv : `file:${path.join(process.cwd(), "prisma", "data", "app.db")}`;
  databaseProvider(url); // rejects anything else
  return url;
}

/** The provider a URL selects: a SQLite `file:` URL or a PostgreSQL connection URL. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a SQLite file URL (file:...) or a PostgreSQL URL (postgresql://...), got "${redactPassword(url)}"`);
}

/** The URL with any password replaced, for messages and logs. */
export function redactPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}

/** Creates the folder that will hold the database file, so a fresh clone needs no manual step (nothing to do for PostgreSQL). */
export function ensureDatabaseDir(url: string): void {
  if (databaseProvider(url) !== "sqlite") return;
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") return;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
