import { queryOptions } from "@tanstack/react-query";
import { filterToParams } from "./schemas";
import type { StudyFilter, StudyQueue } from "./study-types";
import type { ReviewFilter, ReviewPage } from "./types";

// Each review query is defined once, shared by the server prefetch (the pages)
// and the client hooks. The browser reads through the JSON routes under
// /api/review, never through server actions (actions run one at a time).

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, cache: "no-store" });
  if (!res.ok) throw new Error(`${url} failed: ${res.status}`);
  return (await res.json()) as T;
}

export const reviewNotesKey = (f: ReviewFilter) => ["review-notes", filterToParams(f).toString()] as const;

export const reviewNotesQueryOptions = (f: ReviewFilter) =>
  queryOptions({
    queryKey: reviewNotesKey(f),
    queryFn: ({ signal }) => getJson<ReviewPage>(`/api/review/notes?${filterToParams(f).toString()}`, signal),
  });

/** The prefix of every filter's queue: invalidating it refreshes them all. */
export const studyQueueKey = ["study-queue"] as const;
export const studyQueueFilterKey = (filter: StudyFilter) => [...studyQueueKey, filter] as const;
export const studyQueueUrl = (filter: StudyFilter) => (filter === "all" ? "/api/review/queue" : `/api/review/queue?type=${filter}`);

export const studyQueueQueryOptions = (filter: StudyFilter) =>
  queryOptions({
    queryKey: studyQueueFilterKey(filter),
    queryFn: ({ signal }) => getJson<StudyQueue>(studyQueueUrl(filter), signal),
    // Learning steps fall due minutes later; pick them up without a reload.
    refetchInterval: 60_000,
  });
