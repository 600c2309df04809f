"use client";

import { useEffect, useState, type RefObject } from "react";
import { rangeToParts, type SelectedPart } from "./dom-offsets";

export interface SelectionState {
  parts: SelectedPart[];
  top: number;
  left: number;
}

const TOOLBAR_WIDTH = 300;

/**
 * Tracks the reader's text selection inside `root` and where to float the
 * toolbar: just below the selection, which keeps it clear of the native
 * copy/paste menu that touch browsers show above it.
 */
export function useSelectionToolbar(
  rootRef: RefObject<HTMLElement | null>,
  textOf: (paragraphId: string, lang: "zh" | "en") => string | undefined,
): [SelectionState | null, () => void] {
  const [state, setState] = useState<SelectionState | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return setState(null);
      const range = sel.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return setState(null);
      const parts = rangeToParts(range, root, textOf);
      if (parts.length === 0) return setState(null);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const top = Math.min(last.bottom + 8, window.innerHeight - 56);
      const left = Math.max(8, Math.min(last.right - TOOLBAR_WIDTH / 2, window.innerWidth - TOOLBAR_WIDTH - 8));
      setState({ parts, top, left });
    };
    // selectionchange covers touch handles and keyboard selection; debounce it so dragging stays smooth.
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    };
    // A drag keeps to the language it starts in, so the browser does not also
    // select (and show as selected) the other side's paragraphs in between.
    const onDown = (e: PointerEvent) => {
      const side = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-side]")?.dataset.side : undefined;
      if (side) root.dataset.selectSide = side;
      else delete root.dataset.selectSide;
    };
    const onUp = () => {
      if (window.getSelection()?.isCollapsed) delete root.dataset.selectSide;
      onChange();
    };
    root.addEventListener("pointerdown", onDown);
    document.addEventListener("selectionchange", onChange);
    root.addEventListener("pointerup", onUp);
    window.addEventListener("scroll", onChange, { passive: true });
    // A selection made while the page was still hydrating gets its toolbar too.
    onChange();
    return () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", onChange);
      root.removeEventListener("pointerdown", onDown);
      root.removeEventListener("pointerup", onUp);
      window.removeEventListener("scroll", onChange);
    };
  }, [rootRef, textOf]);

  return [state, () => setState(null)];
}
