// Stores a whole book in ONE transaction, so a failed import (a bad chapter, a
// full disk, a crash) leaves nothing half-saved: no book without chapters and
// no chapter without its sentences.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeSlug } from "@/lib/import/slug";
import { validateAlignedText, type AlignedParagraph } from "@/lib/texts/aligned-text";

export interface BookMeta {
  titleZh: string;
  titleEn: string;
  author: string | null;
  source: string | null;
  url: string | null;
}

export interface BookChapter {
  titleZh: string;
  titleEn: string;
  paragraphs: AlignedParagraph[];
}

/** SQLite's bound-parameter limit is 32,766; sentences take 7 each. */
const BATCH = 4000;

export async function saveBook(
  db: PrismaClient,
  ownerId: string,
  meta: BookMeta,
  chapters: BookChapter[],
  slug = makeSlug(meta.titleEn || meta.titleZh),
): Promise<{ id: string; slug: string }> {
  chapters.forEach((c, i) => {
    const problems = validateAlignedText({ slug: `chapter-${i}`, titleZh: c.titleZh, titleEn: c.titleEn, paragraphs: c.paragraphs });
    if (problems.length > 0) throw new Error(`chapter ${i + 1}: ${problems.slice(0, 3).join("; ")}`);
  });
  return db.$transaction(
    async (tx) => {
      const book = await tx.book.create({ data: { slug, ownerId, ...meta } });
      for (const [chapterIndex, c] of chapters.entries()) {
        const text = await tx.text.create({
          data: {
            slug: `${slug}-${chapterIndex + 1}`,
            titleZh: c.titleZh,
            titleEn: c.titleEn,
            author: meta.author,
            source: meta.source,
            url: meta.url,
            ownerId,
            bookId: book.id,
            chapterIndex,
          },
        });
        await tx.paragraph.createMany({ data: c.paragraphs.map((p, index) => ({ textId: text.id, index, zh: p.zh, en: p.en })) });
        const ids = await tx.paragraph.findMany({ where: { textId: text.id }, select: { id: true, index: true } });
        const idOf = new Map(ids.map((p) => [p.index, p.id]));
        const rows = c.paragraphs.flatMap((p, index) => p.sentences.map((s) => ({ paragraphId: idOf.get(index)!, ...s })));
        for (let k = 0; k < rows.length; k += BATCH) await tx.sentence.createMany({ data: rows.slice(k, k + BATCH) });
      }
      return { id: book.id, slug };
    },
    // A long novel is tens of thousands of rows: far past the 5 s default.
    { timeout: 300_000, maxWait: 30_000 },
  );
}
