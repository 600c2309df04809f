import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { sqlDialect } from "@/lib/prisma-client";
import { authSecret } from "@/lib/auth-secret";
import { processSessionMemo, sessionCookieKey } from "@/lib/session-memo";
import { findSessionRow } from "@/lib/session-row";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/features/auth/password-policy";

const port = process.env.PORT ?? "3000";

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: sqlDialect(db) }),
  secret: authSecret(),
  baseURL: process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
  emailAndPassword: {
    enabled: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
    autoSignIn: true,
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
    // No cookie cache: getSessionUser remembers verified sessions in-process
    // for a few seconds instead (lib/session-memo.ts). better-auth refreshes an
    // expired cookie cache by setting a cookie, and a cookie set inside a
    // server action makes Next re-render the whole page into the action's
    // response: once a minute per reader, and for every action in flight.
    cookieCache: { enabled: false },
  },
  advanced: {
    // Browsers treat localhost as a secure context, so Secure cookies work
    // there too; AUTH_INSECURE_COOKIES=1 is only for plain-HTTP LAN hosting.
    useSecureCookies: process.env.AUTH_INSECURE_COOKIES !== "1",
  },
  // Sign-up and sign-in go through our server actions, which add a localized
  // error and the failed-attempt throttle; the raw HTTP endpoints would
  // bypass both, so they are closed.
  disabledPaths: ["/sign-in/email", "/sign-up/email"],
  plugins: [nextCookies()],
  telemetry: { enabled: false },
});

export type SessionUser = { id: string; email: string; name: string };

type Verified = { user: SessionUser; token: string };

const verified = () => processSessionMemo<Verified>();

/** The session token in a signed session cookie's value ("token.signature", URL-encoded); "" when it is not one. */
function cookieToken(value: string): string {
  try {
    return decodeURIComponent(value).split(".")[0];
  } catch {
    return "";
  }
}

/**
 * The signed-in user for this request, or null. Cached per request; a cookie
 * verified in the last few seconds (lib/session-memo.ts) skips better-auth's
 * signature check and user lookup, but its session row is still read on
 * every request: one indexed lookup, so a sign-out, a revocation or an
 * expiry anywhere (another request, another process, the database itself)
 * takes effect at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const h = await headers();
  const key = sessionCookieKey(h.get("cookie"));
  const known = key ? verified().get(key) : undefined;
  if (known) {
    const row = await findSessionRow(db, known.token);
    if (row && row.userId === known.user.id && row.expiresAt.getTime() > Date.now()) return known.user;
    verified().forget(key!);
    // The session is gone (signed out in another tab, revoked, expired): answer "nobody" here rather than
    // through better-auth, which would also clear the cookie. A cookie set inside a server action makes
    // Next re-render the whole page into that action's answer, and an unrelated background action (the
    // reading position) would then wipe the open reader before it could say the session was lost.
    return null;
  }
  // No session row for the cookie's token (signed "token.signature"): the same "nobody", without
  // better-auth clearing the cookie inside a server action (see above).
  if (key && !(await findSessionRow(db, cookieToken(key)))) return null;
  const startedAt = Date.now();
  const session = await auth.api.getSession({ headers: h });
  if (!session) return null;
  const user = { id: session.user.id, email: session.user.email, name: session.user.name };
  if (key) verified().set(key, { user, token: session.session.token }, new Date(session.session.expiresAt).getTime(), startedAt);
  return user;
});

/** Drops the remembered verification of this request's session (call on sign-out). */
export async function forgetSession(): Promise<void> {
  const key = sessionCookieKey((await headers()).get("cookie"));
  if (key) verified().forget(key);
}
