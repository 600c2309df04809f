import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getChapterNav } from "@/features/books/queries";

/** "Chapter N of M" with the book's contents and the previous and next chapters. */
export async function ChapterNav({ bookId, chapterIndex, locale }: { bookId: string; chapterIndex: number; locale: string }) {
  const t = await getTranslations("Books");
  const nav = await getChapterNav(bookId, chapterIndex);
  if (!nav) return null;
  const bookTitle = (locale === "zh" ? nav.book.titleZh || nav.book.titleEn : nav.book.titleEn || nav.book.titleZh) || nav.book.slug;
  return (
    <nav className="chapter-nav" aria-label={t("chapterOf", { number: nav.number, total: nav.total })}>
      <Link href={`/books/${nav.book.slug}`}>{bookTitle}</Link>
      <span className="chapter-nav-position">{t("chapterOf", { number: nav.number, total: nav.total })}</span>
      {nav.prev ? (
        <Link href={`/texts/${nav.prev}`} rel="prev" className="button-link">
          ← {t("previous")}
        </Link>
      ) : null}
      {nav.next ? (
        <Link href={`/texts/${nav.next}`} rel="next" className="button-link">
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
