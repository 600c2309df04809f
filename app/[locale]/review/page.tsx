import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Link } from "@/i18n/navigation";
import { NotesBrowser } from "@/features/review/components/notes-browser";
import { getReviewFacets, getReviewNotes } from "@/features/review/queries";
import { reviewNotesQueryOptions } from "@/features/review/query-options";
import { parseFilter } from "@/features/review/schemas";
import { getSessionUser } from "@/lib/auth";
import { getQueryClient } from "@/lib/query-client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Review" });
  return { title: t("title") };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Review");
  const user = await getSessionUser();
  if (!user) {
    return (
      <div className="page review-page">
        <h1>{t("title")}</h1>
        <p className="lede">{t("signInNeeded")}</p>
        <Link href={{ pathname: "/sign-in", query: { next: `/${locale}/review` } }} className="button-link primary">
          {t("signIn")}
        </Link>
      </div>
    );
  }

  // Same query key as the client hook, so the first page is in the HTML and no request follows hydration.
  const filter = parseFilter(await searchParams);
  const queryClient = getQueryClient();
  const [facets] = await Promise.all([
    getReviewFacets(user.id),
    queryClient.prefetchQuery({ ...reviewNotesQueryOptions(filter), queryFn: () => getReviewNotes(user.id, filter) }),
  ]);

  return (
    <div className="page review-page">
      <div className="review-nav">
        <h1>{t("title")}</h1>
        <Link href="/review/study">{t("studyLink")}</Link>
      </div>
      <p className="lede">{t("intro")}</p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <NotesBrowser initialFilter={filter} facets={facets} />
      </HydrationBoundary>
    </div>
  );
}
