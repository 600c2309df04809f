// Daily numbers for the study page, from review-log rows. Days are the
// server's local calendar days (see the report: no per-user time zone yet).

import { STATE } from "./scheduler";

export interface LogLike {
  reviewedAt: Date;
  rating: number;
  /** The card's state before the rating. */
  state: number;
}

export const dayKey = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function endOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
}

/** Consecutive days with at least one review, ending today (or yesterday, if today has none yet). */
export function streakDays(logs: readonly Pick<LogLike, "reviewedAt">[], now: Date): number {
  const days = new Set(logs.map((l) => dayKey(l.reviewedAt)));
  const cursor = startOfDay(now);
  if (!days.has(dayKey(cursor))) cursor.setDate(cursor.getDate() - 1);
  let streak = 0;
  while (days.has(dayKey(cursor))) {
    streak++;
    cursor.setDate(cursor.getDate() - 1);
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
export function todayCounts(logs: readonly LogLike[], now: Date): { newToday: number; reviewsToday: number; total: number } {
  const today = dayKey(now);
  let newToday = 0;
  let reviewsToday = 0;
  for (const l of logs) {
    if (dayKey(l.reviewedAt) !== today) continue;
    if (l.state === STATE.New) newToday++;
    else reviewsToday++;
  }
  return { newToday, reviewsToday, total: newToday + reviewsToday };
}
