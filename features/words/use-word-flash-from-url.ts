"use client";

import { useEffect, type RefObject } from "react";
import { plainText, rangeAt } from "./sentence-dom";

const NAME = "word-flash";
const FLASH_MS = 2500;
const WAIT_MS = 15_000;

/** How far below the viewport top the sticky header and reader toolbar end once stuck. */
export function stickyOffset(): number {
  const bar = document.querySelector<HTMLElement>(".reader-toolbar");
  const header = document.querySelector<HTMLElement>(".site-header");
  const barEnd = bar ? (parseFloat(getComputedStyle(bar).top) || 0) + bar.offsetHeight : 0;
  return Math.max(barEnd, header?.offsetHeight ?? 0) + 8;
}

/** The Chinese word at paragraph offsets [start, end) of a pair, as a range. */
function wordRange(pair: Element, start: number, end: number): Range | null {
  for (const s of pair.querySelectorAll<HTMLElement>('[data-side="zh"] .sentence[data-start]')) {
    const base = Number(s.dataset.start);
    if (start >= base && end <= base + plainText(s).length) return rangeAt(s, start - base, end - base);
  }
  return null;
}

/**
 * Links from the vocabulary open the reader at `?w=<start>-<end>#pair-N`:
 * the paragraph is scrolled to just below the sticky toolbar (its height
 * changes as it wraps, so it is measured, and kept in a CSS variable that the
 * pairs' scroll-margin-top uses), and the word itself is flashed, once per
 * page load.
 */
export function useWordFlashFromUrl(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const setOffset = () => document.documentElement.style.setProperty("--reader-sticky-offset", `${stickyOffset()}px`);
    setOffset();
    window.addEventListener("resize", setOffset);
    const m = /^(\d+)-(\d+)$/.exec(new URLSearchParams(window.location.search).get("w") ?? "");
    const pairId = /^#pair-\d+$/.test(window.location.hash) ? window.location.hash.slice(1) : null;
    let timers: number[] = [];
    let observer: MutationObserver | undefined;
    const root = rootRef.current;
    if (m && pairId && root) {
      const [start, end] = [Number(m[1]), Number(m[2])];
      const tryFlash = (): boolean => {
        const pair = document.getElementById(pairId);
        const range = pair && wordRange(pair, start, end);
        if (!pair || !range) return false;
        setOffset();
        const top = pair.getBoundingClientRect().top + window.scrollY - stickyOffset();
        const word = range.getBoundingClientRect();
        // A paragraph taller than the screen: the word matters more than the paragraph's first line.
        const wordFits = word.bottom - pair.getBoundingClientRect().top + stickyOffset() < window.innerHeight;
        window.scrollTo({ top: wordFits ? top : word.top + window.scrollY - window.innerHeight / 3 });
        if (typeof CSS !== "undefined" && "highlights" in CSS) {
          CSS.highlights.set(NAME, new Highlight(range));
          timers.push(window.setTimeout(() => CSS.highlights.delete(NAME), FLASH_MS));
        }
        return true;
      };
      // In a long text the paragraph may still be on its way: try again as the text grows.
      if (!tryFlash()) {
        observer = new MutationObserver(() => {
          if (tryFlash()) observer?.disconnect();
        });
        observer.observe(root, { childList: true, subtree: true });
        timers.push(window.setTimeout(() => observer?.disconnect(), WAIT_MS));
      }
    }
    return () => {
      window.removeEventListener("resize", setOffset);
      observer?.disconnect();
      for (const t of timers) window.clearTimeout(t);
      timers = [];
    };
  }, [rootRef]);
}
