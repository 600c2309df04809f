"use client";

import { Fragment, memo, useMemo, type ReactNode } from "react";
import { highlightRuns, sentenceSegments, type HighlightRange, type SentenceSpan } from "@/lib/reader/segments";
import { rubyTokens, usePinyin } from "@/features/reader/use-pinyin";

export interface RenderedHighlight extends HighlightRange {
  color: string;
}

type PinyinFn = ReturnType<typeof usePinyin>;

function Ruby({ text, pinyin }: { text: string; pinyin: PinyinFn }) {
  const tokens = useMemo(() => (pinyin ? rubyTokens(pinyin, text) : null), [pinyin, text]);
  if (!tokens) return <>{text}</>;
  return (
    <>
      {tokens.map((tok, i) =>
        tok.reading ? (
          <ruby key={i}>
            {tok.text}
            <rp>(</rp>
            <rt>{tok.reading}</rt>
            <rp>)</rp>
          </ruby>
        ) : (
          tok.text
        ),
      )}
    </>
  );
}

/** Text of [from, to) with every highlight covering it as nested <mark>s, outermost first. */
function markedContent({ text, from, to, highlights, pinyin }: { text: string; from: number; to: number; highlights: RenderedHighlight[]; pinyin: PinyinFn }) {
  // Most text carries no highlight: render it as a bare text node, which keeps long texts cheap to render.
  if (!pinyin && !highlights.some((h) => h.start < to && h.end > from)) return text.slice(from, to);
  const runs = highlightRuns(from, to, highlights);
  return (
    <>
      {runs.map((run) => {
        let node: ReactNode = <Ruby text={text.slice(run.start, run.end)} pinyin={pinyin} />;
        for (const h of [...run.highlights].reverse()) {
          node = (
            <mark data-highlight-id={h.id} className={`hl hl-${h.color}`}>
              {node}
            </mark>
          );
        }
        return <Fragment key={run.start}>{node}</Fragment>;
      })}
    </>
  );
}

/**
 * One language side of a paragraph pair. Sentences carry
 * data-sentence="<pair>.<sentence pair>", shared with their counterpart on the
 * other side, which is what hover/focus linking looks up. The block's text
 * (minus pinyin) is exactly the paragraph text, so selections map to offsets.
 */
export const SideText = memo(function SideText({
  pairIndex,
  paragraphId,
  text,
  sentences,
  lang,
  showPinyin,
  highlights,
}: {
  pairIndex: number;
  paragraphId: string;
  text: string;
  sentences: SentenceSpan[];
  lang: "zh" | "en";
  showPinyin: boolean;
  highlights: RenderedHighlight[];
}) {
  const pinyin = usePinyin(lang === "zh" && showPinyin);
  const segments = useMemo(() => sentenceSegments(text.length, sentences), [text, sentences]);
  return (
    <p className="side-text" data-offset-root="" data-side={lang} data-paragraph-id={paragraphId} data-pair-index={pairIndex}>
      {segments.map((seg) => {
        const body = markedContent({ text, from: seg.start, to: seg.end, highlights, pinyin });
        if (seg.kind === "gap") return <Fragment key={`g${seg.start}`}>{body}</Fragment>;
        return (
          <span
            key={`s${seg.start}`}
            className="sentence"
            data-sentence={`${pairIndex}.${seg.pair}`}
            data-start={seg.start}
            data-end={seg.end}
            tabIndex={0}
          >
            {body}
          </span>
        );
      })}
    </p>
  );
});
