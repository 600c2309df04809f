"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Link } from "@/i18n/navigation";
import { signInWithEmail, signUpWithEmail, type AuthFormState } from "@/features/auth/actions";

/** Sign-in and sign-up share one form; it works without JavaScript too (server action + redirect). */
export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next?: string }) {
  const t = useTranslations("Auth");
  const [state, action, pending] = useActionState<AuthFormState, FormData>(
    mode === "sign-in" ? signInWithEmail : signUpWithEmail,
    null,
  );
  const id = useId();
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const otherHref = { pathname: mode === "sign-in" ? "/sign-up" : "/sign-in", query: next ? { next } : {} } as const;

  return (
    <form action={action} className="auth-form" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t("email")}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          // React resets a form after its action; the email typed comes back with a failed answer and is restored.
          defaultValue={state?.email}
          required
          aria-invalid={fields.email ? true : undefined}
          aria-describedby={fields.email ? `${id}-email-error` : undefined}
        />
        {fields.email ? (
          <p id={`${id}-email-error`} className="field-error">
            {fields.email}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t("password")}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
          required
          minLength={mode === "sign-up" ? 8 : undefined}
          aria-invalid={fields.password ? true : undefined}
          aria-describedby={`${id}-password-hint`}
        />
        <p id={`${id}-password-hint`} className="field-hint">
          {fields.password ?? (mode === "sign-up" ? t("passwordHint") : "")}
        </p>
      </div>
      {state && !state.ok ? (
        <p role="alert" className="form-error">
          {state.error.message}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("working") : mode === "sign-in" ? t("signIn") : t("signUp")}
      </button>
      <p className="auth-switch">
        {mode === "sign-in" ? t("noAccount") : t("haveAccount")}{" "}
        <Link href={otherHref}>{mode === "sign-in" ? t("signUp") : t("signIn")}</Link>
      </p>
    </form>
  );
}
