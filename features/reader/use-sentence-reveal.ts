"use client";

import { useCallback, useEffect, useState, type RefObject } from "react";

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * Study mode's one-sentence-at-a-time reveal: the keys ("<paragraph>.<pair>")
 * of the sentences whose hidden translation is shown, toggled by a click on
 * the covered translation or by T on a focused sentence.
 */
export function useSentenceReveal(rootRef: RefObject<HTMLElement | null>, study: boolean) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  /** The sentence last uncovered, announced to screen readers (the covered text itself stays out of the accessibility tree). */
  const [last, setLast] = useState<string | null>(null);

  const toggle = useCallback((key: string) => {
    setRevealed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      setLast(next.has(key) ? key : null);
      return next;
    });
  }, []);

  /** Drops the single reveals of one paragraph (or all), when it is revealed or hidden as a whole. */
  const clear = useCallback((pairIndex?: number) => {
    setRevealed((prev) => (pairIndex === undefined ? new Set() : new Set([...prev].filter((k) => !k.startsWith(`${pairIndex}.`)))));
  }, []);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !study) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || e.key.toLowerCase() !== "t") return;
      const sentence = e.target instanceof Element ? e.target.closest("[data-sentence]") : null;
      const key = sentence?.getAttribute("data-sentence");
      const hidden = sentence?.closest("[data-pair]")?.querySelector('.side-en[data-hidden="true"]');
      if (!key || !hidden) return;
      e.preventDefault();
      toggle(key);
    };
    root.addEventListener("keydown", onKey);
    return () => root.removeEventListener("keydown", onKey);
  }, [rootRef, study, toggle]);

  return { revealed, last, toggle, clear };
}

/** The sentence of a covered translation under the pointer (the covered text is inert, so the click lands on its container). */
export function sentenceAtPoint(container: Element, x: number, y: number): string | null {
  for (const el of Array.from(container.querySelectorAll("[data-sentence]"))) {
    for (const r of Array.from(el.getClientRects())) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return el.getAttribute("data-sentence");
    }
  }
  return null;
}

/** Style rules uncovering the revealed sentences (rules survive a paragraph's HTML being replaced). */
export function revealRules(keys: ReadonlySet<string>): string {
  let css = "";
  for (const key of keys) {
    if (!/^\d+\.\d+$/.test(key)) continue;
    css += `.pairs [data-pair="${key.split(".")[0]}"] .side-en[data-hidden="true"] [data-sentence="${key}"]{--revealed:1;filter:none;opacity:1}`;
  }
  return css;
}
