"use client";

import { useTranslations } from "next-intl";
import type { StudyStats } from "@/features/review/study-types";

export function StudyStatsBar({ stats }: { stats: StudyStats }) {
  const t = useTranslations("Study");
  const entries: [string, string, string][] = [
    ["due-now", t("dueNow"), String(stats.dueNow)],
    ["due-today", t("dueToday"), String(stats.dueToday)],
    ["reviewed-today", t("reviewedToday"), String(stats.reviewedToday)],
    ["streak", t("streak"), t("streakDays", { count: stats.streak })],
    ["retention", t("retention"), stats.retention30 === null ? t("noRetention") : `${Math.round(stats.retention30 * 100)}%`],
  ];
  return (
    <dl className="study-stats" aria-label={t("stats")}>
      {entries.map(([id, label, value]) => (
        <div key={id} data-stat={id}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
