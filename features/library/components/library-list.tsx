import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { LibraryEntry } from "@/features/reader/queries";
import { UserText } from "@/features/shell/components/user-text";
import { TextDifficulty } from "@/features/words/components/text-difficulty";

/** The library's cards; rendered on the server for the cached page, and in the browser with a signed-in user's own entries. */
export function LibraryList({ texts, locale }: { texts: LibraryEntry[]; locale: string }) {
  const t = useTranslations("Library");
  const tb = useTranslations("Books");
  const format = useFormatter();
  if (texts.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul className="library-list">
      {texts.map((text) => {
        const author = locale === "zh" ? text.author : (text.authorEn ?? text.author);
        const title = (locale === "zh" ? text.titleZh || text.titleEn : text.titleEn || text.titleZh) || text.slug;
        return (
          <li key={text.slug} className="library-card">
            <h2>
              <Link href={text.href} aria-label={t("open", { title })}>
                {text.titleZh ? (
                  <span lang="zh-Hans" className="library-title-zh">
                    <UserText>{text.titleZh}</UserText>
                  </span>
                ) : null}
                {text.titleEn ? (
                  <span lang="en" className="library-title-en">
                    <UserText>{text.titleEn}</UserText>
                  </span>
                ) : null}
              </Link>
            </h2>
            <p className="library-meta">
              {author ? <span>{t("by", { author })}</span> : null}
              {text.source ? <span>{locale === "zh" ? text.source : (text.sourceEn ?? text.source)}</span> : null}
              {text.publishedOn ? (
                <time dateTime={text.publishedOn}>{format.dateTime(new Date(text.publishedOn), { dateStyle: "long" })}</time>
              ) : null}
              <span>{text.chapterCount !== null ? tb("chapterCount", { count: text.chapterCount }) : t("paragraphs", { count: text.paragraphCount })}</span>
              {text.isPrivate ? <span className="badge">{t("private")}</span> : null}
              {text.chapterCount !== null ? <span className="badge">{tb("book")}</span> : null}
            </p>
            <TextDifficulty slug={text.slug} />
            {text.continueHref ? (
              <p>
                <Link href={text.continueHref} className="button-link" aria-label={`${tb("continue")}: ${title}`}>
                  {tb("continue")}
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
