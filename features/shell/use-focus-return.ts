"use client";

import { useLayoutEffect, useRef } from "react";

/**
 * A way back to an element even after React replaced it: a reader sentence
 * is found again by its paragraph, side and offset (a paragraph's HTML is
 * rebuilt whenever its highlights change), anything else by identity.
 */
export function focusTarget(el: Element | null): (() => HTMLElement | null) | null {
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  const block = el.closest<HTMLElement>("[data-offset-root]");
  const sentence = el.closest<HTMLElement>(".sentence[data-start]");
  if (block && sentence) {
    const selector = `[data-offset-root][data-paragraph-id="${CSS.escape(block.dataset.paragraphId ?? "")}"][data-side="${block.dataset.side}"] .sentence[data-start="${sentence.dataset.start}"]`;
    return () => document.querySelector<HTMLElement>(selector);
  }
  return () => (el.isConnected ? el : null);
}

/**
 * When a panel closes and focus was left nowhere (on <body>, because the
 * focused control went away with the panel), puts it back where the panel
 * was opened from. `origin` is read when the panel opens.
 */
export function useFocusReturn(open: boolean, origin: () => Element | null = () => document.activeElement): void {
  const back = useRef<(() => HTMLElement | null) | null>(null);
  const originRef = useRef(origin);
  useLayoutEffect(() => {
    originRef.current = origin;
  });
  useLayoutEffect(() => {
    if (open) {
      back.current = focusTarget(originRef.current());
      return;
    }
    const target = back.current;
    back.current = null;
    if (!target) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    target()?.focus({ preventScroll: true });
  }, [open]);
}
