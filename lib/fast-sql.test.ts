import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { freshTestDbs } from "@/features/review/fresh-test-dbs";
import { readRows, writeAtomically } from "./fast-sql";

// On SQLite these take the path past Prisma (the read-only connection, the
// writer thread's group commit); on PostgreSQL, Prisma's own pg pool. Both
// must mean what Prisma means.
describe("readRows and writeAtomically", () => {
  const open = freshTestDbs();
  const insertText = (slug: string, at: Date) =>
    Prisma.sql`INSERT INTO "Text" ("id", "slug", "titleZh", "titleEn", "createdAt", "updatedAt") VALUES (${`id-${slug}`}, ${slug}, ${slug}, ${slug}, ${at}, ${at})`;

  it("stores what Prisma reads back as its own: dates included", async () => {
    const db = open();
    const at = new Date("2026-05-06T07:08:09.123Z");
    await writeAtomically(db, [insertText("dated", at)]);
    const viaPrisma = await db.text.findUniqueOrThrow({ where: { slug: "dated" }, select: { createdAt: true, titleEn: true } });
    expect(viaPrisma).toEqual({ createdAt: at, titleEn: "dated" });
    const [row] = await readRows<{ slug: string; createdAt: Date | string }>(db, Prisma.sql`SELECT "slug", "createdAt" FROM "Text" WHERE "slug" = ${"dated"}`);
    expect(row.slug).toBe("dated");
    expect(new Date(row.createdAt)).toEqual(at);
  });

  it("reads every write as soon as it is acknowledged", async () => {
    const db = open();
    for (let i = 0; i < 10; i++) {
      await writeAtomically(db, [insertText(`t${i}`, new Date())]);
      const rows = await readRows<{ n: number | bigint }>(db, Prisma.sql`SELECT COUNT(*) AS "n" FROM "Text"`);
      expect(Number(rows[0].n)).toBe(i + 1);
    }
  });

  it("stores each batch whole or not at all, even when batches sent together share a commit", async () => {
    const db = open();
    const now = new Date();
    const batches = Array.from({ length: 30 }, (_, i) =>
      i === 7
        ? // Its second statement repeats a slug: the first must not stay behind either.
          [insertText("only-if-whole", now), insertText("b0-first", now)]
        : [insertText(`b${i}-first`, now), insertText(`b${i}-second`, now)],
    );
    const outcomes = await Promise.allSettled(batches.map((statements) => writeAtomically(db, statements)));
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(1);
    expect(outcomes[7].status).toBe("rejected");
    const slugs = (await db.text.findMany({ select: { slug: true } })).map((t) => t.slug);
    expect(slugs).toHaveLength(58);
    expect(slugs).not.toContain("only-if-whole");
    expect(slugs).toContain("b29-second");
  });

  it("keeps a transaction client's statements inside its transaction", async () => {
    const db = open();
    const failing = db.$transaction(async (tx) => {
      await writeAtomically(tx, [insertText("in-tx", new Date())]);
      expect(await readRows(tx, Prisma.sql`SELECT "slug" FROM "Text"`)).toEqual([{ slug: "in-tx" }]);
      throw new Error("roll back");
    });
    await expect(failing).rejects.toThrow("roll back");
    expect(await db.text.count()).toBe(0);
  });

  it("waits for a Prisma transaction that is open on the writer, and never joins it", async () => {
    const db = open();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const failing = db.$transaction(async (tx) => {
      await tx.text.create({ data: { slug: "inside", titleZh: "x", titleEn: "x" } });
      await held;
      throw new Error("roll back");
    });
    const failed = expect(failing).rejects.toThrow("roll back");
    await new Promise((r) => setTimeout(r, 30));
    const batch = writeAtomically(db, [insertText("outside", new Date())]);
    await new Promise((r) => setTimeout(r, 30));
    release();
    await failed;
    await batch;
    const slugs = (await db.text.findMany({ select: { slug: true } })).map((t) => t.slug);
    expect(slugs).toEqual(["outside"]);
  });
});
