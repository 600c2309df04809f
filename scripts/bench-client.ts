// What bench:crash and bench:stall need to drive a live `next start` as a
// browser would: a signed-up session, and server actions called over HTTP.
// Every action call of those benchmarks goes through `callAction` here, so a
// change in how actions are called is made in this one place.
import http from "node:http";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import en from "@/messages/en.json";
import { chromiumArgs, chromiumExecutablePath } from "@/e2e/helpers/chromium";
import { run } from "@/e2e/helpers/next-server";
import { actionHeaders, actionId, cookieHeader, distDir, encodeActionBody, parseActionResponse } from "@/e2e/helpers/server-actions";

/** Builds unless the build folder holds a build that knows every one of `actions` (BENCH_REBUILD=1 always builds). */
export function ensureBuildWith(actions: string[], databaseUrl: string): void {
  const dir = distDir();
  let reason = process.env.BENCH_REBUILD === "1" ? "BENCH_REBUILD=1" : existsSync(path.join(dir, "BUILD_ID")) ? null : `no ${path.relative(process.cwd(), dir)}/BUILD_ID`;
  for (const name of reason ? [] : actions) {
    try {
      actionId(name, { dir });
    } catch (err) {
      reason = `the existing build lacks an action (${(err as Error).message})`;
      break;
    }
  }
  if (!reason) return;
  console.log(`building the app (${reason})…`);
  run("npx", ["next", "build"], { DATABASE_URL: databaseUrl });
}

/** Signs a new user up through the real /en/sign-up form and returns that browser's Cookie header. */
export async function signUpInBrowser(baseUrl: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    await page.goto("/en/sign-up");
    await page.getByLabel(en.Auth.email).fill(`bench-${Date.now().toString(36)}@example.test`);
    await page.getByLabel(en.Auth.password).fill("correct horse battery");
    await page.getByRole("button", { name: en.Auth.signUp, exact: true }).click();
    await page.getByRole("button", { name: en.Nav.signOut }).waitFor({ timeout: 60_000 });
    return cookieHeader(await page.context().cookies());
  } finally {
    await browser.close();
  }
}

export interface HttpAnswer {
  status: number;
  body: Buffer;
}

/** One request on `agent`; resolves with the status and the whole body, rejects on a network error or after `timeoutMs`. */
export function request(agent: http.Agent, url: URL, opts: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers = { ...opts.headers, ...(opts.body !== undefined ? { "Content-Length": String(Buffer.byteLength(opts.body)) } : {}) };
    const req = http.request(url, { method: opts.method ?? "GET", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    const timeoutMs = opts.timeoutMs ?? 60_000;
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`request timeout (${timeoutMs} ms)`)));
    req.end(opts.body);
  });
}

/** What every app action returns (lib/action-result.ts). */
export type ActionAnswer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/**
 * Calls the server action `name` with `arg` as the browser does, from the
 * page at `pagePath`. Throws unless the server answered with an action result.
 */
export async function callAction<T>(agent: http.Agent, baseUrl: string, cookie: string, name: string, arg: unknown, pagePath: string, timeoutMs?: number): Promise<ActionAnswer<T>> {
  const res = await request(agent, new URL(pagePath, baseUrl), { method: "POST", headers: actionHeaders(actionId(name), baseUrl, cookie), body: encodeActionBody(arg), timeoutMs });
  if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${res.body.toString("utf8").slice(0, 300)}`);
  return parseActionResponse(res.body) as ActionAnswer<T>;
}
