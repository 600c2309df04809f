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
  const missing = await db.$queryRawUnsafe<{ id: string; groupId: string | null }[]>(
    `SELECT h."id" AS id, h."groupId" AS groupId FROM "Highlight" h
     WHERE h."userId" = ? AND h."deletedAt" IS NULL
       AND (h."groupId" IS NULL OR h."id" = (SELECT g."id" FROM "Highlight" g WHERE g."groupId" = h."groupId" AND g."deletedAt" IS NULL ORDER BY g."paragraphIndex", g."start" LIMIT 1))
       AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."highlightId" = h."id" AND c."kind" = 'forward')
       AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE h."groupId" IS NOT NULL AND c."groupId" = h."groupId" AND c."kind" = 'forward')`,
    userId,
  );
  if (missing.length === 0) return 0;
  const schedule = newCardSchedule(now);
  try {
    const res = await db.card.createMany({
      data: missing.map((m) => ({ userId, kind: "forward", ...(m.groupId ? { groupId: m.groupId } : { highlightId: m.id }), ...schedule })),
    });
    return res.count;
  } catch {
    return 0; // another request created them first (unique key); they exist either way
  }
}

/** Cards of live annotations only: a deleted highlight's card waits, in case the delete is undone. */
const liveCard = (userId: string): Prisma.CardWhereInput => ({
  userId,
  suspended: false,
  OR: [{ highlight: { deletedAt: null } }, { group: { highlights: { some: { deletedAt: null } } } }],
});

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

  // Items are loaded by their lead highlight; a group card's lead is its first live part.
  const groupLeads = await db.highlight.findMany({
    where: { userId, deletedAt: null, groupId: { in: picked.map((c) => c.groupId).filter((g): g is string => g !== null) } },
    select: { id: true, groupId: true },
    orderBy: [{ paragraphIndex: "asc" }, { start: "asc" }],
  });
  const leadOfGroup = new Map<string, string>();
  for (const h of groupLeads) if (!leadOfGroup.has(h.groupId!)) leadOfGroup.set(h.groupId!, h.id);
  const leadOf = (c: (typeof picked)[number]) => (c.groupId ? leadOfGroup.get(c.groupId) : c.highlightId) ?? null;
  const items = await loadReviewItems(db, userId, picked.map(leadOf).filter((x): x is string => x !== null));
  const itemByKey = new Map(items.map((i) => [i.key, i]));

  const cards: StudyCard[] = [];
  for (const c of picked) {
    const item = itemByKey.get((c.groupId ?? c.highlightId)!);
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

