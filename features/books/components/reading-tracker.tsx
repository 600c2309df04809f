"use client";

import { useEffect } from "react";
import { saveReadingPosition } from "@/features/books/position-actions";

/** The first pair whose bottom is below the top of the screen: where the reader is. */
function topPair(): number | null {
  for (const el of document.querySelectorAll<HTMLElement>("[data-pair]")) {
    if (el.getBoundingClientRect().bottom > 80) return Number(el.dataset.pair);
  }
  return null;
}

/** Saves where the signed-in user is reading, a moment after they stop scrolling. */
export function ReadingTracker({ slug }: { slug: string }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: number | null = null;
    const save = () => {
      const pair = topPair();
      if (pair === null || pair === last) return;
      last = pair;
      void saveReadingPosition({ slug, paragraphIndex: pair }).catch(() => (last = null));
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    };
    // Opening a text counts as reading it, from wherever the page opened.
    timer = setTimeout(save, 1500);
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener("scroll", onScroll);
    };
  }, [slug]);
  return null;
}
