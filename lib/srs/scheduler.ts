// A thin wrapper over ts-fsrs (FSRS, the scheduler Anki uses by default), so
// the rest of the app deals in plain stored rows and never in library types.
// Fuzz stays off: the interval shown on a button must be the one the rating
// then stores, and tests need the same answer twice.

import { createEmptyCard, fsrs, type Card as FsrsCard, type Grade } from "ts-fsrs";

export const RATINGS = [1, 2, 3, 4] as const;
export type RatingValue = (typeof RATINGS)[number];
export const RATING_NAMES = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const satisfies Record<RatingValue, string>;

/** ts-fsrs State values, as stored in Card.state. */
export const STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

/** The scheduling fields of a stored card (the Card table's columns). */
export interface CardSchedule {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** What a rating writes to the review log: the card as it was before, and the grade. */
export interface ReviewLogEntry {
  rating: RatingValue;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

function toFsrs(c: CardSchedule): FsrsCard {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.lastReview ?? undefined,
  };
}

function fromFsrs(c: FsrsCard): CardSchedule {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** A card nobody has studied yet, due now. */
export function newCardSchedule(now: Date): CardSchedule {
  return fromFsrs(createEmptyCard(now));
}

/** The card after rating it `rating` at `now`, and the log entry to store. */
export function rateCard(card: CardSchedule, rating: RatingValue, now: Date): { card: CardSchedule; log: ReviewLogEntry } {
  const next = scheduler.next(toFsrs(card), now, rating as Grade);
  const log = next.log;
  return {
    card: fromFsrs(next.card),
    log: {
      rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: log.review,
    },
  };
}

/** Milliseconds from `now` until the card would be due again, for each rating (what the buttons show). */
export function previewIntervals(card: CardSchedule, now: Date): Record<RatingValue, number> {
  const out = {} as Record<RatingValue, number>;
  for (const r of RATINGS) out[r] = rateCard(card, r, now).card.due.getTime() - now.getTime();
  return out;
}
