// Remembers, for a few seconds, which session cookies were just verified.
//
// Every server action and page reads the session. Asking better-auth costs a
// database lookup plus its endpoint pipeline, ~2.5 ms of CPU, which was the
// largest single cost of the create-highlight action. A reader working
// through a text sends the same cookie again and again, so the answer is kept
// for MEMO_MS, keyed by the exact signed cookie value better-auth accepted
// (a forged or altered cookie never matches). Only positive answers are kept;
// signing out forgets the entry at once, and a session revoked elsewhere (its
// row deleted) stops working within MEMO_MS.

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

  get(key: string, now = Date.now()): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key: string, value: T, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: now + MEMO_MS });
    // A Map iterates in insertion order: drop the oldest entries first.
    for (const k of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(k);
    }
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
