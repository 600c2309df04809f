import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { routing } from "@/i18n/routing";
import { ClientMessages } from "@/i18n/client-messages";
import { Providers } from "@/app/providers";
import { timeZoneCookieScript } from "@/features/shell/time-zone-cookie";
import { SiteHeader } from "@/features/shell/components/site-header";
import { readerSettingsBootScript } from "@/features/reader/reader-settings";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Nav");

  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Applies saved reading settings before first paint, so the layout never jumps. Both scripts are the
            same text on every page, cached or not: the Content-Security-Policy allows them by their hash. */}
        <script dangerouslySetInnerHTML={{ __html: readerSettingsBootScript }} />
        <script dangerouslySetInnerHTML={{ __html: timeZoneCookieScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <ClientMessages part="shell">
          <Providers>
            <SiteHeader />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
          </Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
