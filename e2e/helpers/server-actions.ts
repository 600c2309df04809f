// Calls Next.js server actions over plain HTTP, the way the browser does, so
// specs (and scripts/bench-annotations.ts) can send requests the UI would
// never produce: someone else's ids, no session, out-of-range offsets.
//
// Wire format (checked against `next build` output of Next 16):
//   POST <page url>                    any page whose bundle references the action
//   Next-Action: <id>                  from <distDir>/server/server-reference-manifest.json
//   Accept: text/x-component
//   Content-Type: text/plain;charset=UTF-8
//   Origin: <the server's own origin>  Next refuses cross-origin action calls
//   body: JSON.stringify([arg])        React's encodeReply for plain JSON arguments
// The answer is an RSC (Flight) stream: row 0 is `{"a":"$@1",...}` and row 1
// holds the action's return value; long strings come as separate text rows.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export const ROOT = path.resolve(__dirname, "..", "..");

export type AnnotationActionName =
  | "createAnnotation"
  | "recolorAnnotation"
  | "deleteAnnotation"
  | "restoreAnnotation"
  | "saveNote"
  | "deleteNote"
  | "setTags";

export const ANNOTATION_ACTIONS: readonly AnnotationActionName[] = [
  "createAnnotation",
  "recolorAnnotation",
  "deleteAnnotation",
  "restoreAnnotation",
  "saveNote",
  "deleteNote",
  "setTags",
];

/** Where each action name is expected to come from, to disambiguate the manifest. */
const ACTION_FILES: Record<string, string> = {
  createAnnotation: "features/annotations/actions.ts",
  recolorAnnotation: "features/annotations/actions.ts",
  deleteAnnotation: "features/annotations/actions.ts",
  restoreAnnotation: "features/annotations/actions.ts",
  saveNote: "features/annotations/actions.ts",
  deleteNote: "features/annotations/actions.ts",
  setTags: "features/annotations/actions.ts",
  noopAction: "features/health/actions.ts",
  signInWithEmail: "features/auth/actions.ts",
  signUpWithEmail: "features/auth/actions.ts",
  signOut: "features/auth/actions.ts",
};

/**
 * The build folder the server under test runs from: playwright.config.ts
 * publishes it as E2E_DIST_DIR (it builds into its own folder); otherwise
 * NEXT_DIST_DIR, otherwise `.next`.
 */
export function distDir(): string {
  return path.resolve(ROOT, process.env.E2E_DIST_DIR || process.env.NEXT_DIST_DIR || ".next");
}

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

const manifests = new Map<string, { mtimeMs: number; node: Record<string, ManifestEntry> }>();

function readManifest(dir: string): Record<string, ManifestEntry> {
  const file = path.join(dir, "server", "server-reference-manifest.json");
  const { mtimeMs } = statSync(file);
  const cached = manifests.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.node;
  const node = (JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> }).node;
  manifests.set(file, { mtimeMs, node });
  return node;
}

/**
 * The id of the server action exported as `name`, read from the build's
 * manifest. `file` (relative to the project root) picks one when several
 * modules export the same name; known names default to their module.
 */
export function actionId(name: string, opts: { file?: string; dir?: string } = {}): string {
  const node = readManifest(opts.dir ?? distDir());
  const file = opts.file ?? ACTION_FILES[name];
  const matches = Object.entries(node).filter(
    ([, e]) => e.exportedName === name && (!file || e.filename.replace(/\\/g, "/") === file),
  );
  if (matches.length === 0) {
    throw new Error(`no server action "${name}"${file ? ` in ${file}` : ""} in the manifest of ${opts.dir ?? distDir()} (stale build?)`);
  }
  if (matches.length > 1) throw new Error(`several server actions named "${name}": ${matches.map(([, e]) => e.filename).join(", ")}`);
  return matches[0][0];
}

/**
 * React's encodeReply for plain JSON: a string starting with "$" is escaped
 * as "$$" (otherwise the server would read it as a reference).
 */
function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeReply(v)]));
  }
  return value;
}

/** The request body for an action called with one argument (or none). */
export function encodeActionBody(...args: unknown[]): string {
  return JSON.stringify(escapeReply(args));
}

export function actionHeaders(id: string, origin: string, cookie?: string): Record<string, string> {
  const headers: Record<string, string> = {
    "Next-Action": id,
    Accept: "text/x-component",
    "Content-Type": "text/plain;charset=UTF-8",
    Origin: origin,
  };
  if (cookie) headers.Cookie = cookie;
  return headers;
}

/**
 * Decodes an RSC (Flight) response into the action's return value: splits the
 * rows (JSON rows and length-prefixed `T` text rows), then resolves the
 * references row 0 makes (`"$@1"`, `"$2"`, `"$1:path"`) and the escapes
 * React uses (`"$$"`, `"$undefined"`, `"$D…"`, …). Throws on an error row.
 */
export function parseActionResponse(body: string | Buffer): unknown {
  const buf = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const rows = new Map<string, { kind: "json"; raw: string } | { kind: "text"; value: string } | { kind: "other"; tag: string; raw: string }>();
  let i = 0;
  while (i < buf.length) {
    const colon = buf.indexOf(0x3a, i); // ':'
    if (colon < 0) break;
    const id = buf.toString("latin1", i, colon);
    const tag = String.fromCharCode(buf[colon + 1]);
    if (tag === "T") {
      // `<id>:T<hex byte length>,<bytes>` with no newline after the bytes.
      const comma = buf.indexOf(0x2c, colon + 2);
      const len = parseInt(buf.toString("latin1", colon + 2, comma), 16);
      rows.set(id, { kind: "text", value: buf.toString("utf8", comma + 1, comma + 1 + len) });
      i = comma + 1 + len;
      continue;
    }
    let nl = buf.indexOf(0x0a, colon + 1);
    if (nl < 0) nl = buf.length;
    const raw = buf.toString("utf8", colon + 1, nl);
    if (/^[A-Z]/.test(tag)) rows.set(id, { kind: "other", tag, raw: raw.slice(1) });
    else rows.set(id, { kind: "json", raw });
    i = nl + 1;
  }

  const resolved = new Map<string, unknown>();
  const resolveRow = (id: string): unknown => {
    if (resolved.has(id)) return resolved.get(id);
    const row = rows.get(id);
    if (!row) throw new Error(`RSC row ${id} missing in:\n${buf.toString("utf8").slice(0, 2000)}`);
    if (row.kind === "text") return row.value;
    if (row.kind === "other") {
      if (row.tag === "E") throw new Error(`server action threw: ${row.raw}`);
      throw new Error(`unexpected RSC row ${id}:${row.tag}`);
    }
    const value = revive(JSON.parse(row.raw));
    resolved.set(id, value);
    return value;
  };
  const revive = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (!v.startsWith("$")) return v;
      if (v === "$undefined") return undefined;
      if (v === "$NaN") return NaN;
      if (v === "$Infinity") return Infinity;
      if (v === "$-Infinity") return -Infinity;
      if (v === "$-0") return -0;
      if (v.startsWith("$$")) return v.slice(1);
      if (v.startsWith("$D")) return new Date(v.slice(2));
      if (v.startsWith("$n")) return BigInt(v.slice(2));
      const ref = /^\$@?([0-9a-f]+)((?::[^:]+)*)$/.exec(v);
      if (ref) {
        let target = resolveRow(ref[1]);
        for (const key of ref[2].split(":").slice(1)) target = (target as Record<string, unknown>)[key];
        return target;
      }
      throw new Error(`unsupported RSC value "${v}"`);
    }
    if (Array.isArray(v)) return v.map(revive);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
    return v;
  };

  // Only the action's value (`a`) is revived: the rest of row 0 (build id,
  // any re-rendered tree) is not needed and may use other encodings.
  const row0 = rows.get("0");
  if (!row0 || row0.kind !== "json") throw new Error(`no RSC row 0 in:\n${buf.toString("utf8").slice(0, 2000)}`);
  const root = JSON.parse(row0.raw) as { a?: unknown } | null;
  if (root && typeof root === "object" && "a" in root) return revive(root.a);
  return revive(root);
}

export interface ActionResponse<T = unknown> {
  status: number;
  /** The raw response body (RSC stream), for checks on what the server says. */
  text: string;
  result: T;
}

export interface CallOptions {
  /** The page the action is posted to; it decides the locale. Default: the English reader. */
  path?: string;
  /** The Origin header; must match the server. Default: the e2e server's origin. */
  origin?: string;
}

export const DEFAULT_ACTION_PATH = "/en/texts/ai-limits";

/** The e2e server's origin, as playwright.config.ts computes it. */
export function defaultOrigin(): string {
  return `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
}

/**
 * Posts a server action like the browser does and returns the whole answer.
 * `request` should be a context with no cookies of its own (the `request`
 * fixture): the session is exactly `cookie`, or none when it is empty.
 */
export async function callActionRaw<T = unknown>(
  request: APIRequestContext,
  cookie: string | null | undefined,
  name: string,
  arg: unknown,
  opts: CallOptions = {},
): Promise<ActionResponse<T>> {
  const origin = opts.origin ?? defaultOrigin();
  const url = new URL(opts.path ?? DEFAULT_ACTION_PATH, origin).toString();
  const res = await request.post(url, {
    headers: actionHeaders(actionId(name), origin, cookie ?? undefined),
    data: arg === undefined ? encodeActionBody() : encodeActionBody(arg),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await res.body();
  const text = body.toString("utf8");
  if (res.status() !== 200 || !(res.headers()["content-type"] ?? "").includes("text/x-component")) {
    throw new Error(`${name} via ${url}: HTTP ${res.status()} ${res.headers()["content-type"]}\n${text.slice(0, 1000)}`);
  }
  return { status: res.status(), text, result: parseActionResponse(body) as T };
}

/** Posts a server action and returns its (parsed) return value. */
export async function callAction<T = ActionResultLike>(
  request: APIRequestContext,
  cookie: string | null | undefined,
  name: string,
  arg: unknown,
  opts: CallOptions = {},
): Promise<T> {
  return (await callActionRaw<T>(request, cookie, name, arg, opts)).result;
}

/** The shape every app action returns (lib/action-result.ts), loosely typed for tests. */
export type ActionResultLike<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };

/** The better-auth session cookie(s) of a browser context, as a Cookie header. */
export function sessionCookieHeader(cookies: Array<{ name: string; value: string }>): string {
  const session = cookies.filter((c) => /better-auth\.session_token$/.test(c.name));
  if (session.length === 0) throw new Error(`no better-auth session cookie among: ${cookies.map((c) => c.name).join(", ")}`);
  return session.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Every cookie of a browser context as one Cookie header (what the browser itself would send). */
export function cookieHeader(cookies: Array<{ name: string; value: string }>): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

export interface ReaderParagraph {
  index: number;
  id: string;
  zh: string;
  en: string;
}

/**
 * The paragraph ids of a text as the reader page renders them
 * (`data-paragraph-id` / `data-pair-index` on each side), paired with the
 * paragraph texts the caller knows (e.g. the seed article).
 */
export async function readerParagraphs(
  request: APIRequestContext,
  texts: Array<{ zh: string; en: string }>,
  pagePath = "/en/texts/ai-limits",
): Promise<ReaderParagraph[]> {
  const res = await request.get(pagePath);
  if (res.status() !== 200) throw new Error(`GET ${pagePath}: HTTP ${res.status()}`);
  const html = await res.text();
  const ids = new Map<number, string>();
  for (const tag of html.match(/<p class="side-text"[^>]*>/g) ?? []) {
    const id = /data-paragraph-id="([^"]+)"/.exec(tag)?.[1];
    const index = /data-pair-index="(\d+)"/.exec(tag)?.[1];
    if (id && index) ids.set(Number(index), id);
  }
  if (ids.size !== texts.length) throw new Error(`${pagePath} renders ${ids.size} paragraphs, expected ${texts.length}`);
  return texts.map((t, index) => ({ index, id: ids.get(index)!, zh: t.zh, en: t.en }));
}
