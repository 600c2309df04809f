import { afterEach, describe, expect, it } from "vitest";
import { createTestDb } from "@/features/review/test-db";

const text = (slug: string) => ({ slug, titleZh: slug, titleEn: slug });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("createPrismaClient", () => {
  let cleanup: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await cleanup?.();
    cleanup = null;
  });

  it("keeps a write made during another request's transaction out of it, so a rollback cannot take it along", async () => {
    const t = createTestDb();
    cleanup = t.cleanup;
    const { db } = t;
    const failing = db.$transaction(async (tx) => {
      await tx.text.create({ data: text("inside") });
      await sleep(100); // another request writes meanwhile
      throw new Error("roll back");
    });
    await sleep(20);
    await db.text.create({ data: text("outside") });
    await expect(failing).rejects.toThrow("roll back");
    expect(await db.text.findUnique({ where: { slug: "outside" } })).not.toBeNull();
    expect(await db.text.findUnique({ where: { slug: "inside" } })).toBeNull();
  });

  it("does not let a read see rows of a transaction that is later rolled back", async () => {
    const t = createTestDb();
    cleanup = t.cleanup;
    const { db } = t;
    const failing = db.$transaction(async (tx) => {
      await tx.text.create({ data: text("pending") });
      await sleep(100);
      throw new Error("roll back");
    });
    await sleep(20);
    const seen = await db.text.findUnique({ where: { slug: "pending" } });
    await expect(failing).rejects.toThrow("roll back");
    expect(seen).toBeNull();
  });
});
