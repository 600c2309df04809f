"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { formatInterval } from "@/lib/srs/format-interval";
import { RATING_NAMES, RATINGS, type RatingValue } from "@/lib/srs/scheduler";
import type { StudyFilter } from "@/features/review/study-types";
import { useRateCard, useStudyQueue } from "@/features/review/use-study";
import { StudyCardView } from "./study-card-view";
import { StudyFilterBar } from "./study-filter-bar";
import { StudySettingsForm } from "./study-settings-form";
import { StudyStatsBar } from "./study-stats-bar";
import "./review.css";

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|SUMMARY)$/.test(el.tagName));

/** The study loop: show the top card, reveal (Space), rate (1–4), next. */
export function StudySession({ filter }: { filter: StudyFilter }) {
  const t = useTranslations("Study");
  const tr = useTranslations("Review");
  const tc = useTranslations("StudyCards");
  const locale = useLocale();
  const queue = useStudyQueue(filter);
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rate = useRateCard(filter, setError, tr("errors.generic"));

  const data = queue.data;
  const card = data?.cards[0];
  const revealed = card !== undefined && revealedId === card.id;

  const submit = useCallback(
    (rating: RatingValue) => {
      if (!card || revealedId !== card.id) return;
      setError(null);
      rate.mutate({ cardId: card.id, rating, reps: card.reps });
    },
    [card, revealedId, rate],
  );

  // Ratings are sent one action at a time; leaving while one is still queued would lose it, so ask first.
  useEffect(() => {
    if (!rate.isPending) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [rate.isPending]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const space = e.key === " " || e.code === "Space";
      // A click on the Settings <summary> leaves focus there; Space still means "show the answer" (Enter toggles the summary).
      const onSummary = e.target instanceof HTMLElement && e.target.tagName === "SUMMARY";
      if (e.ctrlKey || e.metaKey || e.altKey || (isTyping(e.target) && !(space && onSummary)) || !card) return;
      if (space) {
        e.preventDefault();
        setRevealedId(card.id);
      } else if (/^[1-4]$/.test(e.key)) {
        e.preventDefault();
        submit(Number(e.key) as RatingValue);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, submit]);

  if (!data) return <p role="status">{tr("loading")}</p>;

  return (
    <div className="study-session">
      <StudyFilterBar filter={filter} counts={data.counts} />
      <StudyStatsBar stats={data.stats} />
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {card ? (
        <>
          <StudyCardView key={card.id} card={card} revealed={revealed} frontMode={data.settings.frontMode} />
          {revealed ? (
            <div className="study-ratings" role="group" aria-label={t("rate")}>
              {RATINGS.map((r) => {
                const label = t(`ratings.${RATING_NAMES[r]}`);
                const interval = formatInterval(card.intervals[r], locale);
                return (
                  <button key={r} type="button" aria-label={t("rateLabel", { rating: label, interval, key: r })} onClick={() => submit(r)} disabled={rate.isPending}>
                    <span>{label}</span>
                    <span className="interval">{interval}</span>
                  </button>
                );
              })}
            </div>
          ) : (
            <button type="button" className="primary" onClick={() => setRevealedId(card.id)}>
              {t("show")} <kbd>{t("showKey")}</kbd>
            </button>
          )}
          <p className="muted">{t("keyboardHelp")}</p>
        </>
      ) : (
        <p role="status" className="study-done">
          {filter !== "all" && data.counts.all > 0 ? tc("noneOfType") : data.stats.reviewedToday > 0 ? t("done") : t("nothingYet")}
        </p>
      )}
      <StudySettingsForm key={JSON.stringify(data.settings)} settings={data.settings} />
    </div>
  );
}
