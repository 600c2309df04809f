// Snapshots of the e2e database, for "nothing changed" checks that no API can
// show (a row of A's touched by B, a row written without a session). Written
// against the schema as SQLite reports it, not a list of tables, so the
// checks keep covering every table as the data model grows.
import Database from "better-sqlite3";

/** Tables whose rows change on their own as users sign in and out, or that only mirror other tables. */
const VOLATILE = /^(session|verification|AuthThrottle|_prisma_migrations|SearchFts.*)$/;

function open(): Database.Database {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (it comes from playwright.config.ts)");
  const db = new Database(url.replace(/^file:/, ""), { readonly: true });
  db.pragma("busy_timeout = 10000");
  return db;
}

function tables(db: Database.Database): Array<{ name: string; columns: string[] }> {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>)
    .filter((t) => !VOLATILE.test(t.name))
    .map((t) => ({ name: t.name, columns: (db.prepare(`PRAGMA table_info("${t.name}")`).all() as Array<{ name: string }>).map((c) => c.name) }));
}

const rowsOf = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(sql).all(...params) as Array<Record<string, unknown>>).map((r) => JSON.stringify(r)).sort();

/**
 * Every row that belongs to the user: the user row, rows with their userId,
 * and rows of other tables that point at any of those rows' ids (e.g. a
 * note's tag links).
 */
export function userRows(userId: string): Record<string, string[]> {
  const db = open();
  try {
    const all = tables(db);
    const out: Record<string, string[]> = {};
    const ids = new Set<string>([userId]);
    for (const t of all) {
      if (!t.columns.includes("userId")) continue;
      const rows = db.prepare(`SELECT * FROM "${t.name}" WHERE "userId" = ?`).all(userId) as Array<Record<string, unknown>>;
      for (const r of rows) if (typeof r.id === "string") ids.add(r.id);
      out[t.name] = rows.map((r) => JSON.stringify(r)).sort();
    }
    for (const t of all) {
      if (t.columns.includes("userId")) continue;
      if (t.name === "user") {
        out.user = rowsOf(db, `SELECT * FROM "user" WHERE id = ?`, userId);
        continue;
      }
      const refs = t.columns.filter((c) => c !== "id" && /Id$/.test(c));
      if (refs.length === 0) continue;
      const list = [...ids];
      const where = refs.map((c) => `"${c}" IN (${list.map(() => "?").join(",")})`).join(" OR ");
      out[t.name] = rowsOf(db, `SELECT * FROM "${t.name}" WHERE ${where}`, ...refs.flatMap(() => list));
    }
    return out;
  } finally {
    db.close();
  }
}

/** Every row of every table but the volatile ones. */
export function allRows(): Record<string, string[]> {
  const db = open();
  try {
    return Object.fromEntries(tables(db).map((t) => [t.name, rowsOf(db, `SELECT * FROM "${t.name}"`)]));
  } finally {
    db.close();
  }
}

export function userIdOf(email: string): string {
  const db = open();
  try {
    const row = db.prepare(`SELECT id FROM "user" WHERE email = ?`).get(email) as { id: string } | undefined;
    if (!row) throw new Error(`no user ${email}`);
    return row.id;
  } finally {
    db.close();
  }
}

/** Runs one write against the e2e database (for states no UI can make, e.g. a session past its expiry). */
export function writeDb(sql: string, ...params: unknown[]): number {
  const url = process.env.E2E_DATABASE_URL!;
  const db = new Database(url.replace(/^file:/, ""));
  try {
    db.pragma("busy_timeout = 10000");
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}
