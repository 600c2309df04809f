import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ReaderText } from "@/features/reader/queries";

/** Titles in both languages and the attribution the source requires. */
export async function ReaderHeader({ text, locale }: { text: ReaderText; locale: string }) {
  const t = await getTranslations("Reader");
  const format = await getFormatter();
  const author = locale === "zh" ? text.author : (text.authorEn ?? text.author);
  const source = locale === "zh" ? text.source : (text.sourceEn ?? text.source);
  return (
    <header className="reader-header">
      <p className="reader-back">
        <Link href="/">← {t("backToLibrary")}</Link>
      </p>
      <BilingualTitle titleZh={text.titleZh} titleEn={text.titleEn} />
      <dl className="reader-attribution">
        {author ? (
          <div>
            <dt>{t("author")}</dt>
            <dd>
              {author}
              {text.authorEn && text.author && author !== text.author ? <span lang="zh-Hans"> ({text.author})</span> : null}
            </dd>
          </div>
        ) : null}
        {source ? (
          <div>
            <dt>{t("source")}</dt>
            <dd>{source}</dd>
          </div>
        ) : null}
        {text.publishedOn ? (
          <div>
            <dt>{t("published")}</dt>
            <dd>
              <time dateTime={text.publishedOn}>{format.dateTime(new Date(text.publishedOn), { dateStyle: "long" })}</time>
            </dd>
          </div>
        ) : null}
        {text.url ? (
          <div>
            <dt>{t("original")}</dt>
            <dd>
              <a href={text.url} rel="noopener noreferrer nofollow" target="_blank">
                {text.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {text.notice ? <p className="reader-notice">{t("reproduced")}</p> : null}
    </header>
  );
}

/** A text's or a book's two titles as one heading, each in its own language. */
export function BilingualTitle({ titleZh, titleEn }: { titleZh: string; titleEn: string }) {
  return (
    <h1>
      {titleZh ? (
        <span lang="zh-Hans" className="reader-title-zh">
          {titleZh}
        </span>
      ) : null}
      {/* A space, so the heading reads as two titles, not one run-together string. */}
      {" "}
      {titleEn ? (
        <span lang="en" className="reader-title-en">
          {titleEn}
        </span>
      ) : null}
    </h1>
  );
}
