"use client";

import { memo, useMemo } from "react";
import { sentenceSegments, type SentenceSpan } from "@/lib/reader/segments";
import { rubyTokens, usePinyin } from "@/features/reader/use-pinyin";

function Ruby({ text, pinyin }: { text: string; pinyin: ReturnType<typeof usePinyin> }) {
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

/**
 * One language side of a paragraph pair. Sentences carry
 * data-sentence="<pair>.<sentence pair>", shared with their counterpart on the
 * other side, which is what hover/focus linking looks up.
 */
export const SideText = memo(function SideText({
  pairIndex,
  text,
  sentences,
  lang,
  showPinyin,
}: {
  pairIndex: number;
  text: string;
  sentences: SentenceSpan[];
  lang: "zh" | "en";
  showPinyin: boolean;
}) {
  const pinyin = usePinyin(lang === "zh" && showPinyin);
  const segments = useMemo(() => sentenceSegments(text.length, sentences), [text, sentences]);
  return (
    <p className="side-text" data-offset-root="">
      {segments.map((seg) => {
        const slice = text.slice(seg.start, seg.end);
        if (seg.kind === "gap") return <Ruby key={`g${seg.start}`} text={slice} pinyin={pinyin} />;
        return (
          <span key={`s${seg.start}`} className="sentence" data-sentence={`${pairIndex}.${seg.pair}`} tabIndex={0}>
            <Ruby text={slice} pinyin={pinyin} />
          </span>
        );
      })}
    </p>
  );
});
