import { describe, expect, it } from "vitest";
import { freshTestDbs } from "@/features/review/fresh-test-dbs";
import { BUSY_TIMEOUT_MS, synchronousMode } from "@/lib/prisma-client";
import { isPlainRead, TX_YIELD_AFTER_MS, YIELD_AFTER_MS } from "@/lib/serialized-adapter";

const text = (slug: string) => ({ slug, titleZh: slug, titleEn: slug });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A promise and the function that resolves it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("createPrismaClient", () => {
  const open = freshTestDbs();

  it("sets WAL, synchronous=FULL and the busy timeout on its own connection", async () => {
    const db = open();
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    const [busy] = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
    expect(journal.journal_mode).toBe("wal");
    expect(Number(sync.synchronous)).toBe(2); // FULL; better-sqlite3's WAL default would be 1 (NORMAL)
    expect(Number(busy.timeout)).toBe(BUSY_TIMEOUT_MS);
  });

  it("keeps a write made during another request's transaction out of it, so a rollback cannot take it along", async () => {
    const db = open();
    const failing = db.$transaction(async (tx) => {
      await tx.text.create({ data: text("inside") });
      await sleep(100); // another request writes meanwhile
      throw new Error("roll back");
    });
    // Watched from the start: it fails while the write below is still being answered.
    const failed = expect(failing).rejects.toThrow("roll back");
    await sleep(20);
    await db.text.create({ data: text("outside") });
    await failed;
    expect(await db.text.findUnique({ where: { slug: "outside" } })).not.toBeNull();
    expect(await db.text.findUnique({ where: { slug: "inside" } })).toBeNull();
  });

  it("does not let a read see rows of a transaction that is later rolled back", async () => {
    const db = open();
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

  it("answers a read while a write transaction is open, from the last committed state", async () => {
    const db = open();
    await db.text.create({ data: text("committed") });
    const started = deferred();
    const readDone = deferred();
    // The transaction stays open until the read has answered: if reads still
    // waited behind transactions, this would never settle.
    const writing = db.$transaction(async (tx) => {
      await tx.text.create({ data: text("uncommitted") });
      started.resolve();
      await readDone.promise;
    });
    await started.promise;
    const during = await db.text.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    readDone.resolve();
    await writing;
    expect(during.map((t) => t.slug)).toEqual(["committed"]);
    const after = await db.text.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    expect(after.map((t) => t.slug)).toEqual(["committed", "uncommitted"]);
  });

  it("sees a write as soon as it is acknowledged (the read connection is never behind)", async () => {
    const db = open();
    for (let i = 0; i < 20; i++) {
      await db.text.create({ data: text(`t${i}`) });
      expect(await db.text.count()).toBe(i + 1);
    }
  }, 30_000);

  it("lets timers run during a long transaction of many queries", async () => {
    const db = open();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    try {
      await db.$transaction(
        async (tx) => {
          for (let i = 0; i < 3000; i++) await tx.tag.findMany({ where: { name: `x${i}` } });
        },
        { timeout: 60_000 },
      );
    } finally {
      clearInterval(timer);
    }
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThan(50);
    // The transaction yields about every TX_YIELD_AFTER_MS (less often on a loaded machine); without that, only ~5 ticks get in, however long it runs.
    expect(ticks).toBeGreaterThan(Math.max(15, ms / (5 * TX_YIELD_AFTER_MS)));
  }, 30_000);

  it("lets timers run during a long run of plain queries", async () => {
    const db = open();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    try {
      for (let i = 0; i < 3000; i++) await db.tag.findMany({ where: { name: `x${i}` } });
    } finally {
      clearInterval(timer);
    }
    const ms = performance.now() - started;
    expect(ticks).toBeGreaterThan(Math.max(15, ms / (5 * YIELD_AFTER_MS)));
  }, 30_000);
});

describe("isPlainRead", () => {
  it("sends only single SELECTs to the read-only connection", () => {
    expect(isPlainRead('SELECT "id" FROM "Text"')).toBe(true);
    expect(isPlainRead("  select 1")).toBe(true);
    expect(isPlainRead('INSERT INTO "Text" ("id") VALUES (?) RETURNING "id"')).toBe(false);
    expect(isPlainRead("WITH x AS (SELECT 1) DELETE FROM t")).toBe(false);
    expect(isPlainRead("PRAGMA journal_mode = WAL")).toBe(false);
    expect(isPlainRead("selectivity")).toBe(false);
  });
});

describe("synchronousMode", () => {
  it("is FULL unless set to NORMAL, and refuses anything else", () => {
    expect(synchronousMode({})).toBe("FULL");
    expect(synchronousMode({ SQLITE_SYNCHRONOUS: "normal" })).toBe("NORMAL");
    expect(() => synchronousMode({ SQLITE_SYNCHRONOUS: "OFF" })).toThrow(/FULL or NORMAL/);
  });
});
