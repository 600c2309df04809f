// A request that could not get the database in time: the pool had no free
// connection (PostgreSQL), a transaction could not start or was cut short, or
// SQLite's write lock stayed busy. Under a burst wider than the database can
// take this is expected, and the user gets "busy, try again", not a 500.

/**
 * Prisma's codes for it: P2024 (no pool connection in time), P2028 (the
 * transaction could not start, or expired), P2034 (write conflict or
 * deadlock, "please retry"), P1008 (the operation timed out).
 */
const BUSY_CODES = new Set(["P2024", "P2028", "P2034", "P1008"]);

export function isDatabaseBusy(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === "string" && (BUSY_CODES.has(code) || code === "SQLITE_BUSY")) return true;
  return typeof message === "string" && /SQLITE_BUSY|database is locked/.test(message);
}
