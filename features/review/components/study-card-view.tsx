"use client";

import { useLocale, useTranslations } from "next-intl";
import { NoteMarkdown } from "@/features/annotations/components/note-markdown";
import { clozeFront } from "@/features/review/cloze-front";
import type { FrontMode, StudyAnnotationCard, StudyCard } from "@/features/review/study-types";
import { WordCardView } from "@/features/vocabulary/components/word-card-view";
import { QuoteInContext } from "./quote-in-context";

/**
 * One card. Forward: the highlight's sentence with the highlight blanked
 * (cloze) or marked (recognition); the back adds the translation, pinyin and
 * note. Reverse: the English sentence; the back is the Chinese.
 */
export function StudyCardView({ card, revealed, frontMode }: { card: StudyCard; revealed: boolean; frontMode: FrontMode }) {
  return card.type === "word" ? <WordCardView card={card} revealed={revealed} /> : <AnnotationCardView card={card} revealed={revealed} frontMode={frontMode} />;
}

function AnnotationCardView({ card, revealed, frontMode }: { card: StudyAnnotationCard; revealed: boolean; frontMode: FrontMode }) {
  const t = useTranslations("Study");
  const tc = useTranslations("StudyCards");
  const locale = useLocale();
  const { item } = card;
  const reverse = card.kind === "reverse";
  const title = item.text ? (locale === "zh" ? item.text.titleZh || item.text.titleEn : item.text.titleEn || item.text.titleZh) : null;

  // For a reverse card the English is the prompt: the counterpart of a Chinese highlight, or the highlight's own sentence.
  const englishPrompt = item.lang === "zh" ? <span lang="en">{item.counterpart.text}</span> : item.contexts.map((c, i) => <QuoteInContext key={i} context={c} color={item.color} />);
  const chineseAnswer = item.lang === "zh" ? item.contexts.map((c, i) => <QuoteInContext key={i} context={c} color={item.color} />) : <span lang="zh-Hans">{item.counterpart.text}</span>;

  // A whole-sentence highlight would blank everything: clozeFront adds its neighbours and the translation as the cue.
  const cloze = !reverse && frontMode === "cloze" ? clozeFront(item) : null;
  const front = reverse ? (
    englishPrompt
  ) : (
    <>
      {(cloze?.contexts ?? item.contexts).map((c, i) => (
        <QuoteInContext key={i} context={c} color={item.color} mode={cloze?.mode ?? "mark"} blank={t("blank")} />
      ))}
      {cloze?.cue ? (
        <p className="study-cue" lang={cloze.cue.lang === "zh" ? "zh-Hans" : "en"}>
          <span className="visually-hidden">{tc("cue")}: </span>
          {cloze.cue.text}
        </p>
      ) : null}
    </>
  );
  const hint = reverse ? t("reverseHint") : cloze?.cue ? tc("cueHint") : cloze?.mode === "blank" ? t("clozeHint") : t("emphasisHint");

  return (
    <section className="study-card" aria-label={t("card")}>
      <p className="study-meta">
        {card.isNew ? <span>{t("newCard")}</span> : null}
        {reverse ? <span>{t("reverseCard")}</span> : null}
        {title ? <span>{t("source", { title })}</span> : null}
      </p>
      <div className="study-front" aria-label={t("front")} role="group">
        {front}
      </div>
      <p className="muted">{hint}</p>
      {revealed ? (
        <div className="study-back" aria-label={t("back")} role="group">
          <div className="study-answer">{reverse ? chineseAnswer : item.contexts.map((c, i) => <QuoteInContext key={i} context={c} color={item.color} />)}</div>
          {card.pinyin ? (
            <p className="study-pinyin">
              <span className="visually-hidden">{t("pinyin")}: </span>
              <span lang="zh-Latn-pinyin">{card.pinyin}</span>
            </p>
          ) : null}
          {!reverse && item.counterpart.text && !cloze?.cue ? (
            <p lang={item.counterpart.lang === "zh" ? "zh-Hans" : "en"}>
              <span className="visually-hidden">{t("counterpart")}: </span>
              {item.counterpart.text}
            </p>
          ) : null}
          {item.note?.body.trim() ? <NoteMarkdown body={item.note.body} /> : null}
        </div>
      ) : null}
    </section>
  );
}
