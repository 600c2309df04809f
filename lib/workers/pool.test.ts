import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { alignForPreview, type AlignJob, type AlignPreview, type AlignWireOutcome } from "./align-job";
import { alignPoolSize } from "./align-pool";
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, serializeBackup, type Backup, type ParsedBackup } from "@/lib/export/backup";
import type { ProbeTask } from "./fixtures/probe.worker";
import { PoolBusyError, TaskFailedError, WorkerPool, type PoolOptions } from "./pool";
import { tsWorker } from "./ts-worker";

const pools: Array<WorkerPool<unknown, unknown>> = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function probePool(opts: Partial<PoolOptions> = {}) {
  const pool = new WorkerPool<ProbeTask, string>({
    create: () => tsWorker("fixtures/probe.worker.ts"),
    size: 1,
    maxQueued: 8,
    idleMs: 60_000,
    taskTimeoutMs: 30_000,
    ...opts,
  });
  pools.push(pool as WorkerPool<unknown, unknown>);
  return pool;
}

describe("WorkerPool", () => {
  it("runs tasks in worker threads and answers each with its own result", async () => {
    const pool = probePool({ size: 2 });
    const answers = await Promise.all(["a", "b", "c"].map((echo) => pool.run({ echo })));
    expect(answers).toEqual(["a", "b", "c"]);
    expect(pool.stats()).toEqual({ workers: 2, running: 0, queued: 0 });
  });

  it("queues beyond its size and refuses once the queue is full", async () => {
    const pool = probePool({ size: 1, maxQueued: 2 });
    const first = pool.run({ sleepMs: 300 });
    const queued = [pool.run({ echo: "x" }), pool.run({ echo: "y" })];
    await expect(pool.run({ echo: "z" })).rejects.toBeInstanceOf(PoolBusyError);
    expect(pool.stats()).toMatchObject({ workers: 1, running: 1, queued: 2 });
    expect(await Promise.all([first, ...queued])).toEqual(["slept 300", "x", "y"]);
  });

  it("fails only the task whose worker throws or dies, and replaces the worker", async () => {
    const pool = probePool({ size: 1 });
    await expect(pool.run({ throws: "bad input" })).rejects.toThrow("bad input");
    await expect(pool.run({ exit: 3 })).rejects.toThrow(/exited with code 3/);
    expect(await pool.run({ echo: "still here" })).toBe("still here");
  });

  it("stops a worker that overruns its time", async () => {
    const pool = probePool({ size: 1, taskTimeoutMs: 3_000 });
    const overrun = pool.run({ sleepMs: 60_000 });
    await expect(overrun).rejects.toBeInstanceOf(TaskFailedError);
    await expect(overrun).rejects.toThrow(/longer than 3000 ms/);
    expect(await pool.run({ echo: "next" })).toBe("next");
  }, 30_000);

  it("lets an idle worker exit", async () => {
    const pool = probePool({ size: 1, idleMs: 100 });
    await pool.run({ echo: "once" });
    expect(pool.stats().workers).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(pool.stats().workers).toBe(0);
  });
});

describe("alignment in a worker", () => {
  const seedDir = path.join(__dirname, "..", "..", "prisma", "seed", "ai-limits");
  const seed = (lang: "zh" | "en") => readFileSync(path.join(seedDir, lang === "zh" ? "zh.raw.txt" : "en.txt"), "utf8");

  it("gives the same preview as aligning in-process, as JSON text, while the main thread keeps running", async () => {
    // The seed article, eight times over, is enough work to see the main thread's timers fire meanwhile.
    const job: AlignJob = { zh: Array(8).fill(seed("zh")).join("\n\n"), en: Array(8).fill(seed("en")).join("\n\n") };
    const pool = new WorkerPool<AlignJob, AlignWireOutcome>({ create: () => tsWorker("align.worker.ts"), size: 1, maxQueued: 1, idleMs: 60_000, taskTimeoutMs: 120_000 });
    pools.push(pool as WorkerPool<unknown, unknown>);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    const inWorker = await pool.run(job).finally(() => clearInterval(timer));
    const ms = performance.now() - started;
    const inProcess = alignForPreview(job);
    expect(inWorker.ok && inProcess.ok).toBe(true);
    if (!inWorker.ok || !inProcess.ok) return;
    const preview = JSON.parse(inWorker.previewJson) as AlignPreview;
    expect(preview.pairs.length).toBeGreaterThan(8);
    expect(preview.pairs).toEqual(inProcess.preview.pairs);
    expect(preview.stats).toEqual({ ...inProcess.preview.stats, ms: preview.stats.ms });
    expect(ticks).toBeGreaterThan(ms / 5 / 4);
  }, 120_000);

  it("reports what is wrong with a side, as checkSide and the repair find it", () => {
    expect(alignForPreview({ zh: "中文段落。", en: "   \n\n  " })).toEqual({ ok: false, problems: { en: "EMPTY" } });
    expect(alignForPreview({ zh: "Only English here, no Chinese.", en: "Some text." })).toEqual({ ok: false, problems: { zh: "NO_CHINESE" } });
    expect(alignForPreview({ zh: "中文段落。", en: "bad\u0000bytes" })).toEqual({ ok: false, problems: { en: "BINARY" } });
    // Both sides wrong: both are reported.
    expect(alignForPreview({ zh: "", en: "bad\u0000bytes" })).toEqual({ ok: false, problems: { zh: "EMPTY", en: "BINARY" } });
  });
});

describe("alignPoolSize", () => {
  it("leaves one core to the server, keeps at least one worker and at most four, unless ALIGN_WORKERS says otherwise", () => {
    expect(alignPoolSize({}, 1)).toBe(1);
    expect(alignPoolSize({}, 2)).toBe(1);
    expect(alignPoolSize({}, 3)).toBe(2);
    expect(alignPoolSize({}, 16)).toBe(4);
    expect(alignPoolSize({ ALIGN_WORKERS: "3" }, 2)).toBe(3);
    expect(alignPoolSize({ ALIGN_WORKERS: "zero" }, 2)).toBe(1);
    expect(alignPoolSize({ ALIGN_WORKERS: "0" }, 8)).toBe(4);
  });
});

describe("backup parsing in a worker", () => {
  it("gives parseBackup's own answer, for a valid backup and a damaged one", async () => {
    const pool = new WorkerPool<string, ParsedBackup>({ create: () => tsWorker("backup.worker.ts"), size: 1, maxQueued: 2, idleMs: 60_000, taskTimeoutMs: 60_000 });
    pools.push(pool as WorkerPool<unknown, unknown>);
    const at = "2026-01-02T03:04:05.000Z";
    const backup: Backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: at,
      settings: null,
      texts: [],
      books: [],
      words: [],
      annotations: [
        {
          textSlug: "ai-limits",
          color: "green",
          createdAt: at,
          parts: [{ paragraphIndex: 0, lang: "zh", start: 0, end: 2, quote: "芯片", prefix: "", suffix: "是卡脖子" }],
          note: { body: "a note", tags: ["chips"], createdAt: at, updatedAt: at },
          cards: [],
        },
      ],
    };
    const good = serializeBackup(backup);
    const damaged = good.replace('"green"', '"octarine"');
    for (const text of [good, damaged, "{not json"]) expect(await pool.run(text)).toEqual(parseBackup(text));
    expect((await pool.run(good)).ok).toBe(true);
    expect((await pool.run(damaged)).ok).toBe(false);
  });
});
