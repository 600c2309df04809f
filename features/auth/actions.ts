"use server";

import { isAPIError } from "better-auth/api";
import type { Locale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { auth, forgetSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { fail, type ActionResult } from "@/lib/action-result";
import { clientAddress } from "@/lib/security/client-address";
import { MAX_PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from "./password-policy";
import { beginSignIn, beginSignUp, pruneThrottle, rulesFromEnv, signInSucceeded } from "./throttle";
import { safeNextPath } from "./safe-redirect";
import { TimingFloor } from "./timing-floor";

const rules = rulesFromEnv();
// Both sign-up branches answer after the same time (./timing-floor.ts).
const signUpTiming = new TimingFloor(350);

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  next: z.string().optional(),
});

/** A failed answer also carries the email back, so the form shows what the user typed (never the password). */
export type AuthFormState = (ActionResult<null> & { email?: string }) | null;

type Translator = Awaited<ReturnType<typeof getTranslations<"Auth">>>;

const PASSWORD_MESSAGE: Record<PasswordProblem, Parameters<Translator>[0]> = {
  tooShort: "errors.passwordShort",
  tooLong: "errors.passwordTooLong",
  onlySpaces: "errors.passwordOnlySpaces",
  containsEmail: "errors.passwordContainsEmail",
  tooCommon: "errors.passwordTooCommon",
};

function typedEmail(formData: FormData): string {
  const email = formData.get("email");
  return typeof email === "string" ? email.slice(0, 254) : "";
}

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
      if (field === "email") fields.email ??= t("errors.emailInvalid");
      else if (field === "password") fields.password ??= issue.code === "too_big" ? t("errors.passwordTooLong") : t("errors.passwordRequired");
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

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export async function signUpWithEmail(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const email = typedEmail(formData);
  const result = await signUp(formData);
  return { ...result, email };
}

async function signUp(formData: FormData): Promise<ActionResult<null>> {
  const input = await parse(formData);
  if (!input.ok) return input.error;
  const { t, data } = input;
  const problem = passwordProblem(data.password, data.email);
  if (problem) return fail("VALIDATION", t(PASSWORD_MESSAGE[problem]), { password: t(PASSWORD_MESSAGE[problem]) });
  const h = await headers();
  const startedAt = Date.now();
  const verdict = await beginSignUp(db, clientAddress(h), startedAt, rules);
  if (!verdict.allowed) return fail("RATE_LIMITED", t("errors.signUpRateLimited", { minutes: Math.ceil(verdict.retryAfterMs / 60_000) }));
  try {
    await auth.api.signUpEmail({ body: { email: data.email, password: data.password, name: data.email.split("@")[0] }, headers: h });
  } catch (err) {
    if (isAPIError(err) && /ALREADY_EXISTS|EXISTING/i.test(String(err.body?.code ?? ""))) {
      // A new account costs a password hash; hash here too, and answer after
      // the same floor, so the timing does not tell which emails have an
      // account (the message does: README, Security, known limits).
      await (await auth.$context).password.hash(data.password);
      await signUpTiming.wait(startedAt);
      return fail("CONFLICT", t("errors.emailTaken"), { email: t("errors.emailTaken") });
    }
    console.error("sign-up failed", err);
    return fail("INTERNAL", t("errors.generic"));
  }
  signUpTiming.record(Date.now() - startedAt);
  await signUpTiming.wait(startedAt);
  return finish(data.next);
}

export async function signInWithEmail(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const email = typedEmail(formData);
  const result = await signIn(formData);
  return { ...result, email };
}

async function signIn(formData: FormData): Promise<ActionResult<null>> {
  const input = await parse(formData);
  if (!input.ok) return input.error;
  const { t, data } = input;
  const h = await headers();
  const keys = { account: data.email, client: clientAddress(h) };
  const now = Date.now();
  const verdict = await beginSignIn(db, keys, now, rules);
  if (!verdict.allowed) return fail("RATE_LIMITED", t("errors.rateLimited", { seconds: seconds(verdict.retryAfterMs) }));
  // Now and then, drop counters nobody will read again.
  if (Math.random() < 0.01) void pruneThrottle(db, now, rules).catch((err) => console.error("throttle prune failed", err));
  try {
    await auth.api.signInEmail({ body: { email: data.email, password: data.password }, headers: h });
  } catch (err) {
    if (isAPIError(err)) {
      // Same message for an unknown email and a wrong password: the form must not reveal who has an account.
      return fail("INVALID_CREDENTIALS", t("errors.invalidCredentials"));
    }
    console.error("sign-in failed", err);
    return fail("INTERNAL", t("errors.generic"));
  }
  await signInSucceeded(db, keys, Date.now(), rules);
  return finish(data.next);
}

export async function signOut(formData: FormData): Promise<void> {
  await forgetSession();
  await auth.api.signOut({ headers: await headers() });
  // Again once the session row is gone: a lookup that ran during sign-out may have remembered it.
  await forgetSession();
  const next = formData.get("next");
  return finish(typeof next === "string" ? next : undefined);
}
