import "server-only";
import { db } from "@/lib/db";
import { visibleBookWhere } from "@/lib/texts/visibility";

// Books are always private imports: who may see one is visibleBookWhere, beside
// the rule for texts (lib/texts/visibility.ts) its chapters follow.

export interface BookChapterEntry {
  slug: string;
  titleZh: string;
  titleEn: string;
  chapterIndex: number;
  paragraphCount: number;
}

export interface BookView {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  author: string | null;
  source: string | null;
  url: string | null;
  chapters: BookChapterEntry[];
}

export interface ContinueAt {
  href: string;
  chapterTitle: string;
}

export async function getBook(slug: string, viewerId: string | null | undefined): Promise<BookView | null> {
  if (!viewerId) return null;
  const book = await db.book.findFirst({
    where: { slug, ...visibleBookWhere(viewerId) },
    include: { chapters: { orderBy: { chapterIndex: "asc" }, select: { slug: true, titleZh: true, titleEn: true, chapterIndex: true, _count: { select: { paragraphs: true } } } } },
  });
  if (!book) return null;
  return {
    ...book,
    chapters: book.chapters.map((c) => ({ slug: c.slug, titleZh: c.titleZh, titleEn: c.titleEn, chapterIndex: c.chapterIndex ?? 0, paragraphCount: c._count.paragraphs })),
  };
}

/** The chapter's place in its book and its neighbours, for "chapter N of M". */
export async function getChapterNav(bookId: string, chapterIndex: number) {
  const [book, prev, next, total] = await Promise.all([
    db.book.findUnique({ where: { id: bookId }, select: { slug: true, titleZh: true, titleEn: true } }),
    db.text.findFirst({ where: { bookId, chapterIndex: chapterIndex - 1 }, select: { slug: true } }),
    db.text.findFirst({ where: { bookId, chapterIndex: chapterIndex + 1 }, select: { slug: true } }),
    db.text.count({ where: { bookId } }),
  ]);
  return book ? { book, number: chapterIndex + 1, total, prev: prev?.slug ?? null, next: next?.slug ?? null } : null;
}

const at = (slug: string, paragraphIndex: number) => `/texts/${slug}${paragraphIndex > 0 ? `#pair-${paragraphIndex}` : ""}`;

/** Where the user stopped in each of these texts, or in any chapter of these books (the latest one). */
export async function continueReading(userId: string, textIds: string[], bookIds: string[]): Promise<Map<string, ContinueAt>> {
  const rows = await db.readingPosition.findMany({
    where: { userId, OR: [{ textId: { in: textIds } }, { text: { bookId: { in: bookIds } } }] },
    orderBy: { updatedAt: "desc" },
    select: { textId: true, paragraphIndex: true, text: { select: { slug: true, bookId: true, titleZh: true, titleEn: true } } },
  });
  const out = new Map<string, ContinueAt>();
  for (const r of rows) {
    const key = r.text.bookId ?? r.textId;
    if (!out.has(key)) out.set(key, { href: at(r.text.slug, r.paragraphIndex), chapterTitle: r.text.titleZh || r.text.titleEn });
  }
  return out;
}

export async function listBooks(viewerId: string) {
  const books = await db.book.findMany({ where: visibleBookWhere(viewerId), orderBy: { createdAt: "asc" }, include: { _count: { select: { chapters: true } } } });
  return books.map((b) => ({ id: b.id, slug: b.slug, titleZh: b.titleZh, titleEn: b.titleEn, author: b.author, source: b.source, chapterCount: b._count.chapters }));
}
