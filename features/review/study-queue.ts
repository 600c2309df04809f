// Today's study queue, given a Prisma client (no "server-only", so scripts
// and tests can call it). Cards due for review come first, then new cards, each
// within the user's daily limits; stats come from the review log.

import { pinyin } from "pinyin-pro";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { newCardSchedule, previewIntervals, STATE, type CardSchedule } from "@/lib/srs/scheduler";
import { endOfDay, startOfDay } from "@/lib/time/calendar-day";
import { streakDays, todayCounts, trueRetention } from "@/lib/srs/study-stats";
import { loadReviewItems } from "./notes-list";
import { DEFAULT_STUDY_SETTINGS, type StudyCard, type StudyQueue, type StudySettingsDTO } from "./study-types";

type Db = PrismaClient;

/** At most this many cards per fetch; the client refetches as it empties the queue. */
const QUEUE_BATCH = 50;
const DAY_MS = 86_400_000;

export async function loadStudySettings(db: Db, userId: string): Promise<StudySettingsDTO> {
  const s = await db.studySettings.findUnique({ where: { userId } });
  if (!s) return DEFAULT_STUDY_SETTINGS;
  return { autoCards: s.autoCards, newPerDay: s.newPerDay, reviewsPerDay: s.reviewsPerDay, frontMode: s.frontMode === "emphasis" ? "emphasis" : "cloze" };
}

/**
 * With automatic cards on, gives every live annotation without a forward card
 * one. Done when the queue loads rather than in the annotation actions, so
 * the highlight code needs no knowledge of study, and an excluded annotation
 * (a suspended card) is never brought back.
 */
export async function syncAutoCards(db: Db, userId: string, now: Date): Promise<number> {
  const missing = await db.annotation.findMany({
    where: { userId, deletedAt: null, cards: { none: { kind: "forward" } } },
    select: { id: true },
  });
  if (missing.length === 0) return 0;
  const schedule = newCardSchedule(now);
  try {
    const res = await db.card.createMany({ data: missing.map((m) => ({ userId, kind: "forward", annotationId: m.id, ...schedule })) });
    return res.count;
  } catch {
    return 0; // another request created them first (unique key); they exist either way
  }
}

/** Cards of live annotations only: a deleted annotation's card waits, in case the delete is undone. */
const liveCard = (userId: string): Prisma.CardWhereInput => ({ userId, suspended: false, annotation: { deletedAt: null } });

function pinyinOf(text: string): string {
  return pinyin(text, { toneType: "symbol", nonZh: "consecutive" });
}

/** Today's queue; "today" is the calendar day in `timeZone`, the reader's. */
export async function loadStudyQueue(db: Db, userId: string, timeZone: string, now = new Date()): Promise<StudyQueue> {
  const settings = await loadStudySettings(db, userId);
  if (settings.autoCards) await syncAutoCards(db, userId, now);

  const logs = await db.reviewLog.findMany({
    where: { userId, reviewedAt: { gte: new Date(startOfDay(now, timeZone).getTime() - 366 * DAY_MS) } },
    select: { reviewedAt: true, rating: true, state: true },
  });
  const today = todayCounts(logs, now, timeZone);
  const newLeft = Math.max(0, settings.newPerDay - today.newToday);
  const reviewsLeft = Math.max(0, settings.reviewsPerDay - today.reviewsToday);
  const since30 = now.getTime() - 30 * DAY_MS;

  const live = liveCard(userId);
  const [dueNowCount, dueTodayCount, newCount, due, fresh] = await Promise.all([
    db.card.count({ where: { ...live, state: { not: STATE.New }, due: { lte: now } } }),
    db.card.count({ where: { ...live, state: { not: STATE.New }, due: { lt: endOfDay(now, timeZone) } } }),
    db.card.count({ where: { ...live, state: STATE.New } }),
    db.card.findMany({ where: { ...live, state: { not: STATE.New }, due: { lte: now } }, orderBy: { due: "asc" }, take: Math.min(reviewsLeft, QUEUE_BATCH) }),
    db.card.findMany({ where: { ...live, state: STATE.New }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: Math.min(newLeft, QUEUE_BATCH) }),
  ]);
  const picked = [...due, ...fresh].slice(0, QUEUE_BATCH);

  const items = await loadReviewItems(db, userId, picked.map((c) => c.annotationId!));
  const itemByKey = new Map(items.map((i) => [i.key, i]));

  const cards: StudyCard[] = [];
  for (const c of picked) {
    const item = itemByKey.get(c.annotationId!);
    if (!item) continue;
    const schedule: CardSchedule = c;
    cards.push({
      id: c.id,
      kind: c.kind === "reverse" ? "reverse" : "forward",
      reps: c.reps,
      isNew: c.state === STATE.New,
      item,
      pinyin: item.lang === "zh" ? pinyinOf(item.quote) : null,
      intervals: previewIntervals(schedule, now),
    });
  }

  return {
    cards,
    stats: {
      dueNow: Math.min(dueNowCount, reviewsLeft) + Math.min(newCount, newLeft),
      dueToday: Math.min(dueTodayCount, reviewsLeft) + Math.min(newCount, newLeft),
      reviewedToday: today.total,
      streak: streakDays(logs, now, timeZone),
      retention30: trueRetention(logs.filter((l) => l.reviewedAt.getTime() >= since30)),
    },
    settings,
  };
}

