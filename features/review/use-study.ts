"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RatingValue } from "@/lib/srs/scheduler";
import { rateStudyCard, saveStudySettings } from "./actions";
import { studyQueueKey, studyQueueQueryOptions } from "./query-options";
import type { StudyQueue, StudySettingsDTO } from "./study-types";
import { ReviewActionError, unwrapAction } from "./use-review";

export function useStudyQueue() {
  return useQuery(studyQueueQueryOptions());
}

/**
 * Rates the card on top. The card leaves the queue at once (onMutate) and the
 * counters move; the server's answer is reconciled by a refetch (onSettled).
 * Each rating is its own action call, so nothing rated is lost to a closed tab.
 */
export function useRateCard(onError: (message: string) => void, fallback: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { cardId: string; rating: RatingValue; reps: number }) => unwrapAction(rateStudyCard(v), fallback),
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: studyQueueKey });
      const previous = qc.getQueryData<StudyQueue>(studyQueueKey);
      if (previous) {
        qc.setQueryData<StudyQueue>(studyQueueKey, {
          ...previous,
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
      if (ctx?.previous) qc.setQueryData(studyQueueKey, ctx.previous);
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
