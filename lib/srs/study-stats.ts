// Daily numbers for the study page, from review-log rows. Days are calendar
// days in the reader's time zone (see calendar-day.ts).

import { dayKey, shiftDayKey } from "@/lib/time/calendar-day";
import { STATE } from "./scheduler";

export interface LogLike {
  reviewedAt: Date;
  rating: number;
  /** The card's state before the rating. */
  state: number;
}

/** Consecutive days with at least one review, ending today (or yesterday, if today has none yet). */
export function streakDays(logs: readonly Pick<LogLike, "reviewedAt">[], now: Date, timeZone: string): number {
  const days = new Set(logs.map((l) => dayKey(l.reviewedAt, timeZone)));
  let cursor = dayKey(now, timeZone);
  if (!days.has(cursor)) cursor = shiftDayKey(cursor, -1);
  let streak = 0;
  while (days.has(cursor)) {
    streak++;
    cursor = shiftDayKey(cursor, -1);
  }
  return streak;
}

/**
 * True retention: of the reviews of cards that had graduated (state Review
 * before the rating), the share not answered Again. Learning steps are left
 * out, as Anki does, because they measure short-term recall. null when there
 * were no such reviews.
 */
export function trueRetention(logs: readonly LogLike[]): number | null {
  const mature = logs.filter((l) => l.state === STATE.Review);
  if (mature.length === 0) return null;
  return mature.filter((l) => l.rating !== 1).length / mature.length;
}

/** New cards introduced and reviews done today, for the daily limits. */
export function todayCounts(logs: readonly LogLike[], now: Date, timeZone: string): { newToday: number; reviewsToday: number; total: number } {
  const today = dayKey(now, timeZone);
  let newToday = 0;
  let reviewsToday = 0;
  for (const l of logs) {
    if (dayKey(l.reviewedAt, timeZone) !== today) continue;
    if (l.state === STATE.New) newToday++;
    else reviewsToday++;
  }
  return { newToday, reviewsToday, total: newToday + reviewsToday };
}
