// Remembers, for a few seconds, which session cookies were just verified.
//
// Every server action and page reads the session. Asking better-auth costs a
// database lookup plus its endpoint pipeline, ~2.5 ms of CPU, which was the
// largest single cost of the create-highlight action. A reader working
// through a text sends the same cookie again and again, so the verified
// answer is kept for MEMO_MS, keyed by the exact signed cookie value
// better-auth accepted (a forged or altered cookie never matches). Only
// positive answers are kept, never past the session's own expiresAt, and
// signing out forgets the entry at once. lib/auth.ts still reads the session
// row on each use of an entry, so a revocation or expiry made anywhere else
// is seen at once too.
//
// There is one memo per process (processSessionMemo): Next bundles route
// handlers, pages and server actions separately, and a memo made at module
// level exists once per bundle, so sign-out cleared only one copy.

export const MEMO_MS = 10_000;
const MAX_ENTRIES = 5_000;

/** The signed session token cookie of a Cookie header (any prefix, e.g. __Secure-), or null. */
export function sessionCookieKey(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim().endsWith("better-auth.session_token")) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

export class SessionMemo<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  /** Keys signed out recently: a verification that started before the sign-out must not store them again. */
  private readonly forgotten = new Map<string, number>();

  get(key: string, now = Date.now()): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /**
   * Remembers a session verified at `verifiedAt` (when the lookup started)
   * until MEMO_MS later or its `expiresAt`, whichever comes first.
   */
  set(key: string, value: T, expiresAt: number, verifiedAt = Date.now()): void {
    const forgottenAt = this.forgotten.get(key);
    if (forgottenAt !== undefined && forgottenAt >= verifiedAt) return;
    const until = Math.min(verifiedAt + MEMO_MS, expiresAt);
    this.entries.delete(key);
    if (until <= verifiedAt) return;
    this.entries.set(key, { value, until });
    // A Map iterates in insertion order: drop the oldest entries first.
    for (const k of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(k);
    }
  }

  forget(key: string, now = Date.now()): void {
    this.entries.delete(key);
    this.forgotten.delete(key);
    this.forgotten.set(key, now);
    // Older tombstones can no longer matter: no lookup runs for MEMO_MS.
    for (const [k, at] of this.forgotten) {
      if (at > now - MEMO_MS && this.forgotten.size <= MAX_ENTRIES) break;
      this.forgotten.delete(k);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const PROCESS_KEY = Symbol.for("bilingual-reader.session-memo");

/** The process's one memo, shared by every bundle that imports this module. */
export function processSessionMemo<T>(): SessionMemo<T> {
  const g = globalThis as unknown as Record<symbol, SessionMemo<T> | undefined>;
  return (g[PROCESS_KEY] ??= new SessionMemo<T>());
}
