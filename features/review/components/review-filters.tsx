"use client";

import { useLocale, useTranslations } from "next-intl";
import { HIGHLIGHT_COLORS, type HighlightColor } from "@/features/annotations/types";
import type { ReviewFacets, ReviewFilter, ReviewView } from "@/features/review/types";
import { showBidiControls } from "@/lib/text/bidi";

/** Search box and filters. Every change goes straight to the parent; the search text is debounced there. */
export function ReviewFilters({
  filter,
  facets,
  onChange,
}: {
  filter: ReviewFilter;
  facets: ReviewFacets;
  onChange: (patch: Partial<ReviewFilter>) => void;
}) {
  const t = useTranslations("Review");
  const ta = useTranslations("Annotations");
  const locale = useLocale();
  return (
    <form className="review-filters" role="search" aria-label={t("filters")} onSubmit={(e) => e.preventDefault()}>
      <label className="review-search">
        <span className="visually-hidden">{t("search")}</span>
        <input type="search" value={filter.q} placeholder={t("searchPlaceholder")} aria-label={t("search")} onChange={(e) => onChange({ q: e.target.value })} />
      </label>
      <label>
        {t("text")}
        <select value={filter.text ?? ""} onChange={(e) => onChange({ text: e.target.value || null })}>
          <option value="">{t("allTexts")}</option>
          {facets.texts.map((x) => (
            <option key={x.slug} value={x.slug}>
              {locale === "zh" ? x.titleZh || x.titleEn : x.titleEn || x.titleZh}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("color")}
        <select value={filter.color ?? ""} onChange={(e) => onChange({ color: (e.target.value || null) as HighlightColor | null })}>
          <option value="">{t("allColors")}</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {ta(`colors.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("tag")}
        <select value={filter.tag ?? ""} onChange={(e) => onChange({ tag: e.target.value || null })}>
          <option value="">{t("allTags")}</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              #{showBidiControls(tag)}
            </option>
          ))}
        </select>
      </label>
      <label className="review-check">
        <input type="checkbox" checked={filter.hasNote} onChange={(e) => onChange({ hasNote: e.target.checked })} />
        {t("hasNote")}
      </label>
      <label>
        {t("view")}
        <select value={filter.view} onChange={(e) => onChange({ view: e.target.value as ReviewView })}>
          <option value="date">{t("byDate")}</option>
          <option value="text">{t("byText")}</option>
        </select>
      </label>
    </form>
  );
}
