// Reads a user's imported texts, annotations and cards into a Backup, and
// restores one, given a Prisma client (no "server-only": the round-trip unit
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
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupAnnotation, type BackupText } from "@/lib/export/backup";
import { makeSlug } from "@/lib/import/slug";
import { newId } from "@/lib/new-id";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { visibleTextWhere } from "@/lib/texts/visibility";
import type { HighlightColor } from "@/features/annotations/types";

type Db = PrismaClient;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Small enough that one batch's statements (each row runs the search triggers) hold the thread for well under
// 100 ms; bench:stall measured 60–1,100 ms stalls with 200 per batch under load.
const BATCH = 50;
const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** The user's own imports, whole (the seed is public and needs no backup). */
async function exportTexts(db: Db, userId: string): Promise<BackupText[]> {
  const texts = await db.text.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "asc" },
    include: { paragraphs: { orderBy: { index: "asc" }, include: { sentences: { orderBy: [{ lang: "asc" }, { index: "asc" }] } } } },
  });
  return texts.map((t) => ({
    slug: t.slug,
    titleZh: t.titleZh,
    titleEn: t.titleEn,
    author: t.author,
    authorEn: t.authorEn,
    source: t.source,
    sourceEn: t.sourceEn,
    url: t.url,
    publishedOn: t.publishedOn,
    notice: t.notice,
    paragraphs: t.paragraphs.map((p) => ({
      zh: p.zh,
      en: p.en,
      sentences: p.sentences.map((s) => ({ lang: s.lang === "en" ? ("en" as const) : ("zh" as const), index: s.index, start: s.start, end: s.end, pair: s.pair })),
    })),
  }));
}

export async function exportBackup(db: Db, userId: string, now = new Date()): Promise<Backup> {
  const [annotations, settings, texts] = await Promise.all([
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
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(now),
    settings: settings
      ? { autoCards: settings.autoCards, newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay, frontMode: settings.frontMode === "emphasis" ? "emphasis" : "cloze" }
      : null,
    texts,
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
        .map((c) => ({
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
  skipped: {
    /** Still in the account (an edited one is left as it is). */
    present: number;
    /** The text is neither in the backup nor visible to this account. */
    noText: number;
  };
}

interface TargetText {
  id: string;
  /** Paragraph id and both sides' text, by paragraph index. */
  paragraphs: Map<number, { id: string; zh: string; en: string }>;
}

async function loadTarget(db: Db | Tx, textId: string): Promise<TargetText> {
  const paragraphs = await db.paragraph.findMany({ where: { textId }, select: { id: true, index: true, zh: true, en: true } });
  return { id: textId, paragraphs: new Map(paragraphs.map((p) => [p.index, p])) };
}

const sameContent = (a: BackupText["paragraphs"], b: { zh: string; en: string }[]) =>
  a.length === b.length && a.every((p, i) => p.zh === b[i].zh && p.en === b[i].en);

/**
 * Where each backup text slug lands in this account: an existing text the
 * user may see under that slug (theirs, or public), else the backup's own
 * copy recreated as the user's private text (under a fresh slug when the slug
 * is taken by someone else's text).
 */
async function resolveTexts(db: Db, userId: string, backup: Backup): Promise<{ bySlug: Map<string, TargetText>; created: number }> {
  const bySlug = new Map<string, TargetText>();
  let created = 0;
  const own = new Map(backup.texts.map((t) => [t.slug, t]));
  for (const slug of new Set([...backup.annotations.map((a) => a.textSlug), ...own.keys()])) {
    const visible = await db.text.findFirst({ where: { slug, ...visibleTextWhere(userId) }, select: { id: true, ownerId: true, paragraphs: { select: { zh: true, en: true }, orderBy: { index: "asc" } } } });
    const copy = own.get(slug);
    if (visible && (!copy || visible.ownerId === userId || sameContent(copy.paragraphs, visible.paragraphs))) {
      bySlug.set(slug, await loadTarget(db, visible.id));
      continue;
    }
    if (!copy) continue;
    const earlierCopy = await findOwnCopy(db, userId, copy);
    if (earlierCopy) {
      // Restored into this account before, under a fresh slug.
      bySlug.set(slug, await loadTarget(db, earlierCopy));
      continue;
    }
    const taken = visible || (await db.text.findUnique({ where: { slug }, select: { id: true } }));
    const saved = await saveAlignedText(db, { ...copy, slug: taken ? makeSlug(copy.titleEn || copy.slug) : slug, ownerId: userId });
    created++;
    bySlug.set(slug, await loadTarget(db, saved.id));
  }
  return { bySlug, created };
}

/** A text of the user's with the same titles and paragraphs as a backup copy. */
async function findOwnCopy(db: Db, userId: string, copy: BackupText): Promise<string | null> {
  const candidates = await db.text.findMany({
    where: { ownerId: userId, titleZh: copy.titleZh, titleEn: copy.titleEn },
    select: { id: true, paragraphs: { select: { zh: true, en: true }, orderBy: { index: "asc" } } },
  });
  return candidates.find((c) => sameContent(copy.paragraphs, c.paragraphs))?.id ?? null;
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
    for (const { logs, ...card } of a.cards) {
      const cardId = newId();
      this.cards.push({ id: cardId, userId, annotationId: id, ...card, due: new Date(card.due), lastReview: card.lastReview ? new Date(card.lastReview) : null, createdAt: new Date(card.createdAt) });
      for (const l of logs) this.logs.push({ id: newId(), userId, cardId, ...l, due: new Date(l.due), reviewedAt: new Date(l.reviewedAt) });
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
 * - New account: the backup's imported texts are recreated, then every
 *   annotation on them and on public texts, under fresh ids.
 */
export async function restoreBackup(db: Db, userId: string, backup: Backup): Promise<RestoreResult> {
  const { bySlug, created } = await resolveTexts(db, userId, backup);
  const result: RestoreResult = { restored: 0, orphans: 0, textsCreated: created, skipped: { present: 0, noText: 0 } };

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
  if (backup.settings) {
    await db.studySettings.upsert({ where: { userId }, create: { userId, ...backup.settings }, update: backup.settings });
  }
  return result;
}
