import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ViewerLibrary } from "@/features/library/components/viewer-library";
import { listLibraryTexts } from "@/features/reader/queries";
import { Link } from "@/i18n/navigation";
import { ClientMessages } from "@/i18n/client-messages";
import { isBuildPhase } from "@/lib/pages/build-phase";

// A cached page (lib/pages/cached-pages.ts): the same HTML for every visitor, rendered once per server
// process and served from Next's page cache. Only public texts are in it; a signed-in reader's own
// entries are added in the browser (ViewerLibrary).
export default async function LibraryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Library");
  const texts = isBuildPhase() ? [] : await listLibraryTexts(null);
  return (
    <div className="page library-page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <ClientMessages part="library">
        <ViewerLibrary publicTexts={texts} locale={locale} />
      </ClientMessages>
      <p>
        <Link href="/import" className="button-link">
          {t("importCta")}
        </Link>
      </p>
    </div>
  );
}
