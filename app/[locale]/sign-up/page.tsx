import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { AuthForm } from "@/features/auth/components/auth-form";
import { safeNextPath } from "@/features/auth/safe-redirect";
import { getSessionUser } from "@/lib/auth";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const { next } = await searchParams;
  const safeNext = next ? safeNextPath(next) : undefined;
  if (await getSessionUser()) redirect({ href: "/", locale: locale as Locale });
  const t = await getTranslations("Auth");
  return (
    <div className="page auth-page">
      <h1>{t("signUpTitle")}</h1>
      <p className="lede">{t("signUpIntro")}</p>
      <AuthForm mode="sign-up" next={safeNext} />
    </div>
  );
}
