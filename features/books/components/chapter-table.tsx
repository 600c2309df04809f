"use client";

import { useTranslations } from "next-intl";
import type { ChapterPair } from "@/lib/books/chapter-align";
import type { BookOutline, ChapterInfo } from "@/lib/books/outline";

type Side = "zh" | "en";

interface Props {
  outline: BookOutline;
  pairs: ChapterPair[];
  included: { zh: number[]; en: number[] };
  skipped: Set<number>;
  disabled: boolean;
  onToggleChapter: (side: Side, index: number, on: boolean) => void;
  onTogglePair: (pair: number, on: boolean) => void;
}

/** The chapter alignment to check: one row per pair, and the chapters left out (front and back matter) to tick back in. */
export function ChapterTable({ outline, pairs, included, skipped, disabled, onToggleChapter, onTogglePair }: Props) {
  const t = useTranslations("Books");
  const chapter = (side: Side, index: number, on: boolean) => {
    const c: ChapterInfo = outline[side][index];
    return (
      <div key={`${side}-${index}`} className="book-chapter" data-chapter={`${side}-${index}`}>
        <label>
          <input type="checkbox" checked={on} disabled={disabled} onChange={(e) => onToggleChapter(side, index, e.target.checked)} />{" "}
          <span className="visually-hidden">{t("includeChapter", { title: c.title })}</span>
          <strong lang={side === "zh" ? "zh-Hans" : "en"} aria-hidden="true">
            {c.title}
          </strong>
        </label>{" "}
        <span className="muted">
          {t("chars", { count: c.chars })}
          {c.kind === "matter" ? ` · ${t("matter")}` : ""}
        </span>
        <p className="book-excerpt" lang={side === "zh" ? "zh-Hans" : "en"}>
          {c.excerpt}
        </p>
      </div>
    );
  };
  // Left out: in no pair. A tick shows at once; the chapter moves when the re-match arrives.
  const paired = { zh: new Set(pairs.flatMap((p) => p.zh)), en: new Set(pairs.flatMap((p) => p.en)) };
  const left = (side: Side) => outline[side].map((_, i) => i).filter((i) => !paired[side].has(i));

  return (
    <div className="book-chapters">
      <ol className="book-pairs">
        {pairs.map((p, k) => {
          const complete = p.zh.length > 0 && p.en.length > 0;
          return (
            <li key={`${p.zh.join(",")}|${p.en.join(",")}`} data-chapter-pair={k} className={complete ? "" : "is-unpaired"}>
              <label className="book-pair-toggle">
                <input
                  type="checkbox"
                  checked={complete && !skipped.has(k)}
                  disabled={disabled || !complete}
                  aria-label={t("importPair", { number: k + 1 })}
                  onChange={(e) => onTogglePair(k, e.target.checked)}
                />
              </label>
              <div className="book-side">{p.zh.length ? p.zh.map((i) => chapter("zh", i, included.zh.includes(i))) : <p className="muted">{t("noCounterpart")}</p>}</div>
              <div className="book-side">{p.en.length ? p.en.map((j) => chapter("en", j, included.en.includes(j))) : <p className="muted">{t("noCounterpart")}</p>}</div>
            </li>
          );
        })}
      </ol>
      {left("zh").length + left("en").length > 0 ? (
        <div className="book-left-out">
          <div className="book-side">{left("zh").map((i) => chapter("zh", i, included.zh.includes(i)))}</div>
          <div className="book-side">{left("en").map((j) => chapter("en", j, included.en.includes(j)))}</div>
        </div>
      ) : null}
    </div>
  );
}
