// Stores a whole book in ONE transaction, so a failed import (a bad chapter, a
// full disk, a crash) leaves nothing half-saved: no book without chapters and
// no chapter without its sentences.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { makeSlug } from "@/lib/import/slug";
import { newId } from "@/lib/new-id";
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

/**
 * Parameters per INSERT: well under SQLite's 32,766, and small enough that one
 * statement (which blocks the thread) stays around 50 ms; the transaction
 * lets other requests in between statements (lib/serialized-adapter.ts).
 */
const MAX_PARAMS = 7_000;

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Multi-row INSERTs in plain SQL: a novel is ~30,000 sentence rows, and
 * Prisma's createMany took ~0.3 ms a row here against ~0.1 ms for this
 * (bench:book's saving step went from 20 s to a few).
 */
async function insertRows(tx: Tx, into: string, width: number, rows: unknown[][]) {
  const per = Math.floor(MAX_PARAMS / width);
  for (let k = 0; k < rows.length; k += per) {
    const chunk = rows.slice(k, k + per);
    // Prisma.sql writes each provider's placeholders (? for SQLite, $n for PostgreSQL).
    const values = Prisma.join(chunk.map((row) => Prisma.sql`(${Prisma.join(row)})`));
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(into)} VALUES ${values}`;
  }
}

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
        const paraIds = c.paragraphs.map(() => newId());
        await insertRows(tx, `"Paragraph" ("id", "textId", "index", "zh", "en")`, 5, c.paragraphs.map((p, index) => [paraIds[index], text.id, index, p.zh, p.en]));
        await insertRows(
          tx,
          `"Sentence" ("id", "paragraphId", "lang", "index", "start", "end", "pair", "confidence")`,
          8,
          c.paragraphs.flatMap((p, index) => p.sentences.map((s) => [newId(), paraIds[index], s.lang, s.index, s.start, s.end, s.pair, s.confidence ?? null])),
        );
      }
      return { id: book.id, slug };
    },
    // A long novel is tens of thousands of rows: far past the 5 s default.
    { timeout: 300_000, maxWait: 30_000 },
  );
}
