"use client";

import { memo, useLayoutEffect, useMemo, useRef } from "react";
import type { SentenceSpan } from "@/lib/reader/segments";
import { sideHtml, type SideHighlight } from "@/lib/reader/side-html";
import { rubyRange, usePinyinWords } from "@/features/reader/use-pinyin";
import { useTraditionalConverter } from "@/features/reader/use-chinese-script";
import { convertKeepingOffsets, convertSideHtml } from "@/features/reader/script-convert";

export type RenderedHighlight = SideHighlight;

/**
 * One language side of a paragraph pair. The content is one HTML string (see
 * lib/reader/side-html.ts) so that long texts render cheaply; React replaces
 * it only when this paragraph's highlights or pinyin change. Replacing it
 * destroys the focused sentence, so focus is put back on the same sentence:
 * the keyboard commands (H, N) must not throw the reader out of the text.
 */
export const SideText = memo(function SideText({
  pairIndex,
  paragraphId,
  text,
  sentences,
  lang,
  showPinyin,
  highlights,
  traditional = false,
}: {
  pairIndex: number;
  paragraphId: string;
  text: string;
  sentences: SentenceSpan[];
  lang: "zh" | "en";
  showPinyin: boolean;
  highlights: RenderedHighlight[];
  /** Show the Chinese in traditional characters (display only: offsets stay those of `text`). */
  traditional?: boolean;
}) {
  const words = usePinyinWords(pairIndex, lang === "zh" && showPinyin);
  const convert = useTraditionalConverter(lang === "zh" && traditional);
  const converted = useMemo(() => (convert ? convertKeepingOffsets(text, convert) : text), [convert, text]);
  const html = useMemo(() => {
    const raw = sideHtml({ pairIndex, text, sentences, highlights, ruby: words ? (t, from) => rubyRange(words, from, t) : null });
    return converted === text ? raw : convertSideHtml(raw, text, converted);
  }, [pairIndex, text, sentences, highlights, words, converted]);
  const ref = useRef<HTMLParagraphElement>(null);
  // Start offset of the sentence that has focus; survives the element being replaced.
  const focused = useRef<string | null>(null);

  useLayoutEffect(() => {
    const key = focused.current;
    const root = ref.current;
    if (key === null || !root || (document.activeElement && document.activeElement !== document.body)) return;
    root.querySelector<HTMLElement>(`.sentence[data-start="${key}"]`)?.focus({ preventScroll: true });
  }, [html]);

  return (
    <p
      ref={ref}
      className="side-text"
      data-offset-root=""
      data-side={lang}
      data-paragraph-id={paragraphId}
      data-pair-index={pairIndex}
      onFocus={(e) => {
        focused.current = e.target instanceof HTMLElement && e.target.classList.contains("sentence") ? (e.target.dataset.start ?? null) : null;
      }}
      onBlur={(e) => {
        // Replacing the HTML removes the focused sentence, and Chrome fires blur
        // while it is still attached: only once the removal is done does it show
        // that the reader did not leave the sentence (the layout effect then
        // puts focus back).
        const target = e.target;
        queueMicrotask(() => {
          if (target.isConnected) focused.current = null;
        });
      }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
