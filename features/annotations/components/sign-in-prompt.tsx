"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Shown when a signed-out reader tries to annotate; sign-in brings them back to the same paragraph. */
export function SignInPrompt({ next, onClose }: { next: string; onClose: () => void }) {
  const t = useTranslations("Annotations");
  return (
    <div className="sign-in-prompt" role="dialog" aria-label={t("signInPrompt")}>
      <p>{t("signInPrompt")}</p>
      <p className="prompt-actions">
        <Link href={{ pathname: "/sign-in", query: { next } }} className="button-link primary">
          {t("signInAction")}
        </Link>
        <Link href={{ pathname: "/sign-up", query: { next } }}>{t("signUpAction")}</Link>
        <button type="button" onClick={onClose}>
          {t("dismiss")}
        </button>
      </p>
    </div>
  );
}
