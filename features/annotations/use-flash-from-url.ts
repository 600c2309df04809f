"use client";

import { useEffect, useRef } from "react";

/**
 * Links from the notes page open the reader at `?h=<highlightId>#pair-N`.
 * The hash gets the browser to the paragraph even before hydration; once the
 * highlight is rendered, this scrolls to the mark itself and flashes it, once
 * per page load (later refetches must not yank the reader back).
 */
export function useFlashFromUrl(keyOfHighlight: ReadonlyMap<string, string>, flash: (noteKey: string) => void, loadedParagraphs: number): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get("h");
    if (!id || done.current === id) return;
    const key = keyOfHighlight.get(id);
    if (!key) return;
    // In a long text the paragraph may still be on its way (see useReaderParagraphs): try again when more arrive.
    if (!document.querySelector(`mark[data-highlight-id="${CSS.escape(id)}"]`)) return;
    // A frame's delay lets the browser finish its own jump to #pair-N before the smooth scroll starts.
    const timer = window.setTimeout(() => {
      done.current = id;
      flash(key);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [keyOfHighlight, flash, loadedParagraphs]);
}
