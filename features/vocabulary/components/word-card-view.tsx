"use client";

import { useTranslations } from "next-intl";
import type { StudyWordCard } from "@/features/review/study-types";

const LABEL = { recognition: "cardRecognition", recall: "cardRecall", cloze: "cardCloze" } as const;
const HINT = { recognition: "recognitionHint", recall: "recallHint", cloze: "clozeHint" } as const;

/**
 * A saved word's card. Recognition: the hanzi, answered with pinyin and
 * meaning. Recall: the meaning, answered with the hanzi. Cloze: the sentence
 * it was saved from with the word blanked, the aligned English as the hint.
 */
export function WordCardView({ card, revealed }: { card: StudyWordCard; revealed: boolean }) {
  const t = useTranslations("Vocabulary");
  const ts = useTranslations("Study");
  const { word } = card;
  const sentence = (blank: boolean) => (
    <p lang="zh-Hans" className="study-word-sentence">
      {word.sentence.slice(0, word.start)}
      {blank ? <span className="study-blank">{t("blank")}</span> : <mark className="study-word-mark">{word.sentence.slice(word.start, word.end)}</mark>}
      {word.sentence.slice(word.end)}
    </p>
  );
  const front =
    card.kind === "recognition" ? (
      <p lang="zh-Hans" className="study-word">{word.headword}</p>
    ) : card.kind === "recall" ? (
      <p className="study-word-meaning">{word.recallFront}</p>
    ) : (
      <>
        {sentence(true)}
        <p lang="en" className="muted">{word.translation}</p>
      </>
    );
  return (
    <section className="study-card" aria-label={ts("card")} data-card-kind={card.kind}>
      <p className="study-meta">
        {card.isNew ? <span>{ts("newCard")}</span> : null}
        <span>{t(LABEL[card.kind])}</span>
        {word.textTitle ? <span>{ts("source", { title: word.textTitle })}</span> : null}
      </p>
      <div className="study-front" aria-label={ts("front")} role="group">
        {front}
      </div>
      <p className="muted">{t(HINT[card.kind])}</p>
      {revealed ? (
        <div className="study-back" aria-label={ts("back")} role="group">
          <p lang="zh-Hans" className="study-word">{word.headword}</p>
          <p className="study-pinyin">
            <span className="visually-hidden">{ts("pinyin")}: </span>
            <span lang="zh-Latn-pinyin">{word.pinyin}</span>
          </p>
          <p>
            <span className="visually-hidden">{t("meaning")}: </span>
            {word.definition}
          </p>
          {word.sentence ? sentence(false) : null}
          {word.translation ? <p lang="en">{word.translation}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
