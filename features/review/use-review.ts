"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { setCardIncluded, setReverseCard } from "./actions";
import { reviewNotesQueryOptions, studyQueueKey } from "./query-options";
import type { ReviewFilter, ReviewPage } from "./types";

/** A failed action, carried through react-query so onError can show its localized message. */
export class ReviewActionError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function unwrapAction<T>(p: Promise<ActionResult<T>>, fallback: string): Promise<T> {
  let result: ActionResult<T>;
  try {
    result = await p;
  } catch {
    throw new ReviewActionError(fallback, "NETWORK");
  }
  if (!result.ok) throw new ReviewActionError(result.error.message, result.error.code);
  return result.data;
}

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The notes page's data. The previous page stays on screen while the next one loads, so typing never blanks the list. */
export function useReviewNotes(filter: ReviewFilter) {
  return useQuery({ ...reviewNotesQueryOptions(filter), placeholderData: keepPreviousData });
}

type Toggle = { key: string; enabled: boolean; which: "included" | "reverse" };

/** Include/exclude an annotation from study, or give it a reverse card; the checkbox flips at once. */
export function useCardToggle(onError: (message: string) => void, fallback: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: Toggle) =>
      unwrapAction((v.which === "included" ? setCardIncluded : setReverseCard)({ annotationId: v.key, enabled: v.enabled }), fallback),
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: ["review-notes"] });
      const snapshot = qc.getQueriesData<ReviewPage>({ queryKey: ["review-notes"] });
      qc.setQueriesData<ReviewPage>({ queryKey: ["review-notes"] }, (page) =>
        page ? { ...page, items: page.items.map((i) => (i.key === v.key ? { ...i, cards: { ...i.cards, [v.which]: v.enabled } } : i)) } : page,
      );
      return { snapshot };
    },
    onError: (error, _v, ctx) => {
      for (const [key, data] of ctx?.snapshot ?? []) qc.setQueryData(key, data);
      onError(error instanceof ReviewActionError ? error.message : fallback);
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ["review-notes"] });
      void qc.invalidateQueries({ queryKey: studyQueueKey });
    },
  });
}
