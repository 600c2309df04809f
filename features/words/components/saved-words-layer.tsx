"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type RefObject } from "react";
import { useVocabulary } from "@/features/vocabulary/use-vocabulary";

const KEY = "reader.savedWords";
const NAME = "saved-word";

/** Every occurrence of the headwords in the Chinese side, as ranges (longest headword first at each spot). */
function savedWordRanges(root: Element, headwords: readonly string[]): Range[] {
  const words = [...new Set(headwords)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!words.length) return [];
  const out: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (!parent?.closest('[data-side="zh"]') || parent.closest("rt, rp")) continue;
    const s = n.data;
    for (let i = 0; i < s.length; ) {
      const w = words.find((x) => s.startsWith(x, i));
      if (!w) {
        i++;
        continue;
      }
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      out.push(r);
      i += w.length;
    }
  }
  return out;
}

/**
 * The "saved words" toggle: underlines every saved word wherever it appears,
 * in every text, with the CSS Custom Highlight API (the paragraphs' HTML is
 * not touched). Repainted whenever the text's HTML or the vocabulary changes.
 */
export function SavedWordsToggle({ rootRef, signedIn }: { rootRef: RefObject<HTMLElement | null>; signedIn: boolean }) {
  const t = useTranslations("Vocabulary");
  const [on, setOn] = useState(false);
  useEffect(() => {
    // Read after hydration: the server cannot know the device's choice.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time read of a device setting
    setOn(window.localStorage.getItem(KEY) === "1");
  }, []);
  const { data } = useVocabulary(signedIn && on);
  useEffect(() => {
    const root = rootRef.current;
    if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
    if (!on || !root || !data) {
      CSS.highlights.delete(NAME);
      return;
    }
    const headwords = data.map((i) => i.headword);
    let frame = 0;
    const paint = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => CSS.highlights.set(NAME, new Highlight(...savedWordRanges(root, headwords))));
    };
    paint();
    // A paragraph's HTML is replaced when pinyin, highlights or more paragraphs arrive.
    const observer = new MutationObserver(paint);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [on, data, rootRef]);
  if (!signedIn) return null;
  return (
    <label className="toolbar-toggle">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => {
          setOn(e.target.checked);
          window.localStorage.setItem(KEY, e.target.checked ? "1" : "0");
        }}
      />
      <span>{t("underlineSaved")}</span>
    </label>
  );
}
