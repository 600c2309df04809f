import { mkdirSync } from "node:fs";
import path from "node:path";

// One place decides where the SQLite file lives, so the app, the Prisma CLI
// (prisma.config.ts), the seed and the benchmarks always open the same file.
// DATABASE_URL wins; otherwise prisma/data/app.db under the project root.
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.DATABASE_URL?.trim();
  const url = fromEnv && fromEnv.length > 0 ? fromEnv : `file:${path.join(process.cwd(), "prisma", "data", "app.db")}`;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL (file:...), got "${url}"`);
  }
  return url;
}

/** Creates the folder that will hold the database file, so a fresh clone needs no manual step. */
export function ensureDatabaseDir(url: string): void {
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") return;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
