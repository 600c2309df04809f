"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import type { ReaderParagraph } from "./queries";
import { fetchParagraphWindow, MAX_WINDOW, type ParagraphWindow } from "./paragraph-window";

/**
 * All paragraph pairs of a text: the ones the page rendered, then the rest,
 * fetched window by window in the background until the text is complete.
 * Texts do not change while being read, so nothing here ever refetches.
 */
export function useReaderParagraphs(textId: string, slug: string, first: ReaderParagraph[], total: number) {
  const query = useInfiniteQuery({
    queryKey: ["reader-paragraphs", textId],
    initialPageParam: 0,
    initialData: { pages: [{ paragraphCount: total, paragraphs: first }], pageParams: [0] },
    queryFn: ({ pageParam, signal }): Promise<ParagraphWindow> =>
      pageParam === 0 ? Promise.resolve({ paragraphCount: total, paragraphs: first }) : fetchParagraphWindow(slug, pageParam, MAX_WINDOW, signal),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.paragraphs.length, 0);
      return loaded < last.paragraphCount && last.paragraphs.length > 0 ? loaded : undefined;
    },
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: 2,
  });
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const paragraphs = useMemo(() => query.data.pages.flatMap((p) => p.paragraphs), [query.data]);
  return {
    paragraphs,
    total: Math.max(total, paragraphs.length),
    loading: hasNextPage && !isFetchNextPageError,
    failed: isFetchNextPageError,
    retry: () => void fetchNextPage(),
  };
}

/**
 * A link to `#pair-N` beyond the first window finds nothing when the browser
 * jumps; scroll there once that paragraph has arrived.
 */
export function useScrollToLateHash(loadedCount: number): void {
  const state = useRef<"pending" | "done">("pending");
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    if (state.current === "done") return;
    const m = /^#(pair-\d+)$/.exec(window.location.hash);
    const target = m ? document.getElementById(m[1]) : null;
    if (m && !target) return; // not loaded yet
    state.current = "done";
    if (target && !initial) target.scrollIntoView({ block: "start" });
  }, [loadedCount]);
}
