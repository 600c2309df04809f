"use client";

import { useQuery, type QueryClient } from "@tanstack/react-query";

// Who is signed in, as the browser learns it from /api/viewer. The library
// and the reader are cached pages, the same HTML for everyone
// (lib/pages/cached-pages.ts), so the user menu, the reader's marks and the
// library's private entries all start from this one answer.

export interface Viewer {
  user: { email: string } | null;
}

export const viewerKey = ["viewer"] as const;

async function fetchViewer({ signal }: { signal: AbortSignal }): Promise<Viewer> {
  const res = await fetch("/api/viewer", { signal, cache: "no-store" });
  if (!res.ok) throw new Error(`viewer request failed: ${res.status}`);
  return (await res.json()) as Viewer;
}

/** The viewer's answer: the one being fetched or already known, without asking again. */
export const ensureViewer = (queryClient: QueryClient): Promise<Viewer> => queryClient.ensureQueryData({ queryKey: viewerKey, queryFn: fetchViewer });

/** The viewer, asked again whenever a page that needs it mounts (a sign-in or sign-out navigates), and on focus. */
export function useViewer() {
  return useQuery({ queryKey: viewerKey, queryFn: fetchViewer, staleTime: 0 });
}
