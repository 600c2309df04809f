import { queryOptions } from "@tanstack/react-query";
import type { TextAnnotations } from "./types";

export const annotationsKey = (slug: string) => ["annotations", slug] as const;

/** The session ended (e.g. signed out in another tab): the query keeps the highlights it had, read-only. */
export class SignedOutError extends Error {
  constructor() {
    super("signed out");
  }
}

/**
 * The one definition of the "annotations of a text" query. The server
 * prefetches it with the same key (reader page); the browser refetches it from
 * the JSON API, never through a server action (actions run one at a time).
 */
export const annotationsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: annotationsKey(slug),
    queryFn: async ({ signal }): Promise<TextAnnotations> => {
      const res = await fetch(`/api/texts/${encodeURIComponent(slug)}/annotations`, { signal, cache: "no-store" });
      if (res.status === 401) throw new SignedOutError();
      if (!res.ok) throw new Error(`annotations request failed: ${res.status}`);
      return (await res.json()) as TextAnnotations;
    },
    retry: (failures, error) => !(error instanceof SignedOutError) && failures < 3,
  });
