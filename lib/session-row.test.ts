import { describe, expect, it } from "vitest";
import { freshTestDbs } from "@/features/review/fresh-test-dbs";
import { findSessionRow } from "@/lib/session-row";

describe("findSessionRow", () => {
  const open = freshTestDbs();

  it("reads the user and the expiry of a session by its token, as Prisma's model query does", async () => {
    const db = open();
    const expiresAt = new Date("2027-01-02T03:04:05.678Z");
    await db.user.create({ data: { id: "u1", name: "Lin", email: "lin@example.com" } });
    await db.session.create({ data: { id: "s1", token: "tok-1", userId: "u1", expiresAt, updatedAt: new Date() } });

    const row = await findSessionRow(db, "tok-1");
    expect(row).toEqual({ userId: "u1", expiresAt });
    expect(row).toEqual(await db.session.findUnique({ where: { token: "tok-1" }, select: { userId: true, expiresAt: true } }));
    expect(await findSessionRow(db, "tok-2")).toBeNull();
  });
});
