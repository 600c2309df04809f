import type { ReactNode } from "react";
import type { ReaderText } from "@/features/reader/queries";
import { ChapterNav } from "@/features/books/components/chapter-nav";
import { ViewerReadingTracker } from "@/features/books/components/viewer-reading-tracker";
import { ReaderHeader } from "./reader-header";
import { ReaderView } from "./reader-view";

/** The page title for a text: its title in the interface's language, else the other one, else the slug. */
export const readerTitle = (text: Pick<ReaderText, "titleZh" | "titleEn" | "slug">, locale: string): string =>
  (locale === "zh" ? text.titleZh || text.titleEn : text.titleEn || text.titleZh) || text.slug;

/**
 * The reader, for the cached page of a public text (signedIn left to the browser) and for the page rendered
 * per request (app/[locale]/reader/[slug]: a private text, its owner's tools in `manage`, marks embedded).
 */
export function ReaderPage({
  text,
  locale,
  signedIn,
  manage,
  wrapView = (view) => view,
}: {
  text: ReaderText;
  locale: string;
  signedIn?: boolean;
  manage?: ReactNode;
  wrapView?: (view: ReactNode) => ReactNode;
}) {
  return (
    <article className="reader-page">
      {text.bookId !== null && text.chapterIndex !== null ? <ChapterNav bookId={text.bookId} chapterIndex={text.chapterIndex} locale={locale} /> : null}
      <ReaderHeader text={text} locale={locale} />
      <ViewerReadingTracker slug={text.slug} />
      {manage}
      {wrapView(
        <ReaderView textId={text.id} textSlug={text.slug} firstParagraphs={text.paragraphs} paragraphCount={text.paragraphCount} signedIn={signedIn} ownedText={text.ownerId !== null} />,
      )}
    </article>
  );
}
