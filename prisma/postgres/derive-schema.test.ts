import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDb, testDialect } from "@/features/review/test-db";
import { createPostgresTestDatabase } from "@/features/review/test-db-postgres";
import { derivedFromFile, derivePostgresSchema, POSTGRES_SCHEMA } from "./derive-schema";

// The PostgreSQL schema and migrations must never drift from the SQLite ones,
// which are the source of truth (README, "Deploying for many users").

const ROOT = path.join(__dirname, "..", "..");
const migrations = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((d) => /^\d{14}_/.test(d)).sort();
/** The last SQLite migration the PostgreSQL baseline (20261128000000_baseline) stands for. */
const BASELINE_COVERS = "20261201100000_books";

describe("the PostgreSQL schema", () => {
  it("is exactly what npm run db:postgres-schema derives from prisma/schema.prisma", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8"), "run `npm run db:postgres-schema` and add its PostgreSQL migration").toBe(derivedFromFile());
  });

  it("refuses to derive from a schema it does not recognise", () => {
    expect(() => derivePostgresSchema(`datasource db {\n  provider = "mysql"\n}`)).toThrow(/expected one/);
  });

  it("has a PostgreSQL twin, of the same name, for every SQLite migration after the baseline", () => {
    const sqlite = migrations("prisma/migrations");
    expect(sqlite).toContain(BASELINE_COVERS);
    const later = sqlite.filter((m) => m > BASELINE_COVERS);
    expect(later.filter((m) => !migrations("prisma/postgres/migrations").includes(m)), "copy each into prisma/postgres/migrations, in PostgreSQL's dialect").toEqual([]);
  });
});

/** Tables, columns, indexes and foreign keys as PostgreSQL reports them (the search objects, which Prisma does not model, left out). */
async function catalog(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows.map((r) => Object.values(r).join(" | ")).sort();
    const modelled = `NOT IN ('SearchDoc', '_prisma_migrations')`;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name ${modelled} AND table_name NOT IN ('SearchSource')`),
      indexes: await q(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename ${modelled}`),
      constraints: await q(`SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('"SearchDoc"', '_prisma_migrations')`),
    };
  } finally {
    await c.end();
  }
}

describe.runIf(testDialect() === "postgresql")("the PostgreSQL migrations", () => {
  it("build the database the PostgreSQL schema describes", async () => {
    const migrated = createTestDb();
    const fromSchema = createPostgresTestDatabase("template0");
    try {
      const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: fromSchema.url },
        encoding: "utf8",
      });
      const c = new pg.Client({ connectionString: fromSchema.url });
      await c.connect();
      await c.query(sql).finally(() => c.end());
      expect(await catalog(migrated.url)).toEqual(await catalog(fromSchema.url));
    } finally {
      await migrated.cleanup();
      await fromSchema.drop();
    }
  }, 60_000);
});
