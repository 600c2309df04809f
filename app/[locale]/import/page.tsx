import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ImportFlow } from "@/features/import/components/import-flow";
import { BookImport } from "@/features/books/components/book-import";
import { ImportModes } from "@/features/books/components/import-modes";
import { getSessionUser } from "@/lib/auth";

export default async function ImportPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ mode?: string }> }) {
  const { locale } = await params;
  const book = (await searchParams).mode === "book";
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Import");
  const tb = await getTranslations("BookImportPage");
  const user = await getSessionUser();
  return (
    <div className="page import-page">
      <h1>{book ? tb("title") : t("title")}</h1>
      {/* The book form explains itself (formats, chapter matching); this lede is about pasting one text. */}
      {book ? null : <p className="lede">{t("intro")}</p>}
      {user ? <ImportModes book={book} /> : null}
      {user ? (
        book ? <BookImport /> : <ImportFlow />
      ) : (
        <p>
          <Link href={{ pathname: "/sign-in", query: { next: `/${locale}/import` } }}>{t("signInNeeded")}</Link>
        </p>
      )}
    </div>
  );
}
