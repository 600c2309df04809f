import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoundTrip } from "@/features/health/components/round-trip";

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
