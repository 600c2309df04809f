"use client";

import { useQuery } from "@tanstack/react-query";
import type { LibraryEntry } from "@/features/reader/queries";
import { useViewer } from "@/features/shell/use-viewer";
import { LibraryList } from "./library-list";

async function fetchOwnLibrary({ signal }: { signal: AbortSignal }): Promise<LibraryEntry[]> {
  const res = await fetch("/api/library", { signal, cache: "no-store" });
  if (!res.ok) throw new Error(`library request failed: ${res.status}`);
  return ((await res.json()) as { entries: LibraryEntry[] }).entries;
}

/**
 * The library as the viewer sees it. The cached page carries the public texts (the same for everyone); a
 * signed-in reader's own texts, books and "continue" links come from /api/library, never from the cache.
 */
export function ViewerLibrary({ publicTexts, locale }: { publicTexts: LibraryEntry[]; locale: string }) {
  const viewer = useViewer();
  const email = viewer.data?.user?.email ?? null;
  const own = useQuery({ queryKey: ["library", email], queryFn: fetchOwnLibrary, enabled: email !== null, staleTime: 0 });
  return <LibraryList texts={email !== null && own.data ? own.data : publicTexts} locale={locale} />;
}
