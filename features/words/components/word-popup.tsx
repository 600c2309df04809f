"use client";

import { useTranslations } from "next-intl";
import type { WordLookup } from "@/lib/words/lookup";

/** The popup's content: entry, readings, characters, or English → Chinese equivalents. */
export function WordPopupBody({ data, onResize }: { data: WordLookup; onResize: (delta: 1 | -1) => void }) {
  const t = useTranslations("Words");
  if (data.lang === "en") {
    return (
      <>
        <p className="word-head">
          <span className="word-text" lang="en">{data.word}</span>
        </p>
        {data.matches.length ? (
          <>
            <h3 className="word-sub">{t("equivalents")}</h3>
            <ul className="word-matches">
              {data.matches.map((m) => (
                <li key={m.word}>
                  <span lang="zh-Hans" className="word-match">{m.word}</span> <span lang="zh-Latn-pinyin" className="word-pinyin">{m.pinyin}</span>{" "}
                  <span className="word-def">{m.sense}</span>
                  {m.hskLevel ? <span className="word-badge">{t("hsk", { level: m.hskLevel })}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="word-empty">{t("noEnglish", { word: data.word })}</p>
        )}
        <p className="word-links-count">{t("linked", { count: data.links.length })}</p>
      </>
    );
  }
  const e = data.entry;
  const trad = e?.traditional.filter((f) => f !== data.word) ?? [];
  return (
    <>
      <p className="word-head">
        <span className="word-text" lang="zh-Hans">{data.word}</span>
        {data.reading ? <span className="word-reading" lang="zh-Latn-pinyin">{data.reading}</span> : null}
        <span className="word-resize">
          <button type="button" onClick={() => onResize(-1)} aria-label={t("shorter")} title={t("shorter")} disabled={data.word.length < 2}>
            −
          </button>
          <button type="button" onClick={() => onResize(1)} aria-label={t("longer")} title={t("longer")}>
            +
          </button>
        </span>
      </p>
      {e ? (
        <p className="word-meta">
          {trad.length ? <span lang="zh-Hant">{t("traditional", { form: trad.join(" / ") })}</span> : null}
          {e.hskLevel ? <span className="word-badge">{t("hsk", { level: e.hskLevel })}</span> : null}
          {e.frequencyBand ? <span className="word-band">{t("band", { band: String(e.frequencyBand) })}</span> : null}
        </p>
      ) : null}
      {e ? (
        <ol className="word-readings">
          {e.readings.slice(0, 4).map((r) => (
            <li key={r.pinyin}>
              <span lang="zh-Latn-pinyin" className="word-pinyin">{r.pinyin}</span> <span className="word-def">{r.definitions.slice(0, 6).join("; ")}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="word-empty">{t("noEntry", { word: data.word })}</p>
      )}
      {data.characters.length ? (
        <>
          <h3 className="word-sub">{t("characters")}</h3>
          <ul className="word-chars">
            {data.characters.map((c, i) => (
              <li key={i}>
                <span lang="zh-Hans" className="word-char">{c.char}</span> <span lang="zh-Latn-pinyin" className="word-pinyin">{c.pinyin}</span>{" "}
                <span className="word-def">{c.definition}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="word-links-count">{t("linked", { count: data.links.length })}</p>
    </>
  );
}
