"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { Difficulty } from "@/lib/words/difficulty";

const LEVELS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** A library card's difficulty line: the text's (or the whole book's) words by HSK level, and how many are new to the reader. */
export function TextDifficulty({ slug, book = false }: { slug: string; book?: boolean }) {
  const t = useTranslations("Vocabulary");
  const { data } = useQuery({
    queryKey: ["text-difficulty", book ? "book" : "text", slug],
    queryFn: async (): Promise<Difficulty> => {
      const res = await fetch(`/api/${book ? "books" : "texts"}/${encodeURIComponent(slug)}/difficulty`);
      if (!res.ok) throw new Error(`difficulty: HTTP ${res.status}`);
      return (await res.json()) as Difficulty;
    },
    staleTime: 60_000,
  });
  if (!data || !data.words) return null;
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const label = LEVELS.map((l, i) => `${l === "7" ? t("outsideHsk") : t("hsk", { level: Number(l) })} ${pct(data.shares[i])}`).join(", ");
  return (
    <p className="text-difficulty" aria-label={t("difficultyLabel", { levels: label })}>
      <span className="difficulty-bar" aria-hidden="true">
        {data.shares.map((s, i) => (
          <span key={i} className={`difficulty-level l${i + 1}`} style={{ width: pct(s) }} title={`${LEVELS[i] === "7" ? t("outsideHsk") : t("hsk", { level: i + 1 })}: ${pct(s)}`} />
        ))}
      </span>
      <span>{t("hskUpTo4", { share: pct(data.shares.slice(0, 4).reduce((a, b) => a + b, 0)) })}</span>
      {data.unfamiliar !== null ? <span>{t("unfamiliar", { count: data.unfamiliar, total: data.distinct })}</span> : null}
    </p>
  );
}
