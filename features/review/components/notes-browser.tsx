"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { filterToParams } from "@/features/review/schemas";
import { EMPTY_FILTER, type ReviewFacets, type ReviewFilter, type ReviewListItem } from "@/features/review/types";
import { useCardToggle, useDebounced, useReviewNotes } from "@/features/review/use-review";
import { ExportPanel } from "./export-panel";
import { ReviewFilters } from "./review-filters";
import { ReviewItemCard } from "./review-item-card";
import { searchTerms } from "./search-hits";
import "./review.css";

const SEARCH_DEBOUNCE_MS = 250;

/** Splits a page into runs of the same text, for the "grouped by text" view. */
function byText(items: ReviewListItem[]) {
  const groups: { slug: string; title: ReviewListItem["text"]; items: ReviewListItem[] }[] = [];
  for (const item of items) {
    const slug = item.text?.slug ?? "";
    const last = groups.at(-1);
    if (last && last.slug === slug) last.items.push(item);
    else groups.push({ slug, title: item.text, items: [item] });
  }
  return groups;
}

/**
 * The notes list: filters and search drive a react-query query (debounced
 * while typing), the URL follows along (so reload, back and export keep the
 * same filter) and nothing reloads the page.
 */
export function NotesBrowser({ initialFilter, facets }: { initialFilter: ReviewFilter; facets: ReviewFacets }) {
  const t = useTranslations("Review");
  const tx = useTranslations("ReviewExtras");
  const locale = useLocale();
  const [filter, setFilter] = useState(initialFilter);
  const [error, setError] = useState<string | null>(null);
  const q = useDebounced(filter.q, SEARCH_DEBOUNCE_MS);
  const effective = { ...filter, q };
  const query = useReviewNotes(effective);
  const toggle = useCardToggle(setError, t("errors.generic"));
  const params = filterToParams(effective).toString();

  useEffect(() => {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${params ? `?${params}` : ""}`);
  }, [params]);

  const update = (patch: Partial<ReviewFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const data = query.data;
  const terms = useMemo(() => searchTerms(q), [q]);
  const filtered = filterToParams({ ...effective, view: "date", page: 1 }).toString() !== "";
  const groups = data ? (filter.view === "text" ? byText(data.items) : [{ slug: "", title: null, items: data.items }]) : [];

  return (
    <div className="notes-browser">
      <ReviewFilters filter={filter} facets={facets} onChange={update} />
      <p className="review-status" role="status" aria-live="polite">
        {data ? tx("results", { count: data.total }) : t("loading")}
        {query.isFetching ? <span className="muted"> · {t("loading")}</span> : null}
      </p>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {data && data.total === 0 ? (
        <div className="review-empty">
          <p>{filtered ? t("noMatches") : t("empty")}</p>
          {filtered ? (
            <button type="button" onClick={() => setFilter({ ...EMPTY_FILTER, view: filter.view })}>
              {t("clearFilters")}
            </button>
          ) : null}
        </div>
      ) : null}
      {groups.map((g, gi) => (
        <section key={`${g.slug}-${gi}`} className="review-group" aria-label={g.title ? (locale === "zh" ? g.title.titleZh : g.title.titleEn) : undefined}>
          {filter.view === "text" ? <h2>{g.title ? (locale === "zh" ? g.title.titleZh || g.title.titleEn : g.title.titleEn || g.title.titleZh) : t("unknownText")}</h2> : null}
          <ol className="review-list">
            {g.items.map((item) => (
              <li key={item.key}>
                <ReviewItemCard
                  item={item}
                  showText={filter.view === "date"}
                  terms={terms}
                  onToggle={(which, enabled) => {
                    setError(null);
                    toggle.mutate({ key: item.key, enabled, which });
                  }}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {data && data.pageCount > 1 ? (
        <nav className="review-pagination" aria-label={t("pagination")}>
          <button type="button" disabled={filter.page <= 1} onClick={() => setFilter((f) => ({ ...f, page: f.page - 1 }))}>
            {t("previous")}
          </button>
          <span>{t("pageOf", { page: data.page, count: data.pageCount })}</span>
          <button type="button" disabled={filter.page >= data.pageCount} onClick={() => setFilter((f) => ({ ...f, page: f.page + 1 }))}>
            {t("next")}
          </button>
        </nav>
      ) : null}
      <ExportPanel filter={effective} />
    </div>
  );
}
