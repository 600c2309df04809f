// Today's study queue, given a Prisma client (no "server-only", so scripts
// and tests can call it). Cards due for review come first, then new cards, each
// within the user's daily limits; stats come from the review log.

import { pinyin } from "pinyin-pro";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { newCardSchedule, previewIntervals, STATE, type CardSchedule } from "@/lib/srs/scheduler";
import { endOfDay, startOfDay } from "@/lib/time/calendar-day";
import { streakDays, todayCounts, trueRetention } from "@/lib/srs/study-stats";
import { loadReviewItems } from "./notes-list";
import { isWordCardKind, loadStudyWords } from "@/features/vocabulary/vocabulary-cards";
import { DEFAULT_STUDY_SETTINGS, STUDY_FILTERS, filterKinds, filterTakes, type StudyCard, type StudyFilter, type StudyQueue, type StudySettingsDTO } from "./study-types";

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

/**
 * Cards of live annotations (a deleted annotation's card waits, in case the
 * delete is undone) and of saved words still being learned.
 */
const liveCard = (userId: string): Prisma.CardWhereInput => ({
  userId,
  suspended: false,
  OR: [{ annotation: { deletedAt: null } }, { vocabularyItem: { status: "learning" } }],
});

const byKind = (filter: StudyFilter): Prisma.CardWhereInput => {
  const kinds = filterKinds(filter);
  return kinds ? { kind: { in: [...kinds] } } : {};
};

/** Sums per-kind counts over the kinds a filter takes. */
function sumFor(filter: StudyFilter, perKind: Map<string, number>): number {
  let n = 0;
  for (const [kind, count] of perKind) if (filterTakes(filter, kind)) n += count;
  return n;
}

function pinyinOf(text: string): string {
  return pinyin(text, { toneType: "symbol", nonZh: "consecutive" });
}

/**
 * Today's queue; "today" is the calendar day in `timeZone`, the reader's.
 * `filter` narrows it to one type of card, in the queries themselves, and
 * the counts for every filter come from two grouped counts.
 */
export async function loadStudyQueue(db: Db, userId: string, timeZone: string, now = new Date(), filter: StudyFilter = "all"): Promise<StudyQueue> {
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

  const all = liveCard(userId);
  const live = { ...all, ...byKind(filter) };
  const [dueNowByKind, newByKind, dueTodayCount, due, fresh] = await Promise.all([
    db.card.groupBy({ by: ["kind"], where: { ...all, state: { not: STATE.New }, due: { lte: now } }, _count: { _all: true } }),
    db.card.groupBy({ by: ["kind"], where: { ...all, state: STATE.New }, _count: { _all: true } }),
    db.card.count({ where: { ...live, state: { not: STATE.New }, due: { lt: endOfDay(now, timeZone) } } }),
    db.card.findMany({ where: { ...live, state: { not: STATE.New }, due: { lte: now } }, orderBy: { due: "asc" }, take: Math.min(reviewsLeft, QUEUE_BATCH) }),
    db.card.findMany({ where: { ...live, state: STATE.New }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: Math.min(newLeft, QUEUE_BATCH) }),
  ]);
  const picked = [...due, ...fresh].slice(0, QUEUE_BATCH);
  const dueNowPerKind = new Map(dueNowByKind.map((g) => [g.kind, g._count._all]));
  const newPerKind = new Map(newByKind.map((g) => [g.kind, g._count._all]));
  const available = (f: StudyFilter) => Math.min(sumFor(f, dueNowPerKind), reviewsLeft) + Math.min(sumFor(f, newPerKind), newLeft);
  const newCount = sumFor(filter, newPerKind);

  const items = await loadReviewItems(db, userId, picked.flatMap((c) => (c.annotationId ? [c.annotationId] : [])));
  const itemByKey = new Map(items.map((i) => [i.key, i]));
  const words = await loadStudyWords(db, userId, picked.flatMap((c) => (c.vocabularyItemId ? [c.vocabularyItemId] : [])));

  const cards: StudyCard[] = [];
  for (const c of picked) {
    const schedule: CardSchedule = c;
    const word = c.vocabularyItemId ? words.get(c.vocabularyItemId) : undefined;
    if (word && isWordCardKind(c.kind)) {
      cards.push({ type: "word", id: c.id, kind: c.kind, reps: c.reps, isNew: c.state === STATE.New, word, intervals: previewIntervals(schedule, now) });
      continue;
    }
    const item = c.annotationId ? itemByKey.get(c.annotationId) : undefined;
    if (!item) continue;
    cards.push({
      type: "annotation",
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
      dueNow: available(filter),
      dueToday: Math.min(dueTodayCount, reviewsLeft) + Math.min(newCount, newLeft),
      reviewedToday: today.total,
      streak: streakDays(logs, now, timeZone),
      retention30: trueRetention(logs.filter((l) => l.reviewedAt.getTime() >= since30)),
    },
    settings,
    filter,
    counts: Object.fromEntries(STUDY_FILTERS.map((f) => [f, available(f)])) as Record<StudyFilter, number>,
  };
}

