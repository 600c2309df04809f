// A study card and its review logs, to and from the backup: the same for an
// annotation's cards and a saved word's, so the FSRS state round-trips alike.

import type { Card, Prisma, ReviewLog } from "@/lib/generated/prisma/client";
import type { BackupCard } from "@/lib/export/backup";
import { newId } from "@/lib/new-id";

const iso = (d: Date) => d.toISOString();
type CardState = Omit<BackupCard, "kind">;

export function cardToBackup(c: Card & { logs: ReviewLog[] }): CardState {
  return {
    suspended: c.suspended,
    due: iso(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsedDays,
    scheduledDays: c.scheduledDays,
    learningSteps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.lastReview ? iso(c.lastReview) : null,
    createdAt: iso(c.createdAt),
    logs: c.logs.map((l) => ({
      rating: l.rating,
      state: l.state,
      due: iso(l.due),
      stability: l.stability,
      difficulty: l.difficulty,
      elapsedDays: l.elapsedDays,
      scheduledDays: l.scheduledDays,
      learningSteps: l.learningSteps,
      reviewedAt: iso(l.reviewedAt),
    })),
  };
}

/** A card row (without what it belongs to) and its log rows, under fresh ids. */
export function cardFromBackup(userId: string, { logs, ...card }: CardState & { kind: string }): { row: Prisma.CardCreateManyInput; logs: Prisma.ReviewLogCreateManyInput[] } {
  const id = newId();
  return {
    row: { id, userId, ...card, due: new Date(card.due), lastReview: card.lastReview ? new Date(card.lastReview) : null, createdAt: new Date(card.createdAt) },
    logs: logs.map((l) => ({ id: newId(), userId, cardId: id, ...l, due: new Date(l.due), reviewedAt: new Date(l.reviewedAt) })),
  };
}
