// Records the server-action requests a real browser sends (every request
// carrying a `Next-Action` header) and replays them byte for byte with other
// cookies, or none. The requests are whatever the app's own client code
// produced, so the replay needs no knowledge of Next's wire format or of
// action ids, and it covers every action the UI uses without a list to keep
// up to date.
import http from "node:http";
import type { Page, Request } from "@playwright/test";

export interface RecordedAction {
  /** The action's id, as the browser sent it. */
  id: string;
  url: string;
  /** The request headers, Origin included, except Cookie (a replay sets its own) and framing headers. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface ActionRecorder {
  /** Stops recording; resolves to every action request so far, in the order the browser sent them. */
  stop(): Promise<RecordedAction[]>;
}

const NOT_REPLAYED = new Set(["cookie", "content-length", "host", "connection", "accept-encoding"]);

/** Starts recording the server-action requests `page` sends. */
export function recordActions(page: Page): ActionRecorder {
  const pending: Array<Promise<RecordedAction>> = [];
  const onRequest = (req: Request) => {
    const id = req.headers()["next-action"];
    if (!id || req.method() !== "POST") return;
    const body = req.postDataBuffer() ?? Buffer.alloc(0);
    pending.push(
      req.allHeaders().then((all) => ({
        id,
        url: req.url(),
        headers: Object.fromEntries(Object.entries(all).filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase()) && !name.startsWith(":"))),
        body,
      })),
    );
  };
  page.on("request", onRequest);
  return {
    async stop() {
      page.off("request", onRequest);
      return Promise.all(pending);
    },
  };
}

export interface ReplayOptions {
  /** The Cookie header to send; null or absent: none. */
  cookie?: string | null;
  /** The local address to connect from (any 127.x.y.z works on Linux): a different client to the server. */
  localAddress?: string;
  /** Extra or replaced headers. */
  headers?: Record<string, string>;
  /** A replacement body (e.g. from withFormField). */
  body?: Buffer;
}

export interface ReplayResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The raw answer (an RSC stream for an action). */
  text: string;
  /** Wall time from sending to the last byte. */
  ms: number;
}

/** Sends a recorded action again, as another client or another user would. */
export function replayAction(action: RecordedAction, opts: ReplayOptions = {}): Promise<ReplayResponse> {
  const body = opts.body ?? action.body;
  const headers: Record<string, string> = { ...action.headers, ...opts.headers, "content-length": String(body.length) };
  if (opts.cookie) headers.cookie = opts.cookie;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(action.url, { method: "POST", headers, localAddress: opts.localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * The body of a recorded form action (multipart/form-data) with one field's
 * value replaced; `name` matches the field name's end, since React prefixes
 * form fields (`_1_email`).
 */
export function withFormField(action: RecordedAction, name: string, value: string): Buffer {
  const boundary = /boundary=(.+)$/.exec(action.headers["content-type"] ?? "")?.[1];
  if (!boundary) throw new Error(`not a multipart action: ${action.headers["content-type"]}`);
  const parts = action.body.toString("utf8").split(`--${boundary}`);
  let found = false;
  const out = parts.map((part) => {
    const m = /^(\r\nContent-Disposition: form-data; name="([^"]*)"\r\n(?:[^\r\n]+\r\n)*\r\n)([\s\S]*)(\r\n)$/.exec(part);
    if (!m || !m[2].endsWith(name)) return part;
    found = true;
    return `${m[1]}${value}${m[4]}`;
  });
  if (!found) throw new Error(`no form field ending in "${name}"`);
  return Buffer.from(out.join(`--${boundary}`), "utf8");
}

/** Every cookie of a browser context as one Cookie header, as that browser would send it. */
export function cookieHeader(cookies: Array<{ name: string; value: string }>): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** The better-auth session cookie(s) of a browser context, as a Cookie header. */
export function sessionCookieHeader(cookies: Array<{ name: string; value: string }>): string {
  const session = cookies.filter((c) => /better-auth\.session_token$/.test(c.name));
  if (session.length === 0) throw new Error(`no better-auth session cookie among: ${cookies.map((c) => c.name).join(", ")}`);
  return cookieHeader(session);
}
