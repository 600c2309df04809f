"use client";

import { useQuery } from "@tanstack/react-query";
import type { WordLookup } from "@/lib/words/lookup";

export interface LookupTarget {
  lang: "zh" | "en";
  sentence: HTMLElement;
  text: string;
  at: number;
  length?: number;
  counterparts: HTMLElement[];
  counterpart: string;
  /** Only highlight the word (keyboard word-by-word); Enter opens the popup. */
  preview: boolean;
  /** Characters to add (or remove) once the lookup answers: [ and ] pressed before the word was known. */
  pendingResize?: number;
}

async function fetchLookup(t: LookupTarget, signal: AbortSignal): Promise<WordLookup | null> {
  const q = new URLSearchParams({ lang: t.lang, text: t.text, at: String(t.at) });
  if (t.length) q.set("length", String(t.length));
  if (t.counterpart) q.set("counterpart", t.counterpart);
  const res = await fetch(`/api/words/lookup?${q}`, { signal });
  if (!res.ok) throw new Error(`lookup: HTTP ${res.status}`);
  return (await res.json()) as WordLookup | null;
}

/** The dictionary answer for a target; the same word in the same sentence is asked once per session. */
export function useWordLookup(target: LookupTarget | null) {
  return useQuery({
    queryKey: ["word-lookup", target?.lang, target?.text, target?.at, target?.length ?? 0, target?.counterpart],
    queryFn: ({ signal }) => fetchLookup(target!, signal),
    enabled: !!target,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: 1,
  });
}
