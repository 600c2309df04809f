import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { EntryManage } from "@/features/library/components/entry-manage";
import { BilingualTitle } from "@/features/reader/components/reader-header";
import { continueReading, getBook } from "@/features/books/queries";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { annotatedTexts } from "@/lib/library/manage";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const user = await getSessionUser();
  const book = await getBook(slug, user?.id);
  if (!book) return {};
  return { title: (locale === "zh" ? book.titleZh || book.titleEn : book.titleEn || book.titleZh) || slug };
}

/** A book's contents: its chapters, where the user stopped, and the owner's controls. */
export default async function BookPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const user = await getSessionUser();
  const book = await getBook(slug, user?.id);
  if (!book || !user) notFound();
  const t = await getTranslations("Books");
  const tl = await getTranslations("Library");
  const resume = (await continueReading(user.id, [], [book.id])).get(book.id);
  return (
    <article className="page book-page">
      <p className="reader-back">
        <Link href="/">← {(await getTranslations("Reader"))("backToLibrary")}</Link>
      </p>
      <BilingualTitle titleZh={book.titleZh} titleEn={book.titleEn} />
      <p className="library-meta">
        {book.author ? <span>{tl("by", { author: book.author })}</span> : null}
        {book.source ? <span>{book.source}</span> : null}
        <span>{t("chapterCount", { count: book.chapters.length })}</span>
      </p>
      <EntryManage
        kind="book"
        slug={book.slug}
        details={{ titleZh: book.titleZh, titleEn: book.titleEn, author: book.author ?? "", source: book.source ?? "", url: book.url ?? "" }}
        annotated={await annotatedTexts(db, user.id, { kind: "book", slug: book.slug })}
      />
      {resume ? (
        <p>
          <Link href={resume.href} className="button-link primary">
            {t("continueAt", { chapter: resume.chapterTitle })}
          </Link>
        </p>
      ) : null}
      <h2>{t("contents")}</h2>
      <ol className="book-contents">
        {book.chapters.map((c) => (
          <li key={c.slug}>
            <Link href={`/texts/${c.slug}`}>
              {c.titleZh ? <span lang="zh-Hans">{c.titleZh}</span> : null}
              {c.titleZh && c.titleEn ? " · " : null}
              {c.titleEn ? <span lang="en">{c.titleEn}</span> : null}
            </Link>{" "}
            <span className="muted">{tl("paragraphs", { count: c.paragraphCount })}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}
