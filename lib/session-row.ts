// The one read every signed-in request makes: the session row behind a
// verified cookie (lib/auth.ts). Through readRows (lib/fast-sql.ts)
// because a Prisma model query costs about half a millisecond of the
// server's thread for a lookup SQLite answers in microseconds, and this runs
// on every server action and every personal page.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { readRows } from "@/lib/fast-sql";

export interface SessionRow {
  userId: string;
  expiresAt: Date;
}

export async function findSessionRow(db: Pick<PrismaClient, "$queryRaw">, token: string): Promise<SessionRow | null> {
  const rows = await readRows<{ userId: string; expiresAt: Date | string }>(db, Prisma.sql`SELECT "userId", "expiresAt" FROM "session" WHERE "token" = ${token}`);
  const row = rows[0];
  return row ? { userId: row.userId, expiresAt: new Date(row.expiresAt) } : null;
}
