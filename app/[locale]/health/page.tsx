import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoundTrip } from "@/features/health/components/round-trip";

// Rendered per request, so Next's inline scripts carry the request's CSP nonce: only the cached pages
// (lib/pages/cached-pages.ts) come from Next's page cache, with their own hash policy.
export const dynamic = "force-dynamic";

export default async function HealthPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Health");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <RoundTrip />
    </div>
  );
}
