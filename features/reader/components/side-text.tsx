"use client";

import { memo, useMemo, type ReactNode } from "react";
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
function Marked({ text, from, to, highlights, pinyin }: { text: string; from: number; to: number; highlights: RenderedHighlight[]; pinyin: PinyinFn }) {
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
        return <span key={run.start} className="run">{node}</span>;
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
        const body = <Marked text={text} from={seg.start} to={seg.end} highlights={highlights} pinyin={pinyin} />;
        if (seg.kind === "gap") return <span key={`g${seg.start}`}>{body}</span>;
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
