"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useState, type RefObject } from "react";

const SIZE = 26;

/**
 * A small play button beside the focused sentence (clicked, tapped or tabbed
 * to): in the margin, or on a phone in the gutter the side keeps for it, so
 * it never covers text; just above the sentence's first line only if neither exists.
 */
export function SentencePlayButton({
  rootRef,
  sentenceKey,
  playing,
  onPlay,
  layoutVersion,
}: {
  rootRef: RefObject<HTMLElement | null>;
  sentenceKey: string | null;
  playing: boolean;
  onPlay: (key: string) => void;
  /** Changes whenever the text may have moved (layout, font size, pinyin). */
  layoutVersion: string;
}) {
  const t = useTranslations("Listening");
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const place = () => {
      const root = rootRef.current;
      const pair = sentenceKey?.split(".")[0];
      const el = root && sentenceKey ? root.querySelector<HTMLElement>(`[data-pair="${pair}"] [data-sentence="${sentenceKey}"]`) : null;
      const side = el?.closest<HTMLElement>(".side");
      const first = el?.getClientRects()[0];
      if (!root || !el || !side || !first || side.offsetParent === null) return setPos(null);
      const r = root.getBoundingClientRect();
      // The text's right edge: on narrow screens the side keeps a gutter for this button (globals.css), as there is no margin to put it in.
      const textRight = side.getBoundingClientRect().right - (parseFloat(getComputedStyle(side).paddingRight) || 0);
      const inMargin = textRight + SIZE + 6 <= Math.min(window.innerWidth, r.right + 40);
      setPos(inMargin ? { top: first.top - r.top, left: textRight - r.left + 4 } : { top: first.top - r.top - SIZE - 2, left: Math.max(0, first.left - r.left) });
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [rootRef, sentenceKey, layoutVersion]);

  if (!sentenceKey || !pos) return null;
  return (
    <button
      type="button"
      className="sentence-play"
      style={{ top: pos.top, left: pos.left, width: SIZE, height: SIZE }}
      aria-label={playing ? t("pauseSentence") : t("playSentence")}
      title={`${playing ? t("pauseSentence") : t("playSentence")} (P)`}
      // Keep focus on the sentence, so P and R still act on it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPlay(sentenceKey)}
    >
      {playing ? "⏸" : "▶"}
    </button>
  );
}
