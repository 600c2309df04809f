"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import type { ReaderParagraph } from "@/features/reader/queries";
import { sentenceAtPoint } from "@/features/reader/use-sentence-reveal";
import { FixPairsButton } from "@/features/sentence-fix/components/fix-pairs-button";
import { SideText, type RenderedHighlight } from "./side-text";

const NONE: RenderedHighlight[] = [];

/** One aligned paragraph pair: a grid row, so both sides start at the same height. */
export const PairRow = memo(function PairRow({
  paragraph,
  pairIndex,
  study,
  revealed,
  showPinyin,
  traditional = false,
  onToggleReveal,
  onRevealSentence,
  zhHighlights = NONE,
  enHighlights = NONE,
  onFixSentences,
}: {
  paragraph: ReaderParagraph;
  pairIndex: number;
  study: boolean;
  revealed: boolean;
  showPinyin: boolean;
  traditional?: boolean;
  onToggleReveal: (pairIndex: number) => void;
  /** Uncovers (or covers again) one sentence of the hidden translation. */
  onRevealSentence?: (sentenceKey: string) => void;
  zhHighlights?: RenderedHighlight[];
  enHighlights?: RenderedHighlight[];
  /** Set for the owner of the text: opens the sentence fix-up of this pair. */
  onFixSentences?: (pairIndex: number) => void;
}) {
  const t = useTranslations("ReaderSettings");
  const tr = useTranslations("Reader");
  const hidden = study && !revealed;
  return (
    <section className="pair" id={`pair-${pairIndex}`} data-pair={pairIndex} aria-label={tr("pairLabel", { number: pairIndex + 1 })}>
      <div className="side side-zh" lang={traditional ? "zh-Hant" : "zh-Hans"}>
        {paragraph.zh ? (
          <SideText
            pairIndex={pairIndex}
            paragraphId={paragraph.id}
            text={paragraph.zh}
            sentences={paragraph.zhSentences}
            lang="zh"
            showPinyin={showPinyin}
            highlights={zhHighlights}
            traditional={traditional}
          />
        ) : (
          <p className="no-counterpart">{tr("noCounterpart")}</p>
        )}
      </div>
      <div
        className="side side-en"
        lang="en"
        data-hidden={hidden ? "true" : undefined}
        onClick={
          hidden && onRevealSentence
            ? (e) => {
                if (e.target instanceof Element && e.target.closest("button")) return;
                const body = e.currentTarget.querySelector(".side-body");
                const key = body ? sentenceAtPoint(body, e.clientX, e.clientY) : null;
                if (key) onRevealSentence(key);
              }
            : undefined
        }
      >
        {study ? (
          <button
            type="button"
            className="reveal-button"
            aria-expanded={!hidden}
            onClick={() => onToggleReveal(pairIndex)}
          >
            {hidden ? t("reveal", { number: pairIndex + 1 }) : t("hide", { number: pairIndex + 1 })}
          </button>
        ) : null}
        <div className="side-body" aria-hidden={hidden ? true : undefined} inert={hidden ? true : undefined}>
          {paragraph.en ? (
            <SideText
              pairIndex={pairIndex}
              paragraphId={paragraph.id}
              text={paragraph.en}
              sentences={paragraph.enSentences}
              lang="en"
              showPinyin={false}
              highlights={enHighlights}
            />
          ) : (
            <p className="no-counterpart">{tr("noCounterpart")}</p>
          )}
        </div>
      </div>
      {onFixSentences && paragraph.zh && paragraph.en ? <FixPairsButton paragraph={paragraph} pairIndex={pairIndex} onOpen={onFixSentences} /> : null}
    </section>
  );
});
