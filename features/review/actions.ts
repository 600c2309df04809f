"use server";

import { db } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { signedInAction } from "@/lib/server-action";
import { newCardSchedule, rateCard, type RatingValue } from "@/lib/srs/scheduler";
import { cardToggleSchema, rateCardSchema, studySettingsSchema } from "./schemas";
import type { CardKind, StudySettingsDTO } from "./study-types";

// Every action goes through signedInAction (session, zod, localized result
// union); ownership is checked here, and someone else's id gets the same
// NOT_FOUND as an id that never existed.

/**
 * Saves one rating: the card's new schedule and a review-log row, in one
 * transaction. Each rating is its own call, so closing the tab mid-session
 * loses nothing already rated.
 */
export async function rateStudyCard(input: unknown): Promise<ActionResult<{ cardId: string; due: string }>> {
  return signedInAction("Review", input, rateCardSchema, async ({ user, data, t }) => {
    const { cardId, rating, reps } = data;
    const now = new Date();
    const result = await db.$transaction(async (tx) => {
      const card = await tx.card.findFirst({ where: { id: cardId, userId: user.id } });
      if (!card) return "NOT_FOUND" as const;
      // The same rating sent twice (double click, retry after a timeout) must not count twice.
      if (card.reps !== reps) return "CONFLICT" as const;
      const next = rateCard(card, rating as RatingValue, now);
      // Only if reps is still what was read: on PostgreSQL two requests' transactions run side by side.
      const { count } = await tx.card.updateMany({ where: { id: card.id, reps }, data: next.card });
      if (count === 0) return "CONFLICT" as const;
      await tx.reviewLog.create({ data: { userId: user.id, cardId: card.id, ...next.log } });
      return next.card.due;
    });
    if (result === "NOT_FOUND") return fail("NOT_FOUND", t("errors.notFound"));
    if (result === "CONFLICT") return fail("CONFLICT", t("errors.alreadyRated"));
    return ok({ cardId, due: result.toISOString() });
  });
}

/** Turns one of an annotation's cards on or off. Off keeps the card (suspended), with its history. */
async function toggleCard(input: unknown, kind: CardKind): Promise<ActionResult<{ key: string; enabled: boolean }>> {
  return signedInAction("Review", input, cardToggleSchema, async ({ user, data, t }) => {
    const { annotationId, enabled } = data;
    const a = await db.annotation.findFirst({ where: { id: annotationId, userId: user.id, deletedAt: null }, select: { id: true } });
    if (!a) return fail("NOT_FOUND", t("errors.notFound"));
    await db.card.upsert({
      where: { annotationId_kind: { annotationId, kind } },
      update: { suspended: !enabled },
      create: { userId: user.id, kind, suspended: !enabled, annotationId, ...newCardSchedule(new Date()) },
    });
    return ok({ key: annotationId, enabled });
  });
}

export async function setCardIncluded(input: unknown) {
  return toggleCard(input, "forward");
}

export async function setReverseCard(input: unknown) {
  return toggleCard(input, "reverse");
}

export async function saveStudySettings(input: unknown): Promise<ActionResult<StudySettingsDTO>> {
  return signedInAction(
    "Review",
    input,
    studySettingsSchema,
    async ({ user, data }) => {
      const saved = await db.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data });
      return ok({ autoCards: saved.autoCards, newPerDay: saved.newPerDay, reviewsPerDay: saved.reviewsPerDay, frontMode: saved.frontMode === "emphasis" ? "emphasis" : "cloze" });
    },
    (t) => fail("VALIDATION", t("errors.invalidSettings")),
  );
}
