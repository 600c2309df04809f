// Reads a user's imported texts and books, annotations, saved words and cards
// into a Backup, and restores one, given a Prisma client (no "server-only": the round-trip unit
// test runs it on a temp database). Validation happens before
// (lib/export/backup.ts).
//
// A restore is written in batches of BATCH annotations, each its own
// transaction, with a yield to the event loop between them, so other
// requests interleave with a 20,000-annotation restore instead of waiting
// behind it. Each batch is all-or-nothing; a restore that stops partway can be
// run again, since what it already wrote is then found "present" and skipped.

import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { checkAnchor, resolveAnchor } from "@/lib/anchor/anchor";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupAnnotation } from "@/lib/export/backup";
import { newId } from "@/lib/new-id";
import type { HighlightColor } from "@/features/annotations/types";
import { cardFromBackup, cardToBackup } from "./backup-cards";
import { exportBooks, exportTexts, resolveTexts, type TargetText } from "./backup-texts";
import { exportWords, restoreWords, type WordsRestoreResult } from "./backup-words";

type Db = PrismaClient;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Small enough that one batch's statements (each row runs the search triggers) hold the thread for well under
// 100 ms; bench:stall measured 60–1,100 ms stalls with 200 per batch under load.
const BATCH = 50;
const iso = (d: Date) => d.toISOString();

export async function exportBackup(db: Db, userId: string, now = new Date()): Promise<Backup> {
  const [annotations, settings, texts, books, words] = await Promise.all([
    db.annotation.findMany({
      where: { userId, deletedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: {
        text: { select: { slug: true } },
        parts: { orderBy: { position: "asc" } },
        note: { include: { tags: { include: { tag: { select: { name: true } } } } } },
        cards: { orderBy: { kind: "asc" }, include: { logs: { orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] } } },
      },
    }),
    db.studySettings.findUnique({ where: { userId } }),
    exportTexts(db, userId),
    exportBooks(db, userId),
    exportWords(db, userId),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(now),
    settings: settings
      ? { autoCards: settings.autoCards, newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay, frontMode: settings.frontMode === "emphasis" ? "emphasis" : "cloze" }
      : null,
    texts,
    books,
    words,
    annotations: annotations.map((a) => ({
      id: a.id,
      textSlug: a.text.slug,
      color: a.color as HighlightColor,
      createdAt: iso(a.createdAt),
      parts: a.parts.map((p) => ({ paragraphIndex: p.paragraphIndex, lang: p.lang === "en" ? "en" : "zh", start: p.start, end: p.end, quote: p.quote, prefix: p.prefix, suffix: p.suffix })),
      note: a.note
        ? { body: a.note.body, tags: a.note.tags.map((t) => t.tag.name).sort(), createdAt: iso(a.note.createdAt), updatedAt: iso(a.note.updatedAt) }
        : null,
      cards: a.cards
        .filter((c) => c.kind === "forward" || c.kind === "reverse")
        .map((c) => ({ ...cardToBackup(c), kind: c.kind === "reverse" ? ("reverse" as const) : ("forward" as const) })),
    })),
  };
}

/** What a restore did, counted for the result message. */
export interface RestoreResult {
  /** Annotations written anew, or brought back from a deletion. */
  restored: number;
  /** Of those, how many had an anchor that no longer fits its paragraph, kept as orphans with their quote. */
  orphans: number;
  /** Imported texts the backup held that were recreated for this account. */
  textsCreated: number;
  /** Imported books the backup held that were recreated, with their chapters. */
  booksCreated: number;
  skipped: {
    /** Still in the account (an edited one is left as it is). */
    present: number;
    /** The text is neither in the backup nor visible to this account. */
    noText: number;
  };
  words: WordsRestoreResult;
}

/** A part placed against the target paragraph: where it fits now, or an orphan (no paragraph) keeping its quote. */
function placePart(text: TargetText, p: BackupAnnotation["parts"][number]) {
  const para = text.paragraphs.get(p.paragraphIndex);
  const body = para ? (p.lang === "zh" ? para.zh : para.en) : null;
  if (para && body !== null) {
    if (!checkAnchor(body, p)) return { part: { ...p, paragraphId: para.id }, orphan: false };
    const found = resolveAnchor(body, p);
    if (found.status !== "orphan") return { part: { ...p, start: found.start, end: found.end, paragraphId: para.id }, orphan: false };
  }
  return { part: { ...p, paragraphId: null }, orphan: true };
}

/**
 * The rows of one batch of new annotations, written with one createMany per
 * table: per-row ORM calls cost milliseconds each, which made a 20,000
 * annotation restore take over a minute.
 */
class BatchRows {
  annotations: Prisma.AnnotationCreateManyInput[] = [];
  parts: Prisma.HighlightCreateManyInput[] = [];
  notes: Prisma.NoteCreateManyInput[] = [];
  noteTags: { noteId: string; tagName: string }[] = [];
  cards: Prisma.CardCreateManyInput[] = [];
  logs: Prisma.ReviewLogCreateManyInput[] = [];

  /** Adds one annotation; true when one of its parts had to become an orphan. */
  add(userId: string, a: BackupAnnotation, text: TargetText, id: string): boolean {
    const placed = a.parts.map((p) => placePart(text, p));
    const createdAt = new Date(a.createdAt);
    this.annotations.push({ id, userId, textId: text.id, color: a.color, createdAt, updatedAt: createdAt });
    placed.forEach(({ part }, position) => this.parts.push({ id: newId(), annotationId: id, position, ...part }));
    if (a.note) {
      const noteId = newId();
      this.notes.push({ id: noteId, userId, annotationId: id, body: a.note.body, createdAt: new Date(a.note.createdAt), updatedAt: new Date(a.note.updatedAt) });
      for (const tagName of new Set(a.note.tags)) this.noteTags.push({ noteId, tagName });
    }
    for (const card of a.cards) {
      const { row, logs } = cardFromBackup(userId, card);
      this.cards.push({ ...row, annotationId: id });
      this.logs.push(...logs);
    }
    return placed.some((p) => p.orphan);
  }

  async write(tx: Tx, userId: string, tagIds: Map<string, string>) {
    for (const name of new Set(this.noteTags.map((t) => t.tagName))) {
      if (!tagIds.has(name)) tagIds.set(name, (await tx.tag.upsert({ where: { userId_name: { userId, name } }, create: { userId, name }, update: {} })).id);
    }
    if (this.annotations.length) await tx.annotation.createMany({ data: this.annotations });
    if (this.parts.length) await tx.highlight.createMany({ data: this.parts });
    if (this.notes.length) await tx.note.createMany({ data: this.notes });
    if (this.noteTags.length) await tx.noteTag.createMany({ data: this.noteTags.map((t) => ({ noteId: t.noteId, tagId: tagIds.get(t.tagName)! })) });
    if (this.cards.length) await tx.card.createMany({ data: this.cards });
    if (this.logs.length) await tx.reviewLog.createMany({ data: this.logs });
  }
}

const fingerprint = (textId: string, p: { paragraphIndex: number; lang: string; start: number; end: number; quote: string }) =>
  JSON.stringify([textId, p.paragraphIndex, p.lang, p.start, p.end, p.quote]);

/**
 * Restores a validated backup for `userId`.
 * - Same account: an annotation still present (by id, or by the same first
 *   part on the same text) is skipped and never overwritten; one deleted
 *   since the backup is brought back; one gone entirely is written again.
 * - New account: the backup's imported texts and books are recreated, then
 *   every annotation on them and on public texts, under fresh ids.
 * Saved words follow the annotations (backup-words.ts).
 */
export async function restoreBackup(db: Db, userId: string, backup: Backup): Promise<RestoreResult> {
  const { bySlug, textsCreated, booksCreated } = await resolveTexts(db, userId, backup);
  const result: RestoreResult = { restored: 0, orphans: 0, textsCreated, booksCreated, skipped: { present: 0, noText: 0 }, words: { restored: 0, present: 0, unlinked: 0, noText: 0 } };

  // What the account had before this restore: by id (with whether it is deleted) and by place.
  const mine = await db.annotation.findMany({
    where: { userId },
    select: { id: true, textId: true, deletedAt: true, parts: { where: { position: 0 }, select: { paragraphIndex: true, lang: true, start: true, end: true, quote: true } } },
  });
  const byId = new Map(mine.map((a) => [a.id, a]));
  const livePlaces = new Set(mine.filter((a) => !a.deletedAt && a.parts[0]).map((a) => fingerprint(a.textId, a.parts[0])));
  const tagIds = new Map((await db.tag.findMany({ where: { userId }, select: { id: true, name: true } })).map((t) => [t.name, t.id]));

  for (let i = 0; i < backup.annotations.length; i += BATCH) {
    const batch = backup.annotations.slice(i, i + BATCH);
    // Ids this batch could reuse: free ones only (another account's id must never be touched).
    const wanted = batch.map((a) => a.id).filter((id): id is string => !!id && !byId.has(id));
    const taken = new Set((await db.annotation.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map((a) => a.id));
    await db.$transaction(
      async (tx) => {
        const rows = new BatchRows();
        for (const a of batch) {
          const text = bySlug.get(a.textSlug);
          if (!text) {
            result.skipped.noText++;
            continue;
          }
          const existing = a.id ? byId.get(a.id) : undefined;
          if (existing && !existing.deletedAt) {
            result.skipped.present++;
            continue;
          }
          if (existing?.deletedAt) {
            await tx.annotation.update({ where: { id: existing.id }, data: { deletedAt: null } });
            existing.deletedAt = null;
            result.restored++;
            continue;
          }
          const place = fingerprint(text.id, a.parts[0]);
          if (livePlaces.has(place)) {
            result.skipped.present++;
            continue;
          }
          const id = a.id && !taken.has(a.id) ? a.id : newId();
          const orphan = rows.add(userId, a, text, id);
          // Not added to livePlaces: two annotations of the backup at the same place are two annotations.
          byId.set(id, { id, textId: text.id, deletedAt: null, parts: [] });
          result.restored++;
          if (orphan) result.orphans++;
        }
        await rows.write(tx, userId, tagIds);
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    // Let other requests run between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  result.words = await restoreWords(db, userId, backup.words, bySlug);
  if (backup.settings) {
    await db.studySettings.upsert({ where: { userId }, create: { userId, ...backup.settings }, update: backup.settings });
  }
  return result;
}
