"use server";

import { isAPIError } from "better-auth/api";
import type { Locale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { auth, forgetSession } from "@/lib/auth";
import { fail, type ActionResult } from "@/lib/action-result";
import { FailureThrottle } from "./sign-in-throttle";
import { safeNextPath } from "./safe-redirect";

// Per email: 5 failures in 15 minutes. Per IP (behind a trusted proxy): 30, so one client cannot try many emails quickly.
const byEmail = new FailureThrottle({ maxFailures: 5, windowMs: 15 * 60_000 });
const byIp = new FailureThrottle({ maxFailures: 30, windowMs: 15 * 60_000 });

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(128),
  next: z.string().optional(),
});

/**
 * The client's address for the per-IP throttle, or null when it cannot be
 * trusted. A client can send any X-Forwarded-For it likes, so the header only
 * counts behind a proxy that appends the real address (TRUST_PROXY=1); then
 * the last entry is the one that proxy wrote. Without it, only the per-email
 * limit applies: keying on a forgeable value would let one attacker lock out
 * everybody, or dodge the limit by changing the header.
 */
async function clientIp(): Promise<string | null> {
  if (process.env.TRUST_PROXY !== "1") return null;
  const h = await headers();
  const forwarded = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded.at(-1) ?? h.get("x-real-ip") ?? null;
}

export type AuthFormState = ActionResult<null> | null;

async function parse(formData: FormData) {
  const t = await getTranslations("Auth");
  const parsed = credentials.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    next: formData.get("next") ?? undefined,
  });
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      fields[field] ??= field === "email" ? t("errors.emailInvalid") : t("errors.passwordRequired");
    }
    return { ok: false as const, t, error: fail("VALIDATION", t("errors.checkFields"), fields) };
  }
  return { ok: true as const, t, data: parsed.data };
}

async function finish(next: string | undefined): Promise<never> {
  const locale = await getLocale();
  const target = safeNextPath(next, `/${locale}`);
  // `target` already carries its locale prefix; strip it so next-intl does not add a second one.
  const path = target.replace(/^\/(en|zh)(?=\/|$)/, "") || "/";
  const targetLocale = (/^\/(en|zh)(?=\/|$)/.exec(target)?.[1] ?? locale) as Locale;
  return redirect({ href: path, locale: targetLocale });
}

export async function signUpWithEmail(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const input = await parse(formData);
  if (!input.ok) return input.error;
  const { t, data } = input;
  if (data.password.length < 8) return fail("VALIDATION", t("errors.passwordShort"), { password: t("errors.passwordShort") });
  try {
    await auth.api.signUpEmail({
      body: { email: data.email, password: data.password, name: data.email.split("@")[0] },
      headers: await headers(),
    });
  } catch (err) {
    if (isAPIError(err) && /ALREADY_EXISTS|EXISTING/i.test(String(err.body?.code ?? ""))) {
      return fail("CONFLICT", t("errors.emailTaken"), { email: t("errors.emailTaken") });
    }
    if (isAPIError(err) && /PASSWORD_TOO_SHORT/.test(String(err.body?.code ?? ""))) {
      return fail("VALIDATION", t("errors.passwordShort"), { password: t("errors.passwordShort") });
    }
    console.error("sign-up failed", err);
    return fail("INTERNAL", t("errors.generic"));
  }
  return finish(data.next);
}

export async function signInWithEmail(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const input = await parse(formData);
  if (!input.ok) return input.error;
  const { t, data } = input;
  const ip = await clientIp();
  const wait = Math.max(byEmail.retryAfter(data.email), ip ? byIp.retryAfter(ip) : 0);
  if (wait > 0) return fail("RATE_LIMITED", t("errors.rateLimited", { minutes: Math.ceil(wait / 60_000) }));
  try {
    await auth.api.signInEmail({ body: { email: data.email, password: data.password }, headers: await headers() });
  } catch (err) {
    if (isAPIError(err)) {
      // Same message for an unknown email and a wrong password: the form must not reveal who has an account.
      byEmail.recordFailure(data.email);
      if (ip) byIp.recordFailure(ip);
      return fail("INVALID_CREDENTIALS", t("errors.invalidCredentials"));
    }
    console.error("sign-in failed", err);
    return fail("INTERNAL", t("errors.generic"));
  }
  byEmail.reset(data.email);
  return finish(data.next);
}

export async function signOut(formData: FormData): Promise<void> {
  await forgetSession();
  await auth.api.signOut({ headers: await headers() });
  const next = formData.get("next");
  return finish(typeof next === "string" ? next : undefined);
}
