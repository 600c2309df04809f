import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, seedTinyText, tinyText } from "@/features/review/test-db";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { Prisma } from "@/lib/generated/prisma/client";
import { canSeeText, findVisibleTextId, visibleBookWhere, visibleTextSql, visibleTextWhere } from "./visibility";

describe("who may see a text", () => {
  const { db, cleanup } = createTestDb();
  beforeAll(async () => {
    for (const id of ["alice", "bob"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
    await seedTinyText(db, "public");
    await saveAlignedText(db, { ...tinyText("alices"), ownerId: "alice" });
  });
  afterAll(cleanup);

  it("shows public texts to everyone and an import only to its owner", async () => {
    expect(await findVisibleTextId(db, null, "public")).not.toBeNull();
    expect(await findVisibleTextId(db, "bob", "public")).not.toBeNull();
    expect(await findVisibleTextId(db, "alice", "alices")).not.toBeNull();
    expect(await findVisibleTextId(db, "bob", "alices")).toBeNull();
    expect(await findVisibleTextId(db, null, "alices")).toBeNull();
    expect(await findVisibleTextId(db, "alice", "missing")).toBeNull();
  });

  it("gives the same answer as a Prisma filter, as SQL and as a plain check", async () => {
    for (const viewer of [null, "alice", "bob"]) {
      const viaWhere = (await db.text.findMany({ where: visibleTextWhere(viewer), select: { slug: true }, orderBy: { slug: "asc" } })).map((t) => t.slug);
      const viaSql = (
        await db.$queryRaw<{ slug: string }[]>(Prisma.sql`SELECT t."slug" FROM "Text" t WHERE ${visibleTextSql("t", viewer)} ORDER BY t."slug"`)
      ).map((t) => t.slug);
      const all = await db.text.findMany({ select: { slug: true, ownerId: true }, orderBy: { slug: "asc" } });
      const viaCheck = all.filter((t) => canSeeText(t.ownerId, viewer)).map((t) => t.slug);
      expect(viaSql).toEqual(viaWhere);
      expect(viaCheck).toEqual(viaWhere);
    }
    expect((await db.text.findMany({ where: visibleTextWhere("bob") })).map((t) => t.slug)).toEqual(["public"]);
  });

  it("shows a book to its owner only, and none to a signed-out visitor", async () => {
    await db.book.create({ data: { slug: "alices-book", titleZh: "书", titleEn: "Book", ownerId: "alice" } });
    const books = async (viewer: string | null) => (await db.book.findMany({ where: visibleBookWhere(viewer), select: { slug: true } })).map((b) => b.slug);
    expect(await books("alice")).toEqual(["alices-book"]);
    expect(await books("bob")).toEqual([]);
    expect(await books(null)).toEqual([]);
  });
});
