"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { getSessionUser } from "@/lib/auth";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { newCardSchedule, rateCard, type RatingValue } from "@/lib/srs/scheduler";
import { cardToggleSchema, rateCardSchema, studySettingsSchema } from "./schemas";
import type { CardKind, StudySettingsDTO } from "./study-types";

// Every action: user from the session, input through zod, ownership checked
// here (a server action is a public endpoint), and a localized result union.
// Someone else's id gets the same NOT_FOUND as an id that never existed.

async function context() {
  const t = await getTranslations("Review");
  const user = await getSessionUser();
  return { t, user };
}

/**
 * Saves one rating: the card's new schedule and a review-log row, in one
 * transaction. Each rating is its own call, so closing the tab mid-session
 * loses nothing already rated.
 */
export async function rateStudyCard(input: unknown): Promise<ActionResult<{ cardId: string; due: string }>> {
  const { t, user } = await context();
  if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
  const parsed = rateCardSchema.safeParse(input);
  if (!parsed.success) return fail("VALIDATION", t("errors.invalid"));
  const { cardId, rating, reps } = parsed.data;
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const card = await tx.card.findFirst({ where: { id: cardId, userId: user.id } });
    if (!card) return "NOT_FOUND" as const;
    // The same rating sent twice (double click, retry after a timeout) must not count twice.
    if (card.reps !== reps) return "CONFLICT" as const;
    const next = rateCard(card, rating as RatingValue, now);
    await tx.card.update({ where: { id: card.id }, data: next.card });
    await tx.reviewLog.create({ data: { userId: user.id, cardId: card.id, ...next.log } });
    return next.card.due;
  });
  if (result === "NOT_FOUND") return fail("NOT_FOUND", t("errors.notFound"));
  if (result === "CONFLICT") return fail("CONFLICT", t("errors.alreadyRated"));
  return ok({ cardId, due: result.toISOString() });
}

/** Turns one of an annotation's cards on or off. Off keeps the card (suspended), with its history. */
async function toggleCard(input: unknown, kind: CardKind): Promise<ActionResult<{ key: string; enabled: boolean }>> {
  const { t, user } = await context();
  if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
  const parsed = cardToggleSchema.safeParse(input);
  if (!parsed.success) return fail("VALIDATION", t("errors.invalid"));
  const { highlightId, enabled } = parsed.data;
  const h = await db.highlight.findFirst({ where: { id: highlightId, userId: user.id, deletedAt: null }, select: { id: true, groupId: true } });
  if (!h) return fail("NOT_FOUND", t("errors.notFound"));
  const owner = h.groupId ? { groupId: h.groupId } : { highlightId: h.id };
  const existing = await db.card.findFirst({ where: { userId: user.id, kind, ...owner }, select: { id: true } });
  if (existing) await db.card.update({ where: { id: existing.id }, data: { suspended: !enabled } });
  else await db.card.create({ data: { userId: user.id, kind, suspended: !enabled, ...owner, ...newCardSchedule(new Date()) } });
  return ok({ key: h.groupId ?? h.id, enabled });
}

export async function setCardIncluded(input: unknown) {
  return toggleCard(input, "forward");
}

export async function setReverseCard(input: unknown) {
  return toggleCard(input, "reverse");
}

export async function saveStudySettings(input: unknown): Promise<ActionResult<StudySettingsDTO>> {
  const { t, user } = await context();
  if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
  const parsed = studySettingsSchema.safeParse(input);
  if (!parsed.success) return fail("VALIDATION", t("errors.invalidSettings"));
  const saved = await db.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...parsed.data }, update: parsed.data });
  return ok({ autoCards: saved.autoCards, newPerDay: saved.newPerDay, reviewsPerDay: saved.reviewsPerDay, frontMode: saved.frontMode === "emphasis" ? "emphasis" : "cloze" });
}

