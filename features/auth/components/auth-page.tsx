import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { safeNextPath } from "@/features/auth/safe-redirect";
import { getSessionUser } from "@/lib/auth";
import { AuthForm } from "./auth-form";

export type AuthPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

const COPY = {
  "sign-in": { title: "signInTitle", intro: "signInIntro" },
  "sign-up": { title: "signUpTitle", intro: "signUpIntro" },
} as const;

/** The sign-in and sign-up pages: a signed-in visitor goes to the library; `next` is kept only if same-site. */
export async function AuthPage({ mode, params, searchParams }: AuthPageProps & { mode: "sign-in" | "sign-up" }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const { next } = await searchParams;
  const safeNext = next ? safeNextPath(next) : undefined;
  if (await getSessionUser()) redirect({ href: "/", locale: locale as Locale });
  const t = await getTranslations("Auth");
  return (
    <div className="page auth-page">
      <h1>{t(COPY[mode].title)}</h1>
      <p className="lede">{t(COPY[mode].intro)}</p>
      <AuthForm mode={mode} next={safeNext} />
    </div>
  );
}
