import "server-only";
import { db } from "@/lib/db";
import type { SentenceSpan } from "@/lib/reader/segments";

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
  paragraphs: ReaderParagraph[];
}

export interface LibraryEntry {
  slug: string;
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

/** Texts a viewer may open: the public ones, plus their own imports. */
function visibleTo(viewerId: string | null | undefined) {
  return viewerId ? { OR: [{ ownerId: null }, { ownerId: viewerId }] } : { ownerId: null };
}

export async function listLibraryTexts(viewerId?: string | null): Promise<LibraryEntry[]> {
  const texts = await db.text.findMany({
    where: visibleTo(viewerId),
    orderBy: { createdAt: "asc" },
    include: { _count: { select: { paragraphs: true } } },
  });
  return texts.map((t) => ({
    slug: t.slug,
    titleZh: t.titleZh,
    titleEn: t.titleEn,
    author: t.author,
    authorEn: t.authorEn,
    source: t.source,
    sourceEn: t.sourceEn,
    publishedOn: t.publishedOn,
    paragraphCount: t._count.paragraphs,
    isPrivate: t.ownerId !== null,
  }));
}

/** The whole text for the reader, or null when it does not exist or is someone else's. */
export async function getReaderText(slug: string, viewerId?: string | null): Promise<ReaderText | null> {
  const text = await db.text.findFirst({
    where: { slug, ...visibleTo(viewerId) },
    include: {
      paragraphs: {
        orderBy: { index: "asc" },
        include: { sentences: { orderBy: [{ lang: "asc" }, { index: "asc" }] } },
      },
    },
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
    paragraphs: text.paragraphs.map((p) => ({
      id: p.id,
      index: p.index,
      zh: p.zh,
      en: p.en,
      zhSentences: p.sentences.filter((s) => s.lang === "zh").map(({ start, end, pair }) => ({ start, end, pair })),
      enSentences: p.sentences.filter((s) => s.lang === "en").map(({ start, end, pair }) => ({ start, end, pair })),
    })),
  };
}
