// Durability under kill -9, and what synchronous=FULL costs against NORMAL.
//
//   npm run bench:crash
//     BENCH_CLIENTS=32     concurrent clients creating highlights
//     BENCH_KILLS=3        load → kill -9 → restart → check cycles
//     BENCH_LOAD_MS=4000   load before each kill (each cycle adds up to 2 s more, at random)
//     BENCH_SECONDS=10     measured seconds per synchronous mode, through the server (after 2 s warm-up) and in-process
//     BENCH_ROUNDS=2       FULL/NORMAL rounds (order alternating); the median is reported
//     BENCH_REBUILD=1      force `next build`
//
// A temp SQLite database (migrate + seed) on the real disk, `next start` on
// it, one user signed up through the real form. Each cycle has the clients
// call createAnnotation (one highlight each) until the server's whole process group gets SIGKILL,
// restarts the server on the same file, and checks that every annotation whose
// creation was acknowledged (an ok answer received) is stored, and that
// `PRAGMA integrity_check` says ok. Exits non-zero otherwise.
import http from "node:http";
import os from "node:os";
import Database from "better-sqlite3";
import { createAnnotation } from "@/features/annotations/annotation-store";
import type { CreateAnnotationData } from "@/features/annotations/schemas";
import { createPrismaClient, type SynchronousMode } from "@/lib/prisma-client";
import { median, rng } from "./bench-stats";
import { callAction } from "./bench-client";
import { highlightFirstSentence, signUpAndRecord } from "./bench-browser-session";
import type { RecordedAction } from "@/e2e/helpers/recorded-actions";
import { prepareSeededApp, startNextServer, tempDatabase, type NextServer } from "@/e2e/helpers/next-server";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const KILLS = Number(process.env.BENCH_KILLS ?? 3);
const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 4000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARMUP_MS = 2000;
const SLUG = "ai-limits";
const random = rng(9);

interface Paragraph {
  id: string;
  zh: string;
  en: string;
}

/** A valid createAnnotation input: one highlight of a few characters of a random paragraph side. */
function randomHighlight(paragraphs: Paragraph[]): unknown {
  for (;;) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)];
    const lang = random() < 0.5 ? "zh" : "en";
    const text = lang === "zh" ? p.zh : p.en;
    const len = Math.min(text.length, 1 + Math.floor(random() * 12));
    const start = Math.floor(random() * (text.length - len + 1));
    const quote = text.slice(start, start + len);
    // No lone surrogate at either end, and something to see.
    if (quote.trim().length === 0 || /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(quote)) continue;
    return { textSlug: SLUG, color: "yellow", parts: [{ paragraphId: p.id, lang, start, end: start + len, quote }] };
  }
}

/** The signed-up user's cookies and the createAnnotation request their browser sent. */
interface Session {
  cookie: string;
  create: RecordedAction;
}

interface Load {
  /** Ids of annotations whose creation the server acknowledged. */
  acked: string[];
  /** Requests that got no ok answer (in flight at the kill, or refused). */
  unanswered: number;
  /** Acknowledged creations per second within [measureFrom, until). */
  ackedInWindow: number;
}

/** CLIENTS loops creating annotations until `stop()` says so; errors end nothing, they are counted. */
async function load(server: NextServer, session: Session, paragraphs: Paragraph[], stop: () => boolean, window?: { from: number; until: number }): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const out: Load = { acked: [], unanswered: 0, ackedInWindow: 0 };
  const client = async () => {
    while (!stop()) {
      try {
        const res = await callAction<{ annotationId: string }>(agent, server.url, session.create, session.cookie, randomHighlight(paragraphs), 30_000);
        if (!res.ok) throw new Error(`not ok: ${res.error.message}`);
        out.acked.push(res.data.annotationId);
        const now = performance.now();
        if (window && now >= window.from && now < window.until) out.ackedInWindow++;
      } catch {
        out.unanswered++;
        if (!stop()) await new Promise((r) => setTimeout(r, 50)); // the server is gone; don't spin
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  agent.destroy();
  return out;
}

function openFile(url: string) {
  return new Database(url.replace(/^file:/, ""));
}

/** The stored annotation ids, and SQLite's own verdict on the file. */
function inspect(url: string): { ids: Set<string>; integrity: string } {
  const db = openFile(url);
  try {
    const integrity = (db.prepare("PRAGMA integrity_check").all() as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join("; ");
    const ids = new Set((db.prepare(`SELECT "id" FROM "Annotation"`).all() as Array<{ id: string }>).map((r) => r.id));
    return { ids, integrity };
  } finally {
    db.close();
  }
}

/**
 * The same write path without HTTP, Next or the server's process: CLIENTS
 * concurrent createAnnotation calls on one app client for SECONDS. Far less
 * sensitive to the machine's other load than the figures through the server.
 */
async function inProcessRate(url: string, synchronous: SynchronousMode, paragraphs: Paragraph[]): Promise<number> {
  const db = createPrismaClient(url, synchronous);
  try {
    const [user] = await db.$queryRawUnsafe<Array<{ id: string }>>(`SELECT "id" FROM "User" LIMIT 1`);
    const until = performance.now() + SECONDS * 1000;
    let created = 0;
    const client = async () => {
      while (performance.now() < until) {
        const res = await createAnnotation(db, user.id, randomHighlight(paragraphs) as CreateAnnotationData);
        if (!res.ok) throw new Error(`createAnnotation refused: ${JSON.stringify(res)}`);
        created++;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    return created / SECONDS;
  } finally {
    await db.$disconnect();
  }
}

async function startServer(url: string, synchronous: SynchronousMode): Promise<NextServer> {
  process.env.SQLITE_SYNCHRONOUS = synchronous; // startNextServer passes the environment on
  return startNextServer({ databaseUrl: url, timeoutMs: 120_000 });
}

async function main() {
  const db = tempDatabase("bench-crash-");
  process.on("exit", db.cleanup);
  let server: NextServer | null = null;
  try {
    console.log(`database: ${db.url}`);
    prepareSeededApp(db.url);
    const seedDb = openFile(db.url);
    const paragraphs = seedDb.prepare(`SELECT p.id, p.zh, p.en FROM "Paragraph" p JOIN "Text" t ON t.id = p.textId WHERE t.slug = ?`).all(SLUG) as Paragraph[];
    seedDb.close();

    server = await startServer(db.url, "FULL");
    const signedUp = await signUpAndRecord(server.url, (page) => highlightFirstSentence(page, SLUG));
    const session: Session = { cookie: signedUp.cookie, create: signedUp.recorded[0] };
    console.log(`${CLIENTS} clients creating annotations of one highlight each; ${KILLS} kill -9 cycles, synchronous=FULL\n`);

    let totalAcked = 0;
    let totalMissing = 0;
    let allIntact = true;
    for (let cycle = 1; cycle <= KILLS; cycle++) {
      const loadMs = LOAD_MS + Math.floor(random() * 2000);
      let killed = false;
      const running = load(server, session, paragraphs, () => killed);
      await new Promise((r) => setTimeout(r, loadMs));
      process.kill(-server.pid, "SIGKILL"); // the whole process group, mid-load
      killed = true;
      await server.stop(); // only waits for the exit now
      const { acked, unanswered } = await running;
      server = await startServer(db.url, "FULL");
      const { ids, integrity } = inspect(db.url);
      const missing = acked.filter((id) => !ids.has(id)).length;
      totalAcked += acked.length;
      totalMissing += missing;
      allIntact &&= integrity === "ok";
      console.log(
        `cycle ${cycle}/${KILLS}: killed after ${(loadMs / 1000).toFixed(1)} s; ${acked.length} acknowledged, ${unanswered} unanswered; ` +
          `after restart ${acked.length - missing}/${acked.length} acknowledged present, ${missing} missing, ${ids.size} stored in all; integrity_check: ${integrity}`,
      );
    }
    console.log(`\nkill -9: ${totalAcked} acknowledged annotations over ${KILLS} crashes, ${totalMissing} missing; integrity_check ok in every run: ${allIntact ? "yes" : "NO"}`);

    const rates = { server: { FULL: [] as number[], NORMAL: [] as number[] }, inProcess: { FULL: [] as number[], NORMAL: [] as number[] } };
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of round % 2 === 0 ? (["FULL", "NORMAL"] as const) : (["NORMAL", "FULL"] as const)) {
        await server.stop();
        server = await startServer(db.url, mode);
        const from = performance.now() + WARMUP_MS;
        const until = from + SECONDS * 1000;
        const { ackedInWindow } = await load(server, session, paragraphs, () => performance.now() >= until, { from, until });
        rates.server[mode].push(ackedInWindow / SECONDS);
        await server.stop();
        rates.inProcess[mode].push(await inProcessRate(db.url, mode, paragraphs));
        server = await startServer(db.url, "FULL");
        console.log(`round ${round + 1}/${ROUNDS} synchronous=${mode}: through the server ${(ackedInWindow / SECONDS).toFixed(0)} highlights/s, app client in-process ${rates.inProcess[mode].at(-1)!.toFixed(0)} highlights/s`);
      }
    }
    console.log(`\nsynchronous FULL against NORMAL, ${CLIENTS} concurrent writers, median of ${ROUNDS} round(s):`);
    for (const [where, r] of Object.entries(rates)) {
      const full = median(r.FULL);
      const normal = median(r.NORMAL);
      console.log(`  ${where.padEnd(10)} FULL ${full.toFixed(0)} highlights/s, NORMAL ${normal.toFixed(0)} highlights/s: FULL costs ${(((normal - full) / normal) * 100).toFixed(0)}%`);
    }
    console.log(`  load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (2-core figures swing with it)`);
    if (totalMissing > 0 || !allIntact) process.exitCode = 1;
  } finally {
    await server?.stop();
    db.cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
