// Reads a user's annotations and cards into a Backup, and restores one, given
// a Prisma client (no "server-only": the round-trip unit test runs it on a
// temp database). Validation happens before (lib/export/backup.ts); the
// restore itself is one transaction, so a failure leaves nothing half-done.

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupAnnotation } from "@/lib/export/backup";
import type { HighlightColor } from "@/features/annotations/types";

type Db = PrismaClient;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export async function exportBackup(db: Db, userId: string, now = new Date()): Promise<Backup> {
  const [highlights, notes, cards, settings] = await Promise.all([
    db.highlight.findMany({
      where: { userId, deletedAt: null },
      select: { id: true, textId: true, groupId: true, paragraphIndex: true, lang: true, start: true, end: true, quote: true, prefix: true, suffix: true, color: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { paragraphIndex: "asc" }, { start: "asc" }, { id: "asc" }],
    }),
    db.note.findMany({ where: { userId }, include: { tags: { include: { tag: { select: { name: true } } } } } }),
    db.card.findMany({ where: { userId }, include: { logs: { orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] } }, orderBy: { kind: "asc" } }),
    db.studySettings.findUnique({ where: { userId } }),
  ]);
  const texts = await db.text.findMany({ where: { id: { in: [...new Set(highlights.map((h) => h.textId))] } }, select: { id: true, slug: true } });
  const slugOf = new Map(texts.map((t) => [t.id, t.slug]));
  const noteOf = new Map(notes.map((n) => [(n.groupId ?? n.highlightId)!, n]));
  const cardsOf = new Map<string, typeof cards>();
  for (const c of cards) {
    const key = (c.groupId ?? c.highlightId)!;
    cardsOf.set(key, [...(cardsOf.get(key) ?? []), c]);
  }

  const byKey = new Map<string, typeof highlights>();
  for (const h of highlights) {
    const key = h.groupId ?? h.id;
    byKey.set(key, [...(byKey.get(key) ?? []), h]);
  }
  const annotations: BackupAnnotation[] = [];
  for (const [key, parts] of byKey) {
    const slug = slugOf.get(parts[0].textId);
    if (!slug) continue; // its text is gone: nothing a restore could anchor to
    parts.sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.start - b.start);
    const note = noteOf.get(key);
    annotations.push({
      textSlug: slug,
      color: parts[0].color as HighlightColor,
      createdAt: iso(parts[0].createdAt),
      parts: parts.map((p) => ({ paragraphIndex: p.paragraphIndex, lang: p.lang === "en" ? "en" : "zh", start: p.start, end: p.end, quote: p.quote, prefix: p.prefix, suffix: p.suffix })),
      note: note
        ? { body: note.body, tags: note.tags.map((t) => t.tag.name).sort(), createdAt: iso(note.createdAt), updatedAt: iso(note.updatedAt) }
        : null,
      cards: (cardsOf.get(key) ?? []).map((c) => ({
        kind: c.kind === "reverse" ? "reverse" : "forward",
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
        lastReview: isoOrNull(c.lastReview),
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
      })),
    });
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(now),
    settings: settings
      ? { autoCards: settings.autoCards, newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay, frontMode: settings.frontMode === "emphasis" ? "emphasis" : "cloze" }
      : null,
    annotations,
  };
}

export interface RestoreResult {
  imported: number;
  skipped: number;
}

/** Texts the user may annotate, by slug: public ones and their own imports. */
async function visibleTexts(tx: Tx, userId: string, slugs: string[]) {
  const texts = await tx.text.findMany({
    where: { slug: { in: slugs }, OR: [{ ownerId: null }, { ownerId: userId }] },
    select: { id: true, slug: true, paragraphs: { select: { id: true, index: true } } },
  });
  return new Map(texts.map((t) => [t.slug, { id: t.id, paragraphs: new Map(t.paragraphs.map((p) => [p.index, p.id])) }]));
}

async function restoreOne(tx: Tx, userId: string, a: BackupAnnotation, text: { id: string; paragraphs: Map<number, string> }, tagIds: Map<string, string>) {
  const groupId = a.parts.length > 1 ? (await tx.highlightGroup.create({ data: { userId, textId: text.id, createdAt: new Date(a.createdAt) } })).id : null;
  let leadId = "";
  for (const p of a.parts) {
    const h = await tx.highlight.create({
      data: { userId, textId: text.id, paragraphId: text.paragraphs.get(p.paragraphIndex) ?? null, ...p, color: a.color, groupId, createdAt: new Date(a.createdAt) },
      select: { id: true },
    });
    leadId ||= h.id;
  }
  const owner = groupId ? { groupId } : { highlightId: leadId };
  if (a.note) {
    const note = await tx.note.create({
      data: { userId, ...owner, body: a.note.body, createdAt: new Date(a.note.createdAt), updatedAt: new Date(a.note.updatedAt) },
    });
    for (const name of [...new Set(a.note.tags)]) {
      let tagId = tagIds.get(name);
      if (!tagId) {
        tagId = (await tx.tag.upsert({ where: { userId_name: { userId, name } }, create: { userId, name }, update: {} })).id;
        tagIds.set(name, tagId);
      }
      await tx.noteTag.create({ data: { noteId: note.id, tagId } });
    }
  }
  for (const c of a.cards) {
    const { logs, ...card } = c;
    const created = await tx.card.create({
      data: { userId, ...owner, ...card, due: new Date(card.due), lastReview: card.lastReview ? new Date(card.lastReview) : null, createdAt: new Date(card.createdAt) },
    });
    if (logs.length) {
      await tx.reviewLog.createMany({
        data: logs.map((l) => ({ userId, cardId: created.id, ...l, due: new Date(l.due), reviewedAt: new Date(l.reviewedAt) })),
      });
    }
  }
}

/**
 * Restores a validated backup for `userId`. An annotation is skipped when its
 * text is not visible to the user, or when the user already has a highlight
 * at the same place with the same quote (so importing twice changes nothing).
 */
export async function restoreBackup(db: Db, userId: string, backup: Backup): Promise<RestoreResult> {
  return db.$transaction(
    async (tx) => {
      const texts = await visibleTexts(tx, userId, [...new Set(backup.annotations.map((a) => a.textSlug))]);
      const existing = await tx.highlight.findMany({ where: { userId }, select: { textId: true, paragraphIndex: true, lang: true, start: true, end: true, quote: true } });
      const seen = new Set(existing.map((h) => JSON.stringify([h.textId, h.paragraphIndex, h.lang, h.start, h.end, h.quote])));
      const tagIds = new Map((await tx.tag.findMany({ where: { userId }, select: { id: true, name: true } })).map((t) => [t.name, t.id]));
      let imported = 0;
      let skipped = 0;
      for (const a of backup.annotations) {
        const text = texts.get(a.textSlug);
        const first = a.parts[0];
        const fingerprint = text ? JSON.stringify([text.id, first.paragraphIndex, first.lang, first.start, first.end, first.quote]) : "";
        if (!text || seen.has(fingerprint)) {
          skipped++;
          continue;
        }
        await restoreOne(tx, userId, a, text, tagIds);
        seen.add(fingerprint);
        imported++;
      }
      if (backup.settings) {
        await tx.studySettings.upsert({ where: { userId }, create: { userId, ...backup.settings }, update: backup.settings });
      }
      return { imported, skipped };
    },
    // A large backup is thousands of inserts; the default 5 s interactive-transaction limit is too short.
    { timeout: 300_000, maxWait: 30_000 },
  );
}
