import type { Locale } from "next-intl";
import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getReaderText } from "@/features/reader/queries";
import { ReaderHeader } from "@/features/reader/components/reader-header";
import { ReaderView } from "@/features/reader/components/reader-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const text = await getReaderText(slug, null);
  if (!text) return {};
  return { title: locale === "zh" ? text.titleZh : text.titleEn };
}

export default async function ReaderPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const text = await getReaderText(slug, null);
  if (!text) notFound();
  return (
    <article className="reader-page">
      <ReaderHeader text={text} locale={locale} />
      <ReaderView paragraphs={text.paragraphs} />
    </article>
  );
}
