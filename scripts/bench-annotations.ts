// Throughput and latency of the createAnnotation server action under load,
// against the framework's own floor: an empty server action (noopAction).
//
//   npm run bench:annotations
//     BENCH_CLIENTS=32       concurrent keep-alive clients
//     BENCH_SECONDS=15       measured seconds per phase (after BENCH_WARMUP=3 s)
//     BENCH_ROUNDS=3         rounds (noop + create each, order alternating); the median is reported
//     BENCH_OPEN_SHARE=0.5   open-loop arrival rate, as a share of the no-op's closed-loop maximum
//     BENCH_REBUILD=1        force `next build` (default: build only when there is none)
//     NEXT_DIST_DIR=...      build folder to use (default .next)
//
// Creates a temp database (migrate + seed; SQLite, or with DATABASE_URL=postgresql://…
// a new database on that PostgreSQL server), builds the app if needed,
// starts `next start` on a free port with that database, signs one user up
// through the real /en/sign-up form in Chromium, and records the requests that
// browser sends for both actions (the health page's round trips, one highlight
// made with H; e2e/helpers/recorded-actions.ts). The load is those requests,
// sent again with random highlight ranges in the recorded input.
//
// Two loads. Closed loop: CLIENTS clients, each sending its next request when
// the last is answered, find each action's maximum throughput (there, latency
// is mostly queueing: Little's law). Open loop: requests arrive at a fixed
// rate, BENCH_OPEN_SHARE of the no-op's maximum, whether or not earlier ones
// were answered, as independent readers' clicks do; latency counts from the
// moment a request was due, so a stalled server cannot hide its backlog.
// Targets: create's maximum >= 60% of the no-op's; in the open loop, create
// p99 < 50 ms and no errors.
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { readdirSync, readFileSync } from "node:fs";
import { createPrismaClient } from "@/lib/prisma-client";
import { median, percentile } from "./bench-stats";
import { DIST_DIR, prepareSeededApp, startNextServer, tempDatabase, type NextServer } from "@/e2e/helpers/next-server";
import type { RecordedAction } from "@/e2e/helpers/recorded-actions";
import { highlightFirstSentence, signUpAndRecord } from "./bench-browser-session";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const OPEN_SHARE = Number(process.env.BENCH_OPEN_SHARE ?? 0.5);
const TARGET_RATIO = 0.6;
const TARGET_P99_MS = 50;
const SLUG = "ai-limits";
const COLORS = ["yellow", "green", "blue", "pink", "purple"] as const;

interface Paragraph {
  id: string;
  zh: string;
  en: string;
}

interface PhaseResult {
  name: string;
  /** Server CPU time (user + system, all its processes) per measured request, when /proc allows. */
  cpuMsPerRequest: number;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  errorSamples: string[];
  /** Open loop: the longest this process's own event loop was late (a stalled client would send late, and count it as latency). */
  clientLagMaxMs?: number;
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ on Linux

/**
 * The server's processes: every process whose environment holds this run's
 * temp DATABASE_URL (startNextServer passes it; nothing else on the machine
 * has it). Found through /proc because Next renames its process title.
 */
function serverPids(databaseUrl: string): string[] {
  const needle = `DATABASE_URL=${databaseUrl}\0`;
  const pids: string[] = [];
  try {
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
      try {
        if (`${readFileSync(`/proc/${pid}/environ`, "utf8")}\0`.includes(needle)) pids.push(pid);
      } catch {
        // gone, or not ours to read
      }
    }
  } catch {
    // no /proc: CPU figures are skipped
  }
  return pids;
}

/** CPU milliseconds (user + system) used so far by the server's processes, or NaN when unknown. */
function serverCpuMs(databaseUrl: string): number {
  const pids = serverPids(databaseUrl);
  if (pids.length === 0) return NaN;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
    } catch {
      // exited meanwhile
    }
  }
  return (ticks / CLOCK_TICKS_PER_S) * 1000;
}

async function loadParagraphs(databaseUrl: string): Promise<Paragraph[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    return await db.paragraph.findMany({ where: { text: { slug: SLUG } }, orderBy: { index: "asc" }, select: { id: true, zh: true, en: true } });
  } finally {
    await db.$disconnect();
  }
}

interface Recorded {
  /** Every cookie the browser holds (the session and NEXT_LOCALE), as it would send them. */
  cookie: string;
  noop: RecordedAction;
  create: RecordedAction;
}

/** Signs a new user up through the real form and records that browser's noopAction and createAnnotation requests. */
async function signUpAndRecordBoth(baseUrl: string): Promise<Recorded> {
  const { cookie, recorded } = await signUpAndRecord(baseUrl, async (page) => {
    // The health page measures round trips through noopAction as soon as it loads.
    await page.goto("/en/health");
    await page.getByRole("status").filter({ hasText: /\d/ }).waitFor();
    await highlightFirstSentence(page, SLUG);
  });
  const noop = recorded.find((r) => r.url.includes("/health"));
  const create = recorded.find((r) => r.url.includes("/texts/"));
  if (!noop || !create) throw new Error("the browser sent no noopAction or createAnnotation request");
  return { cookie, noop, create };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The recorded createAnnotation body with its one part moved to 1–30 random
 * characters of a random paragraph side (quote matching) and a random colour.
 * The body is the JSON array of the action's arguments; the seed text has no
 * string starting with "$", which React would escape.
 */
function randomCreateBody(recorded: RecordedAction, paragraphs: Paragraph[]): string {
  const [input] = JSON.parse(recorded.body.toString("utf8")) as [{ parts: Array<Record<string, unknown>> } & Record<string, unknown>];
  for (;;) {
    const p = paragraphs[Math.floor(Math.random() * paragraphs.length)];
    const lang = Math.random() < 0.5 ? "zh" : "en";
    const text = lang === "zh" ? p.zh : p.en;
    if (text.length === 0) continue;
    const len = 1 + Math.floor(Math.random() * Math.min(30, text.length));
    const start = Math.floor(Math.random() * (text.length - len + 1));
    const end = start + len;
    if (isLowSurrogate(text.charCodeAt(start)) || (end < text.length && isLowSurrogate(text.charCodeAt(end)))) continue;
    const quote = text.slice(start, end);
    if (quote.trim().length === 0) continue;
    const color = COLORS[Math.floor(Math.random() * COLORS.length)];
    return JSON.stringify([{ ...input, color, parts: [{ ...input.parts[0], paragraphId: p.id, lang, start, end, quote }] }]);
  }
}

interface Target {
  name: string;
  action: RecordedAction;
  body: () => string;
}

/** The recorded request's headers with this jar's cookies. */
const headersFor = (target: Target, jar: CookieJar) => ({ ...target.action.headers, cookie: jar.header() });
const isOk = (text: string) => /"ok":true/.test(text);

/**
 * The cookies of the one signed-in browser all clients share, kept up to date
 * from Set-Cookie as a browser does, so that a cookie the server renews is
 * what the next requests carry (a client replaying stale cookies would be
 * measuring something no browser does).
 */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  constructor(header: string) {
    for (const part of header.split(/;\s*/)) {
      const eq = part.indexOf("=");
      if (eq > 0) this.cookies.set(part.slice(0, eq), part.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  update(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair, ...attrs] = line.split(/;\s*/);
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const expired = attrs.some((a) => /^max-age=(0|-)/i.test(a)) || pair.slice(eq + 1) === "";
      if (expired) this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }
}

/** One POST on a keep-alive agent; resolves with the status, the Set-Cookie headers and the whole body. */
type Answer = { status: number; body: Buffer; setCookie?: string[] };

/**
 * One POST on a keep-alive agent; resolves with the status, the Set-Cookie headers and the whole body. A
 * reused socket the server closed as idle (its keep-alive timeout) just as the request went out fails with
 * ECONNRESET before the server saw anything: sent again once on a new socket, as Node's documentation of
 * `request.reusedSocket` advises and browsers do. Any other failure counts.
 */
function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string, retried = false): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", agent, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), setCookie: res.headers["set-cookie"] }));
      },
    );
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && err.code === "ECONNRESET") resolve(post(agent, url, headers, body, true));
      else reject(err);
    });
    req.setTimeout(30_000, () => req.destroy(new Error("request timeout (30 s)")));
    req.end(body);
  });
}

function phaseResult(name: string, latencies: number[], seconds: number, cpuMs: number, errors: number, errorSamples: string[]): PhaseResult {
  latencies.sort((a, b) => a - b);
  return {
    name,
    cpuMsPerRequest: cpuMs / Math.max(1, latencies.length),
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    errors,
    errorSamples,
  };
}

/** One request's outcome: null when ok, else what went wrong. */
async function sendOnce(agent: http.Agent, url: URL, target: Target, jar: CookieJar): Promise<string | null> {
  try {
    const res = await post(agent, url, headersFor(target, jar), target.body());
    jar.update(res.setCookie);
    const text = res.body.toString("utf8");
    if (res.status !== 200) return `HTTP ${res.status}: ${text.slice(0, 200)}`;
    if (/database is locked|SQLITE_BUSY/i.test(text)) return `database locked: ${text.slice(0, 200)}`;
    if (!isOk(text)) return `not ok: ${text.slice(0, 200)}`;
    return null;
  } catch (err) {
    return `request failed: ${(err as Error).message}`;
  }
}

/** `clients` loops, each waiting for its answer before the next request; only the measured window counts. */
async function runPhase(server: NextServer, jar: CookieJar, target: Target, databaseUrl: string, clients = CLIENTS): Promise<PhaseResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const url = new URL(target.action.url);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const t0 = performance.now();
  const measureFrom = t0 + WARMUP_SECONDS * 1000;
  const until = measureFrom + SECONDS * 1000;

  let cpuAtStart = NaN;
  const cpuTimer = setTimeout(() => (cpuAtStart = serverCpuMs(databaseUrl)), Math.max(0, measureFrom - performance.now()));
  const worker = async () => {
    while (performance.now() < until) {
      const start = performance.now();
      const problem = await sendOnce(agent, url, target, jar);
      const done = performance.now();
      if (done >= measureFrom && done <= until) {
        latencies.push(done - start);
        if (problem) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(problem);
        }
      }
    }
  };
  const cpuAtEnd = new Promise<number>((resolve) => setTimeout(() => resolve(serverCpuMs(databaseUrl)), Math.max(0, until - performance.now())));
  await Promise.all(Array.from({ length: clients }, worker));
  clearTimeout(cpuTimer);
  const cpuMs = (await cpuAtEnd) - cpuAtStart;
  agent.destroy();

  return phaseResult(target.name, latencies, SECONDS, cpuMs, errors, errorSamples);
}

/**
 * Open loop: request i is due at start + i / rate and is sent then, however many are still unanswered
 * (each on a free keep-alive socket, or a new one). Its latency runs from when it was due, not from when
 * the client got round to it, so a server falling behind shows as growing latency, not as fewer requests.
 */
async function runOpenPhase(target: Target, jar: CookieJar, databaseUrl: string, rate: number): Promise<PhaseResult> {
  // LIFO: the busiest sockets are reused, and the ones a burst opened go idle and close, as a browser's do.
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, scheduling: "lifo" });
  const url = new URL(target.action.url);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const warmup = Math.round(WARMUP_SECONDS * rate);
  const total = warmup + Math.round(SECONDS * rate);
  const t0 = performance.now() + 50;
  let cpuAtStart = NaN;
  const inFlight: Array<Promise<void>> = [];
  let windowStart = NaN;
  let windowEnd = NaN;
  const clientLag = monitorEventLoopDelay({ resolution: 10 });
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (i === warmup) {
      cpuAtStart = serverCpuMs(databaseUrl);
      windowStart = performance.now();
      clientLag.enable();
    }
    const measured = i >= warmup;
    inFlight.push(
      sendOnce(agent, url, target, jar).then((problem) => {
        if (!measured) return;
        latencies.push(performance.now() - due);
        windowEnd = Math.max(Number.isNaN(windowEnd) ? 0 : windowEnd, performance.now());
        if (problem) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(problem);
        }
      }),
    );
  }
  await Promise.all(inFlight);
  clientLag.disable();
  const cpuMs = serverCpuMs(databaseUrl) - cpuAtStart;
  agent.destroy();
  // Throughput: answered requests over the time from the first measured send to the last answer.
  return { ...phaseResult(target.name, latencies, (windowEnd - windowStart) / 1000, cpuMs, errors, errorSamples), clientLagMaxMs: clientLag.max / 1e6 };
}

function describe(r: PhaseResult): string {
  return (
    `${r.name.padEnd(16)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  ` +
    `p99 ${r.p99.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(0).padStart(5)} ms  ` +
    `server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/req  ${r.requests} requests, ${r.errors} errors` +
    (r.clientLagMaxMs === undefined ? "" : `  (client loop late by up to ${r.clientLagMaxMs.toFixed(0)} ms)`)
  );
}

async function main() {
  const db = tempDatabase("bench-annotations-");
  // Ctrl-C ends the process from a signal handler (e2e/helpers/next-server.ts kills the server); the temp folder goes too.
  process.on("exit", db.cleanup);
  let server: NextServer | null = null;
  try {
    console.log(`database: ${db.url}`);
    prepareSeededApp(db.url);
    const paragraphs = await loadParagraphs(db.url);
    if (paragraphs.length === 0) throw new Error(`the seed text "${SLUG}" has no paragraphs`);

    server = await startNextServer({ databaseUrl: db.url });
    console.log(`server: ${server.url} (next start, build ${DIST_DIR})`);
    const recorded = await signUpAndRecordBoth(server.url);
    const jar = new CookieJar(recorded.cookie);
    console.log(`signed up one user through /en/sign-up and recorded its browser's action requests; ${paragraphs.length} seed paragraphs`);

    const create: Target = { name: "createAnnotation", action: recorded.create, body: () => randomCreateBody(recorded.create, paragraphs) };
    const noop: Target = { name: "noopAction", action: recorded.noop, body: () => recorded.noop.body.toString("utf8") };

    // One sanity call each, so a broken setup fails loudly instead of as 100% errors.
    for (const target of [noop, create]) {
      const agent = new http.Agent({ keepAlive: false });
      const res = await post(agent, new URL(target.action.url), headersFor(target, jar), target.body());
      jar.update(res.setCookie);
      if (res.status !== 200 || !isOk(res.body.toString("utf8"))) throw new Error(`${target.name} sanity call failed: HTTP ${res.status} ${res.body.toString("utf8").slice(0, 300)}`);
      console.log(`${target.name}: answer ${res.body.length} bytes`);
    }

    console.log(`${CLIENTS} concurrent keep-alive clients, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s measured per phase, ${ROUNDS} round(s)\n`);
    const rounds: Array<{ create: PhaseResult; noop: PhaseResult }> = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate the order, so neither action always runs on the warmer (or more loaded) server.
      const order = i % 2 === 0 ? [noop, create] : [create, noop];
      const results: Record<string, PhaseResult> = {};
      for (const target of order) results[target.name] = await runPhase(server, jar, target, db.url);
      const round = { create: results.createAnnotation, noop: results.noopAction };
      rounds.push(round);
      console.log(`round ${i + 1}/${ROUNDS}:`);
      console.log(`  ${describe(round.noop)}`);
      console.log(`  ${describe(round.create)}`);
      console.log(`  create/noop throughput: ${((round.create.rps / round.noop.rps) * 100).toFixed(0)}%`);
      for (const r of [round.noop, round.create]) for (const e of r.errorSamples) console.log(`  ${r.name} error: ${e}`);
    }

    const createRps = median(rounds.map((r) => r.create.rps));
    const noopRps = median(rounds.map((r) => r.noop.rps));
    const ratio = median(rounds.map((r) => r.create.rps / r.noop.rps));
    const createP50 = median(rounds.map((r) => r.create.p50));
    const createP99 = median(rounds.map((r) => r.create.p99));
    const noopP50 = median(rounds.map((r) => r.noop.p50));
    const noopP99 = median(rounds.map((r) => r.noop.p99));
    const createCpu = median(rounds.map((r) => r.create.cpuMsPerRequest));
    const noopCpu = median(rounds.map((r) => r.noop.cpuMsPerRequest));
    const ratioOk = ratio >= TARGET_RATIO;

    console.log(`\nclosed loop, median of ${ROUNDS} round(s), ${CLIENTS} clients:`);
    console.log(`  noopAction        ${noopRps.toFixed(0).padStart(6)} req/s  p50 ${noopP50.toFixed(1)} ms  p99 ${noopP99.toFixed(1)} ms`);
    console.log(`  createAnnotation  ${createRps.toFixed(0).padStart(6)} req/s  p50 ${createP50.toFixed(1)} ms  p99 ${createP99.toFixed(1)} ms`);
    if (Number.isFinite(createCpu) && Number.isFinite(noopCpu)) {
      // Less sensitive to other load on the machine than req/s: what each request costs the server.
      console.log(
        `  server CPU per request: noop ${noopCpu.toFixed(2)} ms, create ${createCpu.toFixed(2)} ms ` +
          `(CPU-bound ceiling on one core: noop ${(1000 / noopCpu).toFixed(0)} req/s, create ${(1000 / createCpu).toFixed(0)} req/s, ` +
          `ratio ${((noopCpu / createCpu) * 100).toFixed(0)}%)`,
      );
    }
    console.log(`  create/noop maximum throughput (median of the rounds' ratios) ${(ratio * 100).toFixed(0)}% — target >= ${TARGET_RATIO * 100}%${ratioOk ? " (met)" : " — BELOW TARGET"}`);
    // With CLIENTS requests always in flight, latency is mostly time spent queueing
    // (Little's law: in-flight / throughput); the open loop below is the latency target.
    console.log(`  queueing floor at ${CLIENTS} clients (Little's law, ${CLIENTS} / throughput): noop ${((CLIENTS / noopRps) * 1000).toFixed(0)} ms, create ${((CLIENTS / createRps) * 1000).toFixed(0)} ms`);

    const rate = OPEN_SHARE * noopRps;
    console.log(`\nopen loop at ${rate.toFixed(0)} req/s (${OPEN_SHARE * 100}% of the no-op's closed-loop maximum), ${ROUNDS} round(s):`);
    const open: Array<{ noop: PhaseResult; create: PhaseResult }> = [];
    for (let i = 0; i < ROUNDS; i++) {
      const first = i % 2 === 0 ? noop : create;
      const second = first === noop ? create : noop;
      const a = await runOpenPhase(first, jar, db.url, rate);
      const b = await runOpenPhase(second, jar, db.url, rate);
      const round = first === noop ? { noop: a, create: b } : { noop: b, create: a };
      open.push(round);
      console.log(`  round ${i + 1}: ${describe(round.noop)}`);
      console.log(`           ${describe(round.create)}`);
      for (const r of [round.noop, round.create]) for (const e of r.errorSamples) console.log(`  ${r.name} error: ${e}`);
    }
    const openNoopRps = median(open.map((r) => r.noop.rps));
    const openCreateRps = median(open.map((r) => r.create.rps));
    const openP50 = median(open.map((r) => r.create.p50));
    const openP99 = median(open.map((r) => r.create.p99));
    const openNoopP99 = median(open.map((r) => r.noop.p99));
    const p99Ok = openP99 < TARGET_P99_MS;
    console.log(`  noop   ${openNoopRps.toFixed(0)} req/s answered, p50 ${median(open.map((r) => r.noop.p50)).toFixed(1)} ms, p99 ${openNoopP99.toFixed(1)} ms`);
    console.log(`  create ${openCreateRps.toFixed(0)} req/s answered (${((openCreateRps / openNoopRps) * 100).toFixed(0)}% of the no-op's at this rate), p50 ${openP50.toFixed(1)} ms, p99 ${openP99.toFixed(1)} ms — target p99 < ${TARGET_P99_MS} ms${p99Ok ? " (met)" : " — OVER TARGET"}`);

    const alone = { noop: await runPhase(server, jar, noop, db.url, 1), create: await runPhase(server, jar, create, db.url, 1) };
    console.log(`\none client, for comparison: noop p50 ${alone.noop.p50.toFixed(1)} ms p99 ${alone.noop.p99.toFixed(1)} ms; create p50 ${alone.create.p50.toFixed(1)} ms p99 ${alone.create.p99.toFixed(1)} ms`);
    const errors =
      rounds.reduce((n, r) => n + r.create.errors + r.noop.errors, 0) + open.reduce((n, r) => n + r.create.errors + r.noop.errors, 0) + alone.noop.errors + alone.create.errors;
    console.log(`errors (non-ok results, HTTP or parse failures), all phases: ${errors}`);
    if (!ratioOk || !p99Ok || errors > 0) process.exitCode = 1;
  } finally {
    await server?.stop();
    db.cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
