// Starts and stops a production `next start` for the scripts that need a live
// server outside Playwright's webServer (scripts/bench-reader.ts,
// scripts/screenshot.ts): temp database, free port, readiness wait, and a
// kill of the whole process group that also runs on errors and Ctrl-C.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { databaseProvider } from "../../lib/database-url";
import { createPostgresDatabase } from "../../features/review/test-db-postgres";

export const ROOT = path.resolve(__dirname, "..", "..");

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a command in the project root, streaming its output; throws on a non-zero exit. */
export function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const res = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${res.status ?? res.signal}`);
}

/**
 * A fresh database: a SQLite file in a temp folder or, when DATABASE_URL is a
 * PostgreSQL URL (`DATABASE_URL=postgresql://… npm run bench:review`), a new
 * database on that server. `cleanup` removes it (BENCH_KEEP=1 keeps a
 * PostgreSQL one, to EXPLAIN its queries).
 */
export function tempDatabase(prefix: string): { url: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const server = process.env.DATABASE_URL?.trim();
  if (server && databaseProvider(server) === "postgresql") {
    const db = createPostgresDatabase(server, "template0", prefix.replace(/\W+/g, "_").replace(/_$/, ""));
    let dropped = false;
    const cleanup = () => {
      removeDir();
      if (dropped || process.env.BENCH_KEEP === "1") return;
      dropped = true;
      db.drop();
    };
    return { url: db.url, dir, cleanup };
  }
  return { url: `file:${path.join(dir, "app.db")}`, dir, cleanup: removeDir };
}

/** PostgreSQL has no file for a generated secret (lib/auth-secret.ts): servers and builds of a run share this one. */
const RUN_SECRET = randomBytes(32).toString("hex");
function secretFor(databaseUrl: string): Record<string, string> {
  return databaseProvider(databaseUrl) === "postgresql" && !process.env.BETTER_AUTH_SECRET ? { BETTER_AUTH_SECRET: RUN_SECRET } : {};
}

/** Applies the migrations to `databaseUrl` (creating the file). */
export function migrate(databaseUrl: string): void {
  run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl });
}

/** Where `next build` writes and `next start` reads (next.config.js honours NEXT_DIST_DIR). */
export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

/** Builds the app unless a build already exists (`force` rebuilds). */
export function ensureBuild(databaseUrl: string, force = false): void {
  if (!force && existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return;
  console.log(force ? "building the app (forced)…" : `no ${DIST_DIR}/BUILD_ID: building the app…`);
  run("npx", ["next", "build"], { DATABASE_URL: databaseUrl, ...secretFor(databaseUrl) });
}

/** A migrated and seeded database, and a build to serve it, as `npm start` prepares them (BENCH_REBUILD=1 forces the build). */
export function prepareSeededApp(databaseUrl: string): void {
  migrate(databaseUrl);
  run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: databaseUrl });
  ensureBuild(databaseUrl, process.env.BENCH_REBUILD === "1");
}

export interface NextServer {
  url: string;
  port: number;
  /** Process id of the server, which also leads its process group. */
  pid: number;
  stop: () => Promise<void>;
}

/**
 * CPU time (user + system, ms) used so far by every process in a process
 * group, from /proc (Linux only; null elsewhere). Unlike wall time it hardly
 * depends on what else the machine is doing.
 */
export function processGroupCpuMs(pgid: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const ticksPerSecond = 100; // USER_HZ: 100 on every mainstream Linux build
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the parenthesised command name: state ppid pgrp … utime(14) stime(15).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== pgid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / ticksPerSecond;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the server and anything it spawned
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

// Last resort: never leave a server behind, whatever way the script ends.
process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child, "SIGKILL");
    process.exit(130);
  });
}

/** `next start` on a free port with the given database; resolves once it answers. */
export async function startNextServer(opts: {
  databaseUrl: string;
  port?: number;
  readyPath?: string;
  timeoutMs?: number;
  /** More environment for the server (e.g. NEXT_DIST_DIR, limits to test). */
  env?: Record<string, string>;
}): Promise<NextServer> {
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const nextBin = require.resolve("next/dist/bin/next", { paths: [ROOT] });
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server of any benchmark (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true, // own process group, so stop() reaches every descendant
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...secretFor(opts.databaseUrl), ...opts.env, DATABASE_URL: opts.databaseUrl, PORT: String(port) },
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  // BENCH_SERVER_LOG=1 shows the server's own output (its errors; --trace-gc's lines) while a benchmark runs.
  if (process.env.BENCH_SERVER_LOG === "1") {
    child.stderr?.pipe(process.stderr);
    child.stdout?.pipe(process.stderr);
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    running.delete(child);
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const readyUrl = url + (opts.readyPath ?? "/en");
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      throw new Error(`next start exited early (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    try {
      const res = await fetch(readyUrl, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer ${readyUrl} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, pid: child.pid!, stop };
}
