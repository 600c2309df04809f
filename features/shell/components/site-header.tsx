import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const t = await getTranslations("Nav");
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t("brand")}
      </Link>
      <nav aria-label={t("mainNavigation")} className="site-nav">
        <Link href="/">{t("library")}</Link>
        <Link href="/review">{t("review")}</Link>
        <Link href="/vocabulary">{t("vocabulary")}</Link>
        <Link href="/import">{t("import")}</Link>
      </nav>
      <UserMenu />
      <LocaleSwitcher />
    </header>
  );
}
