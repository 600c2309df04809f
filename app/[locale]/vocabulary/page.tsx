import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Link } from "@/i18n/navigation";
import { VocabularyList } from "@/features/vocabulary/components/vocabulary-list";
import { getVocabulary } from "@/features/vocabulary/queries";
import { VOCABULARY_KEY } from "@/features/vocabulary/vocabulary-types";
import { getSessionUser } from "@/lib/auth";
import { getQueryClient } from "@/lib/query-client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Vocabulary" });
  return { title: t("title") };
}

export default async function VocabularyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Vocabulary");
  const user = await getSessionUser();
  if (!user) {
    return (
      <div className="page vocab-page">
        <h1>{t("title")}</h1>
        <p className="lede">{t("signInNeeded")}</p>
        <Link href={{ pathname: "/sign-in", query: { next: `/${locale}/vocabulary` } }} className="button-link primary">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const qc = getQueryClient();
  qc.setQueryData(VOCABULARY_KEY, await getVocabulary(user.id));
  return (
    <div className="page vocab-page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <HydrationBoundary state={dehydrate(qc)}>
        <VocabularyList />
      </HydrationBoundary>
    </div>
  );
}
