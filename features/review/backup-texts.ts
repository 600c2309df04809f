// The texts a backup holds and where they land on restore: the user's own
// imports and books, written out whole, and on the way back each slug the
// backup mentions (by an annotation, a saved word's context, or a text or
// book of its own) mapped to a text this account can see, recreating what it
// lacks. Given a Prisma client, like backup-io.ts.

import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Backup, BackupBook, BackupText } from "@/lib/export/backup";
import { saveBook } from "@/lib/books/save-book";
import { makeSlug } from "@/lib/import/slug";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { visibleTextWhere } from "@/lib/texts/visibility";

type Db = PrismaClient;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const withParagraphs = {
  paragraphs: { orderBy: { index: "asc" }, include: { sentences: { orderBy: [{ lang: "asc" }, { index: "asc" }] } } },
} satisfies Prisma.TextInclude;

type StoredParagraph = { zh: string; en: string; sentences: { lang: string; index: number; start: number; end: number; pair: number; confidence: number | null }[] };

const paragraphsOf = (paragraphs: StoredParagraph[]): BackupText["paragraphs"] =>
  paragraphs.map((p) => ({
    zh: p.zh,
    en: p.en,
    sentences: p.sentences.map((s) => ({ lang: s.lang === "en" ? ("en" as const) : ("zh" as const), index: s.index, start: s.start, end: s.end, pair: s.pair, confidence: s.confidence })),
  }));

/** The user's own standalone imports, whole (the seed is public and needs no backup; chapters go with their book). */
export async function exportTexts(db: Db, userId: string): Promise<BackupText[]> {
  const texts = await db.text.findMany({ where: { ownerId: userId, bookId: null }, orderBy: { createdAt: "asc" }, include: withParagraphs });
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
    paragraphs: paragraphsOf(t.paragraphs),
  }));
}

/** The user's books, each with its chapters in order. */
export async function exportBooks(db: Db, userId: string): Promise<BackupBook[]> {
  const books = await db.book.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "asc" },
    include: { chapters: { orderBy: { chapterIndex: "asc" }, include: withParagraphs } },
  });
  return books
    .filter((b) => b.chapters.length > 0)
    .map((b) => ({
      slug: b.slug,
      titleZh: b.titleZh,
      titleEn: b.titleEn,
      author: b.author,
      source: b.source,
      url: b.url,
      chapters: b.chapters.map((c) => ({ slug: c.slug, titleZh: c.titleZh, titleEn: c.titleEn, paragraphs: paragraphsOf(c.paragraphs) })),
    }));
}

export interface TargetText {
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

const contentOnly = { paragraphs: { select: { zh: true, en: true }, orderBy: { index: "asc" } } } satisfies Prisma.TextSelect;

/** A text of the user's with the same titles and paragraphs as a backup copy. */
async function findOwnCopy(db: Db, userId: string, copy: BackupText): Promise<string | null> {
  const candidates = await db.text.findMany({ where: { ownerId: userId, bookId: null, titleZh: copy.titleZh, titleEn: copy.titleEn }, select: { id: true, ...contentOnly } });
  return candidates.find((c) => sameContent(copy.paragraphs, c.paragraphs))?.id ?? null;
}

/**
 * The account's copy of a backup book, as chapter text ids in order: the
 * user's book under the same slug, else one restored before under a fresh
 * slug (same titles and chapters), else null.
 */
async function findOwnBook(db: Db, userId: string, book: BackupBook): Promise<string[] | null> {
  const chapters = { chapters: { orderBy: { chapterIndex: "asc" }, select: { id: true, ...contentOnly } } } satisfies Prisma.BookSelect;
  const same = await db.book.findFirst({ where: { slug: book.slug, ownerId: userId }, select: { id: true, ...chapters } });
  if (same) return same.chapters.map((c) => c.id);
  const candidates = await db.book.findMany({ where: { ownerId: userId, titleZh: book.titleZh, titleEn: book.titleEn }, select: { id: true, ...chapters } });
  const copy = candidates.find((c) => c.chapters.length === book.chapters.length && c.chapters.every((ch, i) => sameContent(book.chapters[i].paragraphs, ch.paragraphs)));
  return copy ? copy.chapters.map((c) => c.id) : null;
}

/** Recreates a book with its chapters (one transaction), under its own slug when that and its chapters' slugs are free. */
async function recreateBook(db: Db, userId: string, book: BackupBook): Promise<string[]> {
  const slugTaken = async (slug: string) =>
    !!(await db.book.findUnique({ where: { slug }, select: { id: true } })) ||
    (await db.text.count({ where: { slug: { in: book.chapters.map((_, i) => `${slug}-${i + 1}`) } } })) > 0;
  const slug = (await slugTaken(book.slug)) ? makeSlug(book.titleEn || book.titleZh) : book.slug;
  const meta = { titleZh: book.titleZh, titleEn: book.titleEn, author: book.author, source: book.source, url: book.url };
  const saved = await saveBook(db, userId, meta, book.chapters, slug);
  const rows = await db.text.findMany({ where: { bookId: saved.id }, orderBy: { chapterIndex: "asc" }, select: { id: true } });
  return rows.map((r) => r.id);
}

export interface ResolvedTexts {
  bySlug: Map<string, TargetText>;
  textsCreated: number;
  booksCreated: number;
}

/**
 * Where each backup text slug lands in this account. A book maps its chapter
 * slugs onto the account's copy of the book, recreated when missing (so its
 * chapters come back as a book, with annotations and words on them). Any
 * other slug: an existing text the user may see under it (theirs, or
 * public), else the backup's own copy recreated as the user's private text
 * (under a fresh slug when the slug is taken by someone else's text).
 */
export async function resolveTexts(db: Db, userId: string, backup: Backup): Promise<ResolvedTexts> {
  const bySlug = new Map<string, TargetText>();
  let textsCreated = 0;
  let booksCreated = 0;
  for (const book of backup.books) {
    let ids = await findOwnBook(db, userId, book);
    if (!ids) {
      ids = await recreateBook(db, userId, book);
      booksCreated++;
    }
    for (const [i, chapter] of book.chapters.entries()) if (ids[i]) bySlug.set(chapter.slug, await loadTarget(db, ids[i]));
  }

  const own = new Map(backup.texts.map((t) => [t.slug, t]));
  const mentioned = [...backup.annotations.map((a) => a.textSlug), ...backup.words.flatMap((w) => w.contexts.map((c) => c.textSlug)), ...own.keys()];
  for (const slug of new Set(mentioned)) {
    if (bySlug.has(slug)) continue;
    const visible = await db.text.findFirst({ where: { slug, ...visibleTextWhere(userId) }, select: { id: true, ownerId: true, ...contentOnly } });
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
    textsCreated++;
    bySlug.set(slug, await loadTarget(db, saved.id));
  }
  return { bySlug, textsCreated, booksCreated };
}
