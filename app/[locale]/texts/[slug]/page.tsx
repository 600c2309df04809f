import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getReaderText } from "@/features/reader/queries";
import { ReaderPage, readerTitle } from "@/features/reader/components/reader-page";

// A cached page (lib/pages/cached-pages.ts): a public text's reader is the same HTML for every visitor,
// rendered on its first request in each server process and then served from Next's page cache. It
// reads no session: marks, the reading position and sign-in state come from the browser. A private
// text is never rendered here (visible to nobody signed out): proxy.ts sends its owner to
// app/[locale]/reader/[slug], rendered per request.
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const text = await getReaderText(slug, null);
  return text ? { title: readerTitle(text, locale) } : {};
}

export default async function PublicReaderPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const text = await getReaderText(slug, null);
  if (!text) notFound();
  return <ReaderPage text={text} locale={locale} />;
}
