"use client";

import { useQueries } from "@tanstack/react-query";
import { createContext, createElement, useContext, useMemo, type ReactNode } from "react";
import type { RubyToken } from "@/lib/reader/side-html";
import { MAX_WINDOW } from "./paragraph-window";

/**
 * Pinyin comes from the server, read in context and grouped by word
 * (lib/words/readings.ts), one window of paragraphs per request, and only
 * once the reader turns pinyin on: the page itself carries none of it.
 */
type Words = ReadonlyMap<number, RubyToken[]>;
const PinyinContext = createContext<Words | null>(null);

interface PinyinWindow {
  paragraphs: { index: number; words: [string, string | null][] }[];
}

async function fetchPinyin(slug: string, from: number, signal: AbortSignal): Promise<PinyinWindow> {
  const res = await fetch(`/api/texts/${encodeURIComponent(slug)}/pinyin?from=${from}&count=${MAX_WINDOW}`, { signal });
  if (!res.ok) throw new Error(`pinyin ${from}: HTTP ${res.status}`);
  return (await res.json()) as PinyinWindow;
}

export function PinyinSource({ slug, enabled, total, children }: { slug: string; enabled: boolean; total: number; children: ReactNode }) {
  const windows = enabled ? Array.from({ length: Math.ceil(total / MAX_WINDOW) }, (_, i) => i * MAX_WINDOW) : [];
  const results = useQueries({
    queries: windows.map((from) => ({
      queryKey: ["pinyin", slug, from],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPinyin(slug, from, signal),
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      retry: 2,
    })),
  });
  const stamp = results.map((r) => r.dataUpdatedAt).join(",");
  const words = useMemo(() => {
    const map = new Map<number, RubyToken[]>();
    for (const r of results) for (const p of r.data?.paragraphs ?? []) map.set(p.index, p.words.map(([text, reading]) => ({ text, reading })));
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `results` is a new array every render; the stamps say when data changed
  }, [stamp]);
  return createElement(PinyinContext.Provider, { value: enabled ? words : null }, children);
}

/** The words of one paragraph with their readings, once loaded (null while pinyin is off or loading). */
export function usePinyinWords(pairIndex: number, enabled: boolean): RubyToken[] | null {
  const words = useContext(PinyinContext);
  return enabled ? (words?.get(pairIndex) ?? null) : null;
}

/**
 * The tokens for the run of `text` at paragraph offset `from`. A word cut by
 * a sentence or highlight boundary keeps, on each side, the syllables of its
 * own characters.
 */
export function rubyRange(words: readonly RubyToken[], from: number, text: string): RubyToken[] {
  const to = from + text.length;
  const out: RubyToken[] = [];
  let at = 0;
  for (const w of words) {
    const start = at;
    const end = (at += w.text.length);
    if (end <= from || start >= to) continue;
    if (start >= from && end <= to) {
      out.push(w);
      continue;
    }
    const chars = Array.from(w.text);
    const syllables = w.reading?.split(" ") ?? [];
    const aligned = syllables.length === chars.length;
    let off = start;
    chars.forEach((ch, k) => {
      if (off >= from && off < to) {
        const reading = !w.reading ? null : aligned ? syllables[k] : k === 0 ? w.reading : "";
        const last = out[out.length - 1];
        if (last && last.reading === null && reading === null) last.text += ch;
        else out.push({ text: ch, reading: reading || null });
      }
      off += ch.length;
    });
  }
  return out;
}
