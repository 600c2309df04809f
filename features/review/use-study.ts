"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RatingValue } from "@/lib/srs/scheduler";
import { rateStudyCard, saveStudySettings } from "./actions";
import { studyQueueFilterKey, studyQueueKey, studyQueueQueryOptions } from "./query-options";
import { STUDY_FILTERS, filterTakes, type StudyFilter, type StudyQueue, type StudySettingsDTO } from "./study-types";
import { ReviewActionError, unwrapAction } from "./use-review";

export function useStudyQueue(filter: StudyFilter) {
  return useQuery(studyQueueQueryOptions(filter));
}

/**
 * Rates the card on top. The card leaves the queue at once (onMutate) and the
 * counters move; the server's answer is reconciled by a refetch (onSettled).
 * Each rating is its own action call, so nothing rated is lost to a closed tab.
 */
export function useRateCard(filter: StudyFilter, onError: (message: string) => void, fallback: string) {
  const qc = useQueryClient();
  const key = studyQueueFilterKey(filter);
  return useMutation({
    mutationFn: (v: { cardId: string; rating: RatingValue; reps: number }) => unwrapAction(rateStudyCard(v), fallback),
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: studyQueueKey });
      const previous = qc.getQueryData<StudyQueue>(key);
      const rated = previous?.cards.find((c) => c.id === v.cardId);
      if (previous && rated) {
        const counts = { ...previous.counts };
        for (const f of STUDY_FILTERS) if (filterTakes(f, rated.kind)) counts[f] = Math.max(0, counts[f] - 1);
        qc.setQueryData<StudyQueue>(key, {
          ...previous,
          counts,
          cards: previous.cards.filter((c) => c.id !== v.cardId),
          stats: {
            ...previous.stats,
            dueNow: Math.max(0, previous.stats.dueNow - 1),
            // Again/Hard/Good on a learning card bring it back within the day; only the server knows for sure.
            dueToday: Math.max(0, previous.stats.dueToday - 1),
            reviewedToday: previous.stats.reviewedToday + 1,
          },
        });
      }
      return { previous };
    },
    onError: (error, _v, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
      onError(error instanceof ReviewActionError ? error.message : fallback);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: studyQueueKey }),
  });
}

export function useSaveStudySettings(onDone: (message: string | null) => void, fallback: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: StudySettingsDTO) => unwrapAction(saveStudySettings(v), fallback),
    onSuccess: () => onDone(null),
    onError: (error) => onDone(error instanceof ReviewActionError ? error.message : fallback),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: studyQueueKey });
      void qc.invalidateQueries({ queryKey: ["review-notes"] });
    },
  });
}
