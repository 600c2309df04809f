// What bench:crash and bench:stall need to drive a live `next start` as a
// browser would: plain HTTP requests, and server actions the browser was
// recorded making (scripts/bench-browser-session.ts), sent again with other
// arguments. Every action call of those benchmarks goes through `callAction`.
import http from "node:http";
import type { RecordedAction } from "@/e2e/helpers/recorded-actions";

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
 * Sends a server action request the browser made (recorded by
 * signUpAndRecord) again with another argument. The body of an action with
 * one plain-JSON argument is that argument in a JSON array; the answer is a
 * stream of rows, one of which is the action's result union.
 */
export async function callAction<T>(agent: http.Agent, baseUrl: string, action: RecordedAction, cookie: string, arg: unknown, timeoutMs?: number): Promise<ActionAnswer<T>> {
  // To the server at baseUrl (a restarted server may listen elsewhere), with its own origin, as its pages would send it.
  const recorded = new URL(action.url);
  const url = new URL(recorded.pathname + recorded.search, baseUrl);
  const headers = { ...action.headers, origin: url.origin, cookie };
  const res = await request(agent, url, { method: "POST", headers, body: JSON.stringify([arg]), timeoutMs });
  const text = res.body.toString("utf8");
  if (res.status !== 200) throw new Error(`action: HTTP ${res.status} ${text.slice(0, 300)}`);
  for (const line of text.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const row = JSON.parse(json) as Record<string, unknown>;
      if (typeof row.ok === "boolean") return row as unknown as ActionAnswer<T>;
    } catch {
      // not a JSON row
    }
  }
  throw new Error(`action: no result in the answer: ${text.slice(0, 300)}`);
}
