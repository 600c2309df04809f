// Plain SQL against the e2e database, SQLite or PostgreSQL, for the few specs
// that must write rows no page can (Playwright's loader cannot import the
// generated Prisma client: ESM with import.meta). Statements use `?`
// placeholders and SQL both databases speak (INSERT … ON CONFLICT DO NOTHING).
import Database from "better-sqlite3";
import pg from "pg";

/** The database of the server under test (playwright.config.ts puts it in the environment). */
export function e2eDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (it comes from playwright.config.ts)");
  return url;
}

export type Statement = { sql: string; params: unknown[] };

/** Runs the statements in one transaction; returns how many rows each changed. */
export async function runStatements(url: string, statements: Statement[]): Promise<number[]> {
  if (url.startsWith("file:")) {
    const db = new Database(url.replace(/^file:/, ""));
    try {
      db.pragma("busy_timeout = 10000");
      return db.transaction(() => statements.map((s) => db.prepare(s.sql).run(...s.params).changes))();
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const changed: number[] = [];
    for (const s of statements) {
      let n = 0;
      changed.push((await client.query(s.sql.replace(/\?/g, () => `$${++n}`), s.params)).rowCount ?? 0);
    }
    await client.query("COMMIT");
    return changed;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    await client.end();
  }
}
