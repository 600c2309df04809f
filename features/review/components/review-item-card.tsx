"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { NoteMarkdown } from "@/features/annotations/components/note-markdown";
import type { ReviewListItem } from "@/features/review/types";
import { LocalDate } from "./local-date";
import { QuoteInContext } from "./quote-in-context";
import { UserText } from "@/features/shell/components/user-text";
import { SearchHits } from "./search-hits";

const NO_TERMS: string[] = [];

/** One annotation on the notes page: quote, sentence, translation, note, tags, colour, date, study switches, link back. */
export function ReviewItemCard({
  item,
  showText,
  onToggle,
  terms = NO_TERMS,
}: {
  item: ReviewListItem;
  showText: boolean;
  /** The search's words, marked where they occur. */
  terms?: readonly string[];
  onToggle: (which: "included" | "reverse", enabled: boolean) => void;
}) {
  const t = useTranslations("Review");
  const ta = useTranslations("Annotations");
  const locale = useLocale();
  const title = item.text ? (locale === "zh" ? item.text.titleZh || item.text.titleEn : item.text.titleEn || item.text.titleZh) : t("unknownText");
  const colorName = ta(`colors.${item.color}`);
  return (
    <article className={`review-item hl-border-${item.color}`} aria-label={item.quote}>
      <header className="review-item-head">
        <span className={`review-swatch hl-${item.color}`} role="img" aria-label={t("colorName", { color: colorName })} />
        {showText ? <span className="review-item-text">{title}</span> : null}
        <span className="muted">
          {t("created")} <LocalDate iso={item.createdAt} locale={locale} />
        </span>
      </header>
      <blockquote className="review-quote" lang={item.lang === "zh" ? "zh-Hans" : "en"}>
        <SearchHits text={item.quote} terms={terms} />
      </blockquote>
      <dl className="review-fields">
        <dt>{t("inContext")}</dt>
        <dd>
          {item.contexts.map((c, i) => (
            <p key={i}>
              <QuoteInContext context={c} color={item.color} terms={terms} />
            </p>
          ))}
          {item.orphan ? <p className="muted">{t("orphan")}</p> : null}
        </dd>
        <dt>{t("counterpart")}</dt>
        <dd lang={item.counterpart.lang === "zh" ? "zh-Hans" : "en"}>{item.counterpart.text ? <SearchHits text={item.counterpart.text} terms={terms} /> : <span className="muted">{t("noCounterpart")}</span>}</dd>
        {item.note?.body.trim() ? (
          <>
            <dt>{t("note")}</dt>
            <dd>
              <NoteMarkdown body={item.note.body} />
            </dd>
          </>
        ) : null}
        {item.note?.tags.length ? (
          <>
            <dt>{t("tags")}</dt>
            <dd>
              <ul className="review-tags">
                {item.note.tags.map((tag) => (
                  <li key={tag}>
                    #<UserText>{tag}</UserText>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <footer className="review-item-foot">
        {item.text && !item.orphan ? (
          <Link href={{ pathname: `/texts/${item.text.slug}`, query: { h: item.highlightId }, hash: `pair-${item.pairIndex}` }}>{t("openInReader")}</Link>
        ) : null}
        <label>
          <input type="checkbox" checked={item.cards.included} onChange={(e) => onToggle("included", e.target.checked)} />
          {t("study")}
        </label>
        <label>
          <input type="checkbox" checked={item.cards.reverse} onChange={(e) => onToggle("reverse", e.target.checked)} />
          {t("reverse")}
        </label>
      </footer>
    </article>
  );
}
