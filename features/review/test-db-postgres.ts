// Throwaway PostgreSQL databases: for the integration tests when the suite runs
// against PostgreSQL, for the PostgreSQL e2e suite and for the benchmarks (vitest.config.ts: the "postgresql" project, enabled by
// TEST_POSTGRES_URL, a URL of a server where that user may create databases).
//
// The migrations run once per test run, through `prisma migrate deploy` as in
// production, into a template database (globalSetup below); each test file
// then gets its own copy (CREATE DATABASE … TEMPLATE, a file copy on the
// server, ~50 ms) and drops it when done.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

const ROOT = path.join(__dirname, "..", "..");
export const TEMPLATE = "reader_test_template";

/** The server URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function testPostgresUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.TEST_POSTGRES_URL?.trim();
  if (!url) throw new Error("TEST_POSTGRES_URL is not set");
  return url;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Vitest globalSetup: a fresh template database with every PostgreSQL migration applied. */
export async function setup(): Promise<void> {
  const server = testPostgresUrl();
  await admin(server, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${TEMPLATE}"`);
  });
  // Piped: a failure throws with the CLI's output in its message, a success prints nothing.
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, DATABASE_URL: withDatabase(server, TEMPLATE) } });
}

export async function teardown(): Promise<void> {
  await admin(testPostgresUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`));
}

// Runs SQL statements in a child process, so that callers can stay synchronous (test files call
// createTestDb at module level; cleanups also run from "exit" handlers).
const ADMIN_SCRIPT = `
const pg = require("pg");
const [url, ...statements] = process.argv.slice(1);
(async () => {
  for (const sql of statements) {
    for (let attempt = 0; ; attempt++) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(sql);
        break;
      } catch (err) {
        // Two copies of one template cannot start at the same instant ("being accessed by other users").
        if (err.code !== "55006" || attempt >= 50) throw err;
      } finally {
        await c.end();
      }
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
})().catch((err) => { console.error(err.message); process.exit(1); });
`;

function adminSync(server: string, ...statements: string[]): void {
  execFileSync(process.execPath, ["-e", ADMIN_SCRIPT, server, ...statements], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** A new database copied from the migrated template (or from another template, e.g. "template0" for an empty one). */
export function createPostgresTestDatabase(template = TEMPLATE): { url: string; drop: () => Promise<void> } {
  const db = createPostgresDatabase(testPostgresUrl(), template, "reader_test");
  return { url: db.url, drop: async () => db.drop() };
}

/**
 * A new database on the server `server` names (its user must be allowed to
 * create databases), copied from `template`; `drop` removes it.
 */
export function createPostgresDatabase(server: string, template: string, prefix: string): { url: string; drop: () => void } {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  adminSync(server, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return { url: withDatabase(server, name), drop: () => dropPostgresDatabase(server, name) };
}

export function dropPostgresDatabase(server: string, name: string): void {
  adminSync(server, `DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
}
