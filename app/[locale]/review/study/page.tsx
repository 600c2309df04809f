import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Link } from "@/i18n/navigation";
import { StudySession } from "@/features/review/components/study-session";
import { getStudyQueue } from "@/features/review/queries";
import { studyQueueQueryOptions } from "@/features/review/query-options";
import { parseStudyFilter } from "@/features/review/schemas";
import { getSessionUser } from "@/lib/auth";
import { getQueryClient } from "@/lib/query-client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Study" });
  return { title: t("title") };
}

export default async function StudyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const filter = parseStudyFilter((await searchParams).type);
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Study");
  const tr = await getTranslations("Review");
  const user = await getSessionUser();
  if (!user) {
    return (
      <div className="page review-page">
        <h1>{t("title")}</h1>
        <p className="lede">{tr("signInNeeded")}</p>
        <Link href={{ pathname: "/sign-in", query: { next: `/${locale}/review/study` } }} className="button-link primary">
          {tr("signIn")}
        </Link>
      </div>
    );
  }
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({ ...studyQueueQueryOptions(filter), queryFn: () => getStudyQueue(user.id, filter) });
  return (
    <div className="page review-page study-page">
      <div className="review-nav">
        <h1>{t("title")}</h1>
        <Link href="/review">{t("backToNotes")}</Link>
      </div>
      <p className="lede">{t("intro")}</p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <StudySession filter={filter} />
      </HydrationBoundary>
    </div>
  );
}
