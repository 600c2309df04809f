import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The import page's two modes: one text pasted or uploaded, or a whole book as two files. */
export async function ImportModes({ book }: { book: boolean }) {
  const t = await getTranslations("Books");
  return (
    <nav className="import-modes" aria-label={t("modesLabel")}>
      <Link href="/import" aria-current={book ? undefined : "page"} className="button-link">
        {t("modeText")}
      </Link>
      <Link href={{ pathname: "/import", query: { mode: "book" } }} aria-current={book ? "page" : undefined} className="button-link">
        {t("modeBook")}
      </Link>
    </nav>
  );
}
