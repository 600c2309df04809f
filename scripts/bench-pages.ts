// How close the library and the reader come to a static file, signed out and
// signed in, and what 200 visitors opening a text at the same moment wait.
//
//   npm run bench:pages
//     BENCH_SECONDS=5        measured seconds per run (autocannon, after a 1 s warm-up run)
//     BENCH_ROUNDS=3         rounds of every run; medians are reported
//     BENCH_CONNECTIONS=8,64 keep-alive connections per run
//     BENCH_BURST=200        simultaneous loads (each on its own connection)
//     BENCH_REBUILD=1        force `next build` (default: build only when there is none)
//
// One `next start` on a temp database, migrated, seeded and built as
// `npm start` does (prepareSeededApp). Each page is compared with a static
// file of the same size from public/, written for this run and deleted after;
// a signed-in user signs up through the real form (scripts/bench-browser-session.ts).
// Targets: signed-out reader and library >= 0.5x their static file,
// signed-in >= 0.2x, 200 simultaneous signed-out loads p95 < 2 s.
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { median, percentile } from "./bench-stats";
import { DIST_DIR, ROOT, prepareSeededApp, processGroupCpuMs, startNextServer, tempDatabase, type NextServer } from "@/e2e/helpers/next-server";
import { signUpAndRecord } from "./bench-browser-session";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "8,64").split(",").map(Number);
const BURST = Number(process.env.BENCH_BURST ?? 200);
const TARGET_SIGNED_OUT = 0.5;
const TARGET_SIGNED_IN = 0.2;
const TARGET_BURST_P95_MS = 2_000;

interface Page {
  name: string;
  path: string;
  signedIn: boolean;
  /** The static file of the same size this page is compared with. */
  staticPath: string;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Server CPU (user + system) per completed request, ms: far less sensitive to the machine's other load than req/s. */
  cpuMs: number | null;
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function cannon(server: NextServer, url: string, connections: number, seconds: number, cookie?: string): Promise<Run> {
  const cpuBefore = processGroupCpuMs(server.pid);
  const result = await autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
  const cpuAfter = processGroupCpuMs(server.pid);
  const cpuMs = cpuBefore === null || cpuAfter === null || result.requests.total === 0 ? null : (cpuAfter - cpuBefore) / result.requests.total;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, cpuMs };
}

/** `count` GETs started at once, each on a fresh connection; the latency of each whole response, sorted. */
async function burst(url: string, count: number): Promise<{ sorted: number[]; errors: number }> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  let errors = 0;
  const one = () =>
    new Promise<number>((resolve) => {
      const start = performance.now();
      const req = http.get(url, { agent }, (res) => {
        if (res.statusCode !== 200) errors++;
        res.resume();
        res.on("end", () => resolve(performance.now() - start));
      });
      req.on("error", () => {
        errors++;
        resolve(performance.now() - start);
      });
    });
  const latencies = await Promise.all(Array.from({ length: count }, one));
  agent.destroy();
  return { sorted: latencies.sort((a, b) => a - b), errors };
}

async function bodyBytes(url: string, cookie?: string): Promise<number> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

/** An HTML file of exactly `bytes` bytes. */
function filler(bytes: number): Buffer {
  const line = "<p>The quick brown fox jumps over the lazy dog; 敏捷的棕色狐狸跳过了懒狗。</p>\n";
  let s = "<!doctype html><html><body>\n";
  while (Buffer.byteLength(s) < bytes) s += line;
  return Buffer.from(s).subarray(0, bytes);
}

async function main() {
  const db = tempDatabase("bench-pages-");
  process.on("exit", db.cleanup);
  const publicDir = path.join(ROOT, "public");
  const hadPublicDir = existsSync(publicDir);
  const staticDir = path.join(publicDir, `bench-pages-${process.pid}`);
  const removeStatic = () => rmSync(hadPublicDir ? staticDir : publicDir, { recursive: true, force: true });
  process.on("exit", removeStatic);
  let server: NextServer | null = null;
  try {
    prepareSeededApp(db.url);
    // Next lists public/ when it starts: the files exist (empty) before, and get their size once the pages are measured.
    mkdirSync(staticDir, { recursive: true });
    const staticFiles = { reader: "reader.html", library: "library.html" };
    for (const file of Object.values(staticFiles)) writeFileSync(path.join(staticDir, file), "");
    server = await startNextServer({ databaseUrl: db.url });
    const base = server.url;
    const { cookie } = await signUpAndRecord(base);
    const staticUrl = (file: string) => `/${path.basename(staticDir)}/${file}`;
    const readerBytes = await bodyBytes(`${base}/en/texts/ai-limits`);
    const libraryBytes = await bodyBytes(`${base}/en`);
    writeFileSync(path.join(staticDir, staticFiles.reader), filler(readerBytes));
    writeFileSync(path.join(staticDir, staticFiles.library), filler(libraryBytes));
    if ((await bodyBytes(base + staticUrl(staticFiles.reader))) !== readerBytes) throw new Error("the static file is not served at the reader's size");

    const pages: Page[] = [
      { name: "reader, signed out", path: "/en/texts/ai-limits", signedIn: false, staticPath: staticUrl(staticFiles.reader) },
      { name: "library, signed out", path: "/en", signedIn: false, staticPath: staticUrl(staticFiles.library) },
      { name: "reader, signed in", path: "/en/texts/ai-limits", signedIn: true, staticPath: staticUrl(staticFiles.reader) },
      { name: "library, signed in", path: "/en", signedIn: true, staticPath: staticUrl(staticFiles.library) },
    ];
    // What a signed-in browser asks for next, per page: not compared with a file, shown for the whole picture.
    const perUser = [
      { name: "/api/viewer, signed in", path: "/api/viewer" },
      { name: "/api/library, signed in", path: "/api/library" },
    ];
    console.log(`server: ${base} (next start, build ${DIST_DIR}); reader ${readerBytes} B, library ${libraryBytes} B`);
    console.log(`${SECONDS} s per run, ${ROUNDS} round(s), connections ${CONNECTIONS.join(" and ")}; load average at start: ${load()} (${os.cpus().length} cores)\n`);

    // Each page runs right after its static file, so a ratio compares two runs under the same outside load
    // (other processes on this machine); the ratio reported is the median of the rounds' ratios.
    type Target = { key: string; url: string; cookie?: string; staticKey?: string };
    const targets: Target[] = [];
    for (const p of pages) {
      targets.push({ key: `static file, ${p.name}`, url: base + p.staticPath });
      targets.push({ key: p.name, url: base + p.path, cookie: p.signedIn ? cookie : undefined, staticKey: `static file, ${p.name}` });
    }
    targets.push(...perUser.map((p) => ({ key: p.name, url: base + p.path, cookie })));
    const runs = new Map<string, Run[]>();
    const ratios = new Map<string, number[]>();
    // The static file's server CPU per request over the page's: what the throughput ratio would be on an idle machine.
    const cpuRatios = new Map<string, number[]>();
    for (const t of targets) await cannon(server, t.url, 8, 1, t.cookie); // warm-up: every page rendered and cached once
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of CONNECTIONS) {
        const last = new Map<string, Run>();
        for (const t of targets) {
          const run = await cannon(server, t.url, c, SECONDS, t.cookie);
          const key = `${t.key} @${c}`;
          last.set(t.key, run);
          runs.set(key, [...(runs.get(key) ?? []), run]);
          if (t.staticKey) {
            const file = last.get(t.staticKey)!;
            ratios.set(key, [...(ratios.get(key) ?? []), run.rps / file.rps]);
            if (run.cpuMs && file.cpuMs) cpuRatios.set(key, [...(cpuRatios.get(key) ?? []), file.cpuMs / run.cpuMs]);
          }
        }
      }
      console.log(`round ${round + 1}/${ROUNDS} done, load average ${load()}`);
    }
    const med = (key: string) => {
      const r = runs.get(key)!;
      const cpu = r.flatMap((x) => (x.cpuMs === null ? [] : [x.cpuMs]));
      return {
        rps: median(r.map((x) => x.rps)),
        p50: median(r.map((x) => x.p50)),
        p99: median(r.map((x) => x.p99)),
        cpuMs: cpu.length ? median(cpu) : null,
        errors: r.reduce((n, x) => n + x.errors, 0),
      };
    };

    let ok = true;
    console.log(`\nmedians of ${ROUNDS} round(s):`);
    console.log(`${"request".padEnd(34)}${"conn".padStart(5)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"CPU ms".padStart(8)}${"× static".padStart(10)}${"CPU ×".padStart(7)}  errors`);
    for (const c of CONNECTIONS) {
      for (const t of targets) {
        const m = med(`${t.key} @${c}`);
        const page = pages.find((p) => p.name === t.key);
        let ratio = "";
        const cpuRatio = cpuRatios.has(`${t.key} @${c}`) ? median(cpuRatios.get(`${t.key} @${c}`)!).toFixed(2) : "";
        if (page) {
          const r = median(ratios.get(`${t.key} @${c}`)!);
          const target = page.signedIn ? TARGET_SIGNED_IN : TARGET_SIGNED_OUT;
          ratio = `${r.toFixed(2)}${r >= target ? "" : " <"}`;
          if (r < target) ok = false;
        }
        if (m.errors > 0) ok = false;
        console.log(`${t.key.padEnd(34)}${String(c).padStart(5)}${m.rps.toFixed(0).padStart(9)}${m.p50.toFixed(1).padStart(9)}${m.p99.toFixed(1).padStart(9)}${(m.cpuMs?.toFixed(2) ?? "").padStart(8)}${ratio.padStart(10)}${cpuRatio.padStart(7)}  ${m.errors}`);
      }
    }
    console.log(`× static: median of the rounds' ratios to the same-size static file run just before; targets: signed out >= ${TARGET_SIGNED_OUT}x, signed in >= ${TARGET_SIGNED_IN}x ("<" marks a miss)`);
    console.log(`CPU ms: the server's CPU time per request; CPU ×: the static file's over the page's, the ratio an idle machine would show`);

    console.log(`\n${BURST} simultaneous signed-out loads (each on a new connection), medians of ${ROUNDS} round(s):`);
    for (const p of pages.filter((x) => !x.signedIn)) {
      const rounds = [];
      for (let i = 0; i < ROUNDS; i++) rounds.push(await burst(base + p.path, BURST));
      const p50 = median(rounds.map((r) => percentile(r.sorted, 50)));
      const p95 = median(rounds.map((r) => percentile(r.sorted, 95)));
      const errors = rounds.reduce((n, r) => n + r.errors, 0);
      const met = p95 < TARGET_BURST_P95_MS && errors === 0;
      if (!met) ok = false;
      console.log(`  ${p.name.padEnd(22)} p50 ${p50.toFixed(0).padStart(5)} ms  p95 ${p95.toFixed(0).padStart(5)} ms  errors ${errors}  — target p95 < ${TARGET_BURST_P95_MS} ms${met ? " (met)" : " — MISSED"}`);
    }
    console.log(`\nload average at the end: ${load()}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await server?.stop();
    removeStatic();
    db.cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
