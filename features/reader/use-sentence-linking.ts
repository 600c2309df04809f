"use client";

import { useEffect, type RefObject } from "react";

const LINKED = "is-linked";

/**
 * Lights up a sentence and its counterpart(s) on hover or focus. Done with
 * one delegated listener and direct class changes instead of React state,
 * so a 1,000-paragraph text does not re-render on every mouse move.
 */
export function useSentenceLinking(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let current: string | null = null;
    let lit: Element[] = [];

    const light = (key: string | null) => {
      // A paragraph whose highlights change is re-rendered, which drops the lit elements: look them up again then.
      if (key === current && lit.every((el) => el.isConnected)) return;
      for (const el of lit) el.classList.remove(LINKED);
      lit = [];
      current = key;
      if (!key) return;
      const pair = key.split(".")[0];
      const section = root.querySelector(`[data-pair="${pair}"]`);
      lit = Array.from(section?.querySelectorAll(`[data-sentence="${key}"]`) ?? []);
      for (const el of lit) el.classList.add(LINKED);
    };
    const keyOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest("[data-sentence]")?.getAttribute("data-sentence") ?? null) : null;

    const onOver = (e: Event) => light(keyOf(e.target));
    const onLeave = () => light(keyOf(document.activeElement));
    const onFocusOut = (e: FocusEvent) => light(keyOf(e.relatedTarget));
    root.addEventListener("mouseover", onOver);
    root.addEventListener("focusin", onOver);
    root.addEventListener("focusout", onFocusOut);
    root.addEventListener("mouseleave", onLeave);
    return () => {
      root.removeEventListener("mouseover", onOver);
      root.removeEventListener("focusin", onOver);
      root.removeEventListener("focusout", onFocusOut);
      root.removeEventListener("mouseleave", onLeave);
      light(null);
    };
  }, [rootRef]);
}
