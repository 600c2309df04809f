// Does long work stall everyone else? While a 20,000-annotation backup is
// restored, and then while 4 imports of 2 MB per side are aligned at once,
// `/en` and `/icon.svg` are requested every 50 ms; their p50 and p99 are
// printed per phase (and for an idle baseline).
//
//   npm run bench:stall
//     BENCH_ANNOTATIONS=20000   annotations in the restored backup
//     BENCH_IMPORTS=4           imports aligned at once
//     BENCH_REBUILD=1           force `next build`
//
// Target: p99 < 500 ms for both paths in both phases (exit code 1 otherwise).
import http from "node:http";
import os from "node:os";
import Database from "better-sqlite3";
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, serializeBackup, type Backup, type BackupAnnotation } from "@/lib/export/backup";
import { MAX_SIDE_BYTES, utf8Bytes } from "@/lib/import/validate-side";
import { CONTEXT_CHARS } from "@/lib/anchor/anchor";
import { median, percentile, rng } from "./bench-stats";
import { callAction, request } from "./bench-client";
import { signUpAndRecord } from "./bench-browser-session";
import en from "@/messages/en.json";
import { prepareSeededApp, startNextServer, tempDatabase, type NextServer } from "@/e2e/helpers/next-server";

const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 20_000);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 4);
const PROBE_EVERY_MS = 50;
const PROBE_PATHS = ["/en", "/icon.svg"] as const;
const TARGET_P99_MS = 500;
const SLUG = "ai-limits";
const random = rng(11);

interface Paragraph {
  index: number;
  zh: string;
  en: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A valid backup in the current format: distinct anchors on the seed text, a quarter with notes and tags, a tenth with a reviewed card. */
function makeBackup(paragraphs: Paragraph[], count: number): string {
  const seen = new Set<string>();
  const annotations: BackupAnnotation[] = [];
  const t0 = Date.parse("2026-01-01T00:00:00Z");
  while (annotations.length < count) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)];
    const lang = random() < 0.5 ? "zh" : "en";
    const text = lang === "zh" ? p.zh : p.en;
    const len = 1 + Math.floor(random() * 20);
    const start = Math.floor(random() * (text.length - len));
    const key = `${p.index}:${lang}:${start}:${len}`;
    const quote = text.slice(start, start + len);
    if (seen.has(key) || quote.trim() === "" || /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(quote)) continue;
    seen.add(key);
    const i = annotations.length;
    const at = iso(t0 + i * 60_000);
    annotations.push({
      textSlug: SLUG,
      color: (["yellow", "green", "blue", "pink", "purple"] as const)[i % 5],
      createdAt: at,
      parts: [{ paragraphIndex: p.index, lang, start, end: start + len, quote, prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(start + len, start + len + CONTEXT_CHARS) }],
      note: i % 4 === 0 ? { body: `Note ${i}: why this phrase matters.`, tags: ["bench", `tag${i % 40}`], createdAt: at, updatedAt: at } : null,
      cards:
        i % 10 === 0
          ? [
              {
                kind: "forward",
                suspended: false,
                due: iso(t0 + 40 * 86_400_000),
                stability: 4.5,
                difficulty: 5.1,
                elapsedDays: 3,
                scheduledDays: 4,
                learningSteps: 0,
                reps: 2,
                lapses: 0,
                state: 2,
                lastReview: iso(t0 + 36 * 86_400_000),
                createdAt: at,
                logs: [1, 2].map((k) => ({ rating: 3, state: k === 1 ? 0 : 1, due: iso(t0 + k * 86_400_000), stability: k, difficulty: 5, elapsedDays: k, scheduledDays: k, learningSteps: 0, reviewedAt: iso(t0 + k * 86_400_000) })),
              },
            ]
          : [],
    });
  }
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: iso(t0), settings: null, texts: [], books: [], words: [], annotations };
  const text = serializeBackup(backup);
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`the generated backup does not validate: ${parsed.error} ${parsed.detail ?? ""}`);
  return text;
}

/** Both sides of an import just under the 2 MB limit: the seed text's paragraph pairs, reshuffled block after block. */
function makeImport(paragraphs: Paragraph[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  let zhBytes = 0;
  let enBytes = 0;
  for (;;) {
    const block = [...paragraphs].sort(() => random() - 0.5);
    const bz = utf8Bytes(block.map((p) => p.zh).join("\n\n")) + 2;
    const be = utf8Bytes(block.map((p) => p.en).join("\n\n")) + 2;
    if (zhBytes + bz > MAX_SIDE_BYTES - 1024 || enBytes + be > MAX_SIDE_BYTES - 1024) break;
    zh.push(...block.map((p) => p.zh));
    en.push(...block.map((p) => p.en));
    zhBytes += bz;
    enBytes += be;
  }
  return { zh: zh.join("\n\n"), en: en.join("\n\n") };
}

/**
 * Requests each path on a 50 ms schedule, one request in flight per path,
 * and times each from when it was due, not from when it could be sent
 * (wrk2's correction for coordinated omission): a 10 s stall counts as the
 * 200 requests that should have been answered meanwhile, while the probe
 * itself never piles up requests on a busy server.
 */
function startProbes(server: NextServer) {
  const agent = new http.Agent({ keepAlive: true });
  const latencies = new Map<string, number[]>(PROBE_PATHS.map((p) => [p, []]));
  let errors = 0;
  let stopped = false;
  const loop = async (path: string) => {
    const t0 = performance.now();
    const dueAt = (k: number) => t0 + k * PROBE_EVERY_MS;
    for (let k = 0; !stopped; ) {
      const wait = dueAt(k) - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (stopped) break;
      try {
        const res = await request(agent, new URL(path, server.url), { timeoutMs: 300_000 });
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      // This request, and every one that fell due while it was out, has waited since it was due.
      const now = performance.now();
      do latencies.get(path)!.push(now - dueAt(k++));
      while (dueAt(k) <= now);
    }
  };
  const loops = PROBE_PATHS.map(loop);
  return async () => {
    stopped = true;
    await Promise.all(loops);
    agent.destroy();
    return { latencies, errors };
  };
}

/** Sequential requests until the server has loaded what each path needs; returns each path's median time once warm. */
async function warmUp(server: NextServer): Promise<string> {
  const agent = new http.Agent({ keepAlive: true });
  const out: string[] = [];
  for (const path of PROBE_PATHS) {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      await request(agent, new URL(path, server.url));
      times.push(performance.now() - started);
    }
    out.push(`${path} ${median(times.slice(10)).toFixed(0)} ms`);
  }
  agent.destroy();
  return out.join(", ");
}

interface PhaseResult {
  name: string;
  seconds: number;
  byPath: Array<{ path: string; n: number; p50: number; p99: number; max: number }>;
  errors: number;
}

async function phase(server: NextServer, name: string, work: () => Promise<string>): Promise<PhaseResult> {
  const stop = startProbes(server);
  const started = performance.now();
  let detail: string;
  try {
    detail = await work();
  } catch (err) {
    await stop(); // or the probes would keep the process alive
    throw err;
  }
  const seconds = (performance.now() - started) / 1000;
  const { latencies, errors } = await stop();
  const byPath = PROBE_PATHS.map((path) => {
    const xs = latencies.get(path)!.sort((a, b) => a - b);
    return { path, n: xs.length, p50: median(xs), p99: percentile(xs, 99), max: xs[xs.length - 1] ?? NaN };
  });
  console.log(`${name}: ${seconds.toFixed(1)} s — ${detail}`);
  for (const r of byPath) console.log(`  ${r.path.padEnd(10)} p50 ${r.p50.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(5)} ms  max ${r.max.toFixed(0).padStart(5)} ms  (${r.n} requests)`);
  if (errors) console.log(`  probe errors: ${errors}`);
  return { name, seconds, byPath, errors };
}

async function main() {
  const db = tempDatabase("bench-stall-");
  process.on("exit", db.cleanup);
  let server: NextServer | null = null;
  try {
    console.log(`database: ${db.url}`);
    prepareSeededApp(db.url);
    const raw = new Database(db.url.replace(/^file:/, ""), { readonly: true });
    const paragraphs = raw.prepare(`SELECT p."index" AS "index", p.zh, p.en FROM "Paragraph" p JOIN "Text" t ON t.id = p.textId WHERE t.slug = ? ORDER BY p."index"`).all(SLUG) as Paragraph[];
    raw.close();

    const backup = makeBackup(paragraphs, ANNOTATIONS);
    const upload = makeImport(paragraphs);
    console.log(`backup: ${ANNOTATIONS} annotations, ${(Buffer.byteLength(backup) / 1024 / 1024).toFixed(1)} MB; import: ${(utf8Bytes(upload.zh) / 1024 / 1024).toFixed(2)} MB zh + ${(utf8Bytes(upload.en) / 1024 / 1024).toFixed(2)} MB en, ${IMPORTS} at once`);

    server = await startNextServer({ databaseUrl: db.url, timeoutMs: 120_000 });
    // The browser aligns one small import, so its alignImport request can be sent again with the 2 MB sides.
    const { cookie, recorded } = await signUpAndRecord(server.url, async (page) => {
      await page.goto("/en/import");
      await page.getByRole("textbox", { name: en.Import.chineseSide }).fill("第一段。今天天气很好。");
      await page.getByRole("textbox", { name: en.Import.englishSide }).fill("The first paragraph. The weather is fine today.");
      await page.getByRole("button", { name: en.Import.align }).click();
      await page.locator("[data-preview-pair]").first().waitFor({ timeout: 120_000 });
    });
    const alignImport = recorded[recorded.length - 1];
    const s = server;
    const agent = new http.Agent({ keepAlive: true });
    console.log(`one request at a time, warm: ${await warmUp(s)} (median); load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
    console.log(`probing ${PROBE_PATHS.join(" and ")} every ${PROBE_EVERY_MS} ms\n`);

    const results: PhaseResult[] = [];
    results.push(await phase(s, "idle baseline", () => new Promise((r) => setTimeout(() => r("nothing else running"), 5000))));
    results.push(
      await phase(s, "restore", async () => {
        const res = await request(agent, new URL("/api/review/import?locale=en", s.url), {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie, Origin: s.url },
          body: backup,
          timeoutMs: 600_000,
        });
        const text = res.body.toString("utf8");
        if (res.status !== 200) throw new Error(`restore: HTTP ${res.status} ${text.slice(0, 300)}`);
        return `restore answered ${text.slice(0, 200)}`;
      }),
    );
    results.push(
      await phase(s, `${IMPORTS} imports at once`, async () => {
        const times = await Promise.all(
          Array.from({ length: IMPORTS }, async () => {
            const started = performance.now();
            const res = await callAction<{ previewJson: string }>(agent, s.url, alignImport, cookie, upload, 600_000);
            if (!res.ok) throw new Error(`alignImport: ${res.error.message}`);
            const pairs = (JSON.parse(res.data.previewJson) as { pairs: unknown[] }).pairs.length;
            return `${((performance.now() - started) / 1000).toFixed(1)} s (${pairs} pairs)`;
          }),
        );
        return `imports answered after ${times.join(", ")}`;
      }),
    );
    agent.destroy();

    const missed = results.slice(1).flatMap((r) => r.byPath.filter((p) => !(p.p99 < TARGET_P99_MS)).map((p) => `${r.name} ${p.path}`));
    console.log(`\ntarget p99 < ${TARGET_P99_MS} ms during the restore and the imports: ${missed.length === 0 ? "met" : `MISSED (${missed.join(", ")})`}`);
    if (missed.length > 0) process.exitCode = 1;
  } finally {
    await server?.stop();
    db.cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
