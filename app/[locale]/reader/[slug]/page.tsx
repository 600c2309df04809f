import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getReaderText } from "@/features/reader/queries";
import { ReaderPage, readerTitle } from "@/features/reader/components/reader-page";
import { getTextAnnotationCount, getTextAnnotations } from "@/features/annotations/queries";
import { annotationsQueryOptions } from "@/features/annotations/query-options";
import { getSessionUser } from "@/lib/auth";
import { EntryManage } from "@/features/library/components/entry-manage";
import { db } from "@/lib/db";
import { annotatedTexts } from "@/lib/library/manage";
import { getQueryClient } from "@/lib/query-client";

// The reader rendered per request, for a signed-in visitor's text that is not public: proxy.ts rewrites
// /{locale}/texts/{slug} here (the address bar keeps that URL). The visibility rule decides as everywhere:
// anyone else gets the same not-found as for a text that does not exist. Never cached.
export const dynamic = "force-dynamic";

const EMBED_ANNOTATIONS_MAX = 500;

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const user = await getSessionUser();
  const text = await getReaderText(slug, user?.id);
  return text ? { title: readerTitle(text, locale) } : {};
}

export default async function PersonalReaderPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const user = await getSessionUser();
  const text = await getReaderText(slug, user?.id);
  if (!text) notFound();

  // Same query key as the client hook, so the highlights are in the first HTML and no request follows hydration.
  // A text with very many annotations is not embedded: its marks come from the JSON API right after hydration,
  // so the page costs the same at 20,000 highlights as at none (npm run bench:annotations-scale).
  const queryClient = getQueryClient();
  if (user && (await getTextAnnotationCount(user.id, text.id)) <= EMBED_ANNOTATIONS_MAX) {
    await queryClient.prefetchQuery({
      ...annotationsQueryOptions(slug),
      queryFn: async () => (await getTextAnnotations(user.id, slug)) ?? { textSlug: slug, highlights: [], notes: [] },
    });
  }
  const manage =
    user && text.ownerId === user.id && !text.bookId ? (
      <EntryManage
        kind="text"
        slug={text.slug}
        details={{ titleZh: text.titleZh, titleEn: text.titleEn, author: text.author ?? "", source: text.source ?? "", url: text.url ?? "" }}
        annotated={await annotatedTexts(db, user.id, { kind: "text", slug: text.slug })}
      />
    ) : null;

  return (
    <ReaderPage
      text={text}
      locale={locale}
      signedIn={user !== null}
      manage={manage}
      wrapView={(view) => <HydrationBoundary state={dehydrate(queryClient)}>{view}</HydrationBoundary>}
    />
  );
}
