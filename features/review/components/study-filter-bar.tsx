"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { STUDY_FILTERS, type StudyFilter } from "@/features/review/study-types";

/**
 * Which type of card to study, as links (?type=), so the choice is in the URL,
 * survives a reload and works before hydration; each shows how many cards of
 * that type are in today's queue. Word kinds are indented under "Words".
 */
export function StudyFilterBar({ filter, counts }: { filter: StudyFilter; counts: Record<StudyFilter, number> }) {
  const t = useTranslations("StudyCards");
  return (
    <nav className="study-filter" aria-label={t("filterLabel")}>
      <ul>
        {STUDY_FILTERS.map((f) => (
          <li key={f} data-filter={f} className={f === "recognition" || f === "recall" || f === "cloze" ? "word-kind" : undefined}>
            <Link
              href={{ pathname: "/review/study", query: f === "all" ? {} : { type: f } }}
              aria-current={f === filter ? "page" : undefined}
              aria-label={t("filterOption", { type: t(`types.${f}`), n: counts[f] })}
              replace
              scroll={false}
            >
              {t(`types.${f}`)} <span className="count">{counts[f]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
