import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/auth-secret";

const port = process.env.PORT ?? "3000";

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: "sqlite" }),
  secret: authSecret(),
  baseURL: process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 8,
    maxPasswordLength: 128,
    autoSignIn: true,
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
    // Every action reads the session; a signed 60-second cookie cache saves two
    // queries per call. Signing out clears it at once in that browser; a
    // session revoked elsewhere stays usable for at most that minute.
    cookieCache: { enabled: true, maxAge: 60 },
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

/** The signed-in user for this request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
});
