import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LibraryList } from "@/features/library/components/library-list";
import { listLibraryTexts } from "@/features/reader/queries";
import { getSessionUser } from "@/lib/auth";
import { Link } from "@/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function LibraryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Library");
  const user = await getSessionUser();
  const texts = await listLibraryTexts(user?.id);
  return (
    <div className="page library-page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <LibraryList texts={texts} locale={locale} />
      <p>
        <Link href="/import" className="button-link">
          {t("importCta")}
        </Link>
      </p>
    </div>
  );
}
