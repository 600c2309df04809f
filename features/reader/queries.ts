import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { visibleTextWhere } from "@/lib/texts/visibility";
import type { SentenceSpan } from "@/lib/reader/segments";
import { FIRST_WINDOW, MAX_WINDOW } from "./paragraph-window";
import { continueReading, listBooks, type ContinueAt } from "@/features/books/queries";

export interface ReaderParagraph {
  id: string;
  index: number;
  zh: string;
  en: string;
  zhSentences: SentenceSpan[];
  enSentences: SentenceSpan[];
}

export interface ReaderText {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  author: string | null;
  authorEn: string | null;
  source: string | null;
  sourceEn: string | null;
  url: string | null;
  publishedOn: string | null;
  notice: string | null;
  ownerId: string | null;
  /** Set when the text is a chapter of a book. */
  bookId: string | null;
  chapterIndex: number | null;
  /** All paragraph pairs of the text; `paragraphs` holds only the first FIRST_WINDOW of them. */
  paragraphCount: number;
  paragraphs: ReaderParagraph[];
}

export interface LibraryEntry {
  slug: string;
  /** The reader for a text, the contents page for a book. */
  href: string;
  /** Set for a book. */
  chapterCount: number | null;
  /** Where the viewer stopped reading it, if anywhere. */
  continueHref: string | null;
  titleZh: string;
  titleEn: string;
  author: string | null;
  authorEn: string | null;
  source: string | null;
  sourceEn: string | null;
  publishedOn: string | null;
  paragraphCount: number;
  isPrivate: boolean;
}

/** Texts and books, oldest first; a book's chapters are not entries of their own. */
export async function listLibraryTexts(viewerId?: string | null): Promise<LibraryEntry[]> {
  const texts = await db.text.findMany({
    where: { ...visibleTextWhere(viewerId), bookId: null },
    orderBy: { createdAt: "asc" },
    include: { _count: { select: { paragraphs: true } } },
  });
  const books = viewerId ? await listBooks(viewerId) : [];
  const resume = viewerId ? await continueReading(viewerId, texts.map((t) => t.id), books.map((b) => b.id)) : new Map<string, ContinueAt>();
  const bookEntries: LibraryEntry[] = books.map((b) => ({
    slug: b.slug,
    href: `/books/${b.slug}`,
    chapterCount: b.chapterCount,
    continueHref: resume.get(b.id)?.href ?? null,
    titleZh: b.titleZh,
    titleEn: b.titleEn,
    author: b.author,
    authorEn: null,
    source: b.source,
    sourceEn: null,
    publishedOn: null,
    paragraphCount: 0,
    isPrivate: true,
  }));
  return texts.map((t): LibraryEntry => ({
    slug: t.slug,
    href: `/texts/${t.slug}`,
    chapterCount: null,
    continueHref: resume.get(t.id)?.href ?? null,
    titleZh: t.titleZh,
    titleEn: t.titleEn,
    author: t.author,
    authorEn: t.authorEn,
    source: t.source,
    sourceEn: t.sourceEn,
    publishedOn: t.publishedOn,
    paragraphCount: t._count.paragraphs,
    isPrivate: t.ownerId !== null,
  })).concat(bookEntries);
}

type SpanRow = { paragraphId: string; lang: string; start: number; end: number; pair: number; confidence: number | null };

/** The text's metadata and its first paragraphs, or null when it does not exist or is someone else's. Cached per request: metadata and page both ask for it. */
export const getReaderText = cache(async (slug: string, viewerId?: string | null): Promise<ReaderText | null> => {
  const text = await db.text.findFirst({
    where: { slug, ...visibleTextWhere(viewerId) },
    include: { _count: { select: { paragraphs: true } } },
  });
  if (!text) return null;
  return {
    id: text.id,
    slug: text.slug,
    titleZh: text.titleZh,
    titleEn: text.titleEn,
    author: text.author,
    authorEn: text.authorEn,
    source: text.source,
    sourceEn: text.sourceEn,
    url: text.url,
    publishedOn: text.publishedOn,
    notice: text.notice,
    ownerId: text.ownerId,
    bookId: text.bookId,
    chapterIndex: text.chapterIndex,
    paragraphCount: text._count.paragraphs,
    paragraphs: await paragraphWindow(text.id, 0, FIRST_WINDOW),
  };
});

/** Paragraphs [from, from + count) of a text the viewer may open, or null when they may not. */
export async function getReaderParagraphs(slug: string, viewerId: string | null | undefined, from: number, count: number) {
  const text = await db.text.findFirst({ where: { slug, ...visibleTextWhere(viewerId) }, select: { id: true, _count: { select: { paragraphs: true } } } });
  if (!text) return null;
  return { textId: text.id, paragraphCount: text._count.paragraphs, paragraphs: await paragraphWindow(text.id, from, Math.min(count, MAX_WINDOW)) };
}

/**
 * Sentence spans are read with one plain SQL query, because a long text has
 * tens of thousands of them and the ORM's per-row mapping dominated the page time.
 */
async function paragraphWindow(textId: string, from: number, count: number): Promise<ReaderParagraph[]> {
  const paragraphs = await db.paragraph.findMany({
    where: { textId, index: { gte: from, lt: from + count } },
    orderBy: { index: "asc" },
    select: { id: true, index: true, zh: true, en: true },
  });
  if (paragraphs.length === 0) return [];
  const spans = await db.$queryRaw<SpanRow[]>`
    SELECT s."paragraphId", s."lang", s."start", s."end", s."pair", s."confidence"
    FROM "Sentence" s JOIN "Paragraph" p ON p."id" = s."paragraphId"
    WHERE p."textId" = ${textId} AND p."index" >= ${from} AND p."index" < ${from + count}
    ORDER BY s."paragraphId", s."lang", s."index"`;
  const byParagraph = new Map<string, { zh: SentenceSpan[]; en: SentenceSpan[] }>();
  for (const s of spans) {
    let entry = byParagraph.get(s.paragraphId);
    if (!entry) byParagraph.set(s.paragraphId, (entry = { zh: [], en: [] }));
    (s.lang === "zh" ? entry.zh : entry.en).push({ start: Number(s.start), end: Number(s.end), pair: Number(s.pair), ...(s.confidence === null ? {} : { confidence: Number(s.confidence) }) });
  }
  return paragraphs.map((p) => ({
    id: p.id,
    index: p.index,
    zh: p.zh,
    en: p.en,
    zhSentences: byParagraph.get(p.id)?.zh ?? [],
    enSentences: byParagraph.get(p.id)?.en ?? [],
  }));
}
