import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { validateAlignedText, type AlignedSentence, type AlignedTextInput } from "./aligned-text";

export function contentHash(text: AlignedTextInput): string {
  return createHash("sha256").update(JSON.stringify(text)).digest("hex");
}

function textMeta(text: AlignedTextInput, hash: string) {
  return {
    titleZh: text.titleZh,
    titleEn: text.titleEn,
    author: text.author ?? null,
    authorEn: text.authorEn ?? null,
    source: text.source ?? null,
    sourceEn: text.sourceEn ?? null,
    url: text.url ?? null,
    publishedOn: text.publishedOn ?? null,
    notice: text.notice ?? null,
    ownerId: text.ownerId ?? null,
    contentHash: hash,
  };
}

const sentenceRow = (s: AlignedSentence) => ({ lang: s.lang, index: s.index, start: s.start, end: s.end, pair: s.pair, confidence: s.confidence ?? null });

export type SaveResult = { status: "created" | "updated" | "unchanged"; id: string };

/**
 * Stores a text in one transaction. Re-saving the same content is a no-op,
 * so `npm start` can seed on every run. When content changed, paragraphs are
 * updated in place by index (their ids survive), so existing annotations keep
 * their paragraph and are re-anchored by quote rather than lost.
 */
export async function saveAlignedText(db: PrismaClient, text: AlignedTextInput): Promise<SaveResult> {
  const problems = validateAlignedText(text);
  if (problems.length > 0) throw new Error(`invalid aligned text "${text.slug}": ${problems.slice(0, 5).join("; ")}`);
  const hash = contentHash(text);
  const existing = await db.text.findUnique({ where: { slug: text.slug }, select: { id: true, contentHash: true } });
  if (existing?.contentHash === hash) return { status: "unchanged", id: existing.id };

  const meta = textMeta(text, hash);


  if (!existing) return createNew(db, text, meta);

  return db.$transaction(async (tx) => {
    const row = existing
      ? await tx.text.update({ where: { id: existing.id }, data: meta })
      : await tx.text.create({ data: { slug: text.slug, ...meta } });
    for (const [index, p] of text.paragraphs.entries()) {
      const para = await tx.paragraph.upsert({
        where: { textId_index: { textId: row.id, index } },
        create: { textId: row.id, index, zh: p.zh, en: p.en },
        update: { zh: p.zh, en: p.en },
      });
      await tx.sentence.deleteMany({ where: { paragraphId: para.id } });
      await tx.sentence.createMany({
        data: p.sentences.map((s) => ({ paragraphId: para.id, ...sentenceRow(s) })),
      });
    }
    await tx.paragraph.deleteMany({ where: { textId: row.id, index: { gte: text.paragraphs.length } } });
    return { status: "updated", id: row.id };
  });
}

/** A new text in three bulk inserts, so a 1,000-paragraph import is not 3,000 round trips. */
async function createNew(db: PrismaClient, text: AlignedTextInput, meta: ReturnType<typeof textMeta>): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.text.create({ data: { slug: text.slug, ...meta } });
    await tx.paragraph.createMany({ data: text.paragraphs.map((p, index) => ({ textId: row.id, index, zh: p.zh, en: p.en })) });
    const ids = await tx.paragraph.findMany({ where: { textId: row.id }, select: { id: true, index: true } });
    const idOf = new Map(ids.map((p) => [p.index, p.id]));
    await tx.sentence.createMany({
      data: text.paragraphs.flatMap((p, index) =>
        p.sentences.map((s) => ({ paragraphId: idOf.get(index)!, ...sentenceRow(s) })),
      ),
    });
    return { status: "created" as const, id: row.id };
  });
}
