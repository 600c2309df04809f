import { afterEach, describe, expect, it } from "vitest";
import { createTestDb } from "@/features/review/test-db";
import { findSessionRow } from "@/lib/session-row";

describe("findSessionRow", () => {
  let cleanup: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await cleanup?.();
    cleanup = null;
  });

  it("reads the user and the expiry of a session by its token, as Prisma's model query does", async () => {
    const t = createTestDb();
    cleanup = t.cleanup;
    const expiresAt = new Date("2027-01-02T03:04:05.678Z");
    await t.db.user.create({ data: { id: "u1", name: "Lin", email: "lin@example.com" } });
    await t.db.session.create({ data: { id: "s1", token: "tok-1", userId: "u1", expiresAt, updatedAt: new Date() } });

    const row = await findSessionRow(t.db, "tok-1");
    expect(row).toEqual({ userId: "u1", expiresAt });
    expect(row).toEqual(await t.db.session.findUnique({ where: { token: "tok-1" }, select: { userId: true, expiresAt: true } }));
    expect(await findSessionRow(t.db, "tok-2")).toBeNull();
  });
});
