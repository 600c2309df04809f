// The PostgreSQL schema is derived from the SQLite one, never edited by hand:
// Prisma fixes the provider per schema file, so PostgreSQL needs a file of its
// own, and deriving it keeps one source of truth for the data model.
// `npm run db:postgres-schema` writes prisma/postgres/schema.prisma; a unit
// test (derive-schema.test.ts) fails when the committed file has drifted.
import { readFileSync } from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join(__dirname, "..", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(__dirname, "schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:postgres-schema\`: do not edit.
// The same data model for PostgreSQL (see README, "Deploying for many users").
// Its migrations are in prisma/postgres/migrations: every SQLite migration needs
// a PostgreSQL twin of the same name there (derive-schema.test.ts checks both).

`;

/** Replaces exactly one occurrence of `from`, so a changed SQLite schema cannot slip through unconverted. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const matches = text.match(typeof from === "string" ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : new RegExp(from.source, "g"));
  if (matches?.length !== 1) throw new Error(`expected one ${from} in prisma/schema.prisma, found ${matches?.length ?? 0}`);
  return text.replace(from, to);
}

export function derivePostgresSchema(sqlite: string): string {
  let out = replaceOnce(sqlite, /output\s*=\s*"\.\.\/lib\/generated\/prisma"/, `output     = "../../lib/generated/prisma-pg"`);
  out = replaceOnce(out, /provider\s*=\s*"sqlite"/, `provider = "postgresql"`);
  out = replaceOnce(out, /url\s*=\s*"file:[^"]*"/, `url      = "postgresql://localhost/app"`);
  return HEADER + out;
}

export const derivedFromFile = () => derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
