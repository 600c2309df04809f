"use client";

import { useLocale, useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { useTransition } from "react";
import { usePathname, useRouter } from "@/i18n/navigation";
import { routing, type AppLocale } from "@/i18n/routing";

/** Switches the interface language and stays on the same page (and scroll position's hash). */
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useParams();
  const [pending, startTransition] = useTransition();

  return (
    <label className="locale-switcher">
      <span className="visually-hidden">{t("label")}</span>
      <select
        aria-label={t("label")}
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as AppLocale;
          startTransition(() => {
            // pathname is locale-free; params fill any dynamic segments such as [slug].
            router.replace(
              // @ts-expect-error -- params always match the current pathname
              { pathname, params },
              { locale: next, scroll: false },
            );
          });
        }}
      >
        {routing.locales.map((l) => (
          <option key={l} value={l} lang={l === "zh" ? "zh-Hans" : "en"}>
            {t(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
