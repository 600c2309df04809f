// Saved words, given a Prisma client (no "server-only": tests and scripts
// call it). A word is one VocabularyItem per user and headword; every place
// it is saved from adds a VocabularyContext with the sentence and its aligned
// translation, taken from the stored text rather than from the client.
// Someone else's id gets the same NOT_FOUND as an id that never existed.

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { visibleTextWhere } from "@/lib/texts/visibility";
import { loadWordStats } from "@/lib/words/word-stats";
import { ensureWordCards } from "./vocabulary-cards";
import { filterVocabulary, type VocabularyFilter } from "./vocabulary-filter";
import type { SaveWordInput, VocabularyItemDTO } from "./vocabulary-types";

export type Db = PrismaClient;
export type { SaveWordInput, VocabularyItemDTO } from "./vocabulary-types";
export type VocabularyError = "NOT_FOUND" | "QUOTE_MISMATCH";
export type VocabularyResult<T> = { ok: true; data: T } | { ok: false; error: VocabularyError };


const ok = <T>(data: T): VocabularyResult<T> => ({ ok: true, data });
const err = (error: VocabularyError): VocabularyResult<never> => ({ ok: false, error });

export async function saveWord(db: Db, userId: string, input: SaveWordInput): Promise<VocabularyResult<VocabularyItemDTO>> {
  const paragraph = await db.paragraph.findFirst({
    where: { id: input.paragraphId, text: visibleTextWhere(userId) },
    include: { sentences: true },
  });
  if (!paragraph) return err("NOT_FOUND");
  if (paragraph.zh.slice(input.start, input.end) !== input.headword) return err("QUOTE_MISMATCH");
  const zh = paragraph.sentences.filter((s) => s.lang === "zh").sort((a, b) => a.index - b.index);
  const own = zh.find((s) => s.start <= input.start && input.end <= s.end) ?? zh.find((s) => s.start <= input.start && input.start < s.end);
  const sentence = own ? paragraph.zh.slice(own.start, own.end) : paragraph.zh;
  const translation = own
    ? paragraph.sentences
        .filter((s) => s.lang === "en" && s.pair === own.pair)
        .sort((a, b) => a.index - b.index)
        .map((s) => paragraph.en.slice(s.start, s.end))
        .join(" ")
    : paragraph.en;

  const item = await db.vocabularyItem.upsert({
    where: { userId_headword: { userId, headword: input.headword } },
    create: { userId, headword: input.headword, pinyin: input.pinyin, definition: input.definition },
    update: {},
  });
  await ensureWordCards(db, userId, item.id);
  await db.vocabularyContext.upsert({
    where: { itemId_paragraphId_start: { itemId: item.id, paragraphId: paragraph.id, start: input.start } },
    create: {
      itemId: item.id,
      textId: paragraph.textId,
      paragraphId: paragraph.id,
      paragraphIndex: paragraph.index,
      start: input.start,
      end: input.end,
      sentence,
      translation,
    },
    update: {},
  });
  const saved = await loadItems(db, userId, { id: item.id });
  return ok(saved[0]);
}

export interface WordChanges {
  definition?: string;
  note?: string;
  status?: "learning" | "known";
}

export async function updateWord(db: Db, userId: string, id: string, changes: WordChanges): Promise<VocabularyResult<VocabularyItemDTO>> {
  const res = await db.vocabularyItem.updateMany({ where: { id, userId }, data: changes });
  if (res.count === 0) return err("NOT_FOUND");
  return ok((await loadItems(db, userId, { id }))[0]);
}

export async function deleteWord(db: Db, userId: string, id: string): Promise<VocabularyResult<{ id: string }>> {
  const res = await db.vocabularyItem.deleteMany({ where: { id, userId } });
  return res.count ? ok({ id }) : err("NOT_FOUND");
}

async function loadItems(db: Db, userId: string, where: { id?: string }): Promise<VocabularyItemDTO[]> {
  const rows = await db.vocabularyItem.findMany({
    where: { userId, ...where },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: {
      cards: { select: { kind: true, suspended: true } },
      contexts: {
        orderBy: { createdAt: "asc" },
        include: { text: { select: { slug: true, titleZh: true, titleEn: true } } },
      },
    },
  });
  const stats = loadWordStats();
  return rows.map((r) => ({
    id: r.id,
    headword: r.headword,
    pinyin: r.pinyin,
    definition: r.definition,
    note: r.note,
    status: r.status === "known" ? "known" : "learning",
    hskLevel: stats.hskLevel(r.headword),
    createdAt: r.createdAt.toISOString(),
    cards: {
      recognition: r.cards.some((c) => c.kind === "recognition" && !c.suspended),
      recall: r.cards.some((c) => c.kind === "recall" && !c.suspended),
      cloze: r.cards.some((c) => c.kind === "cloze" && !c.suspended),
    },
    contexts: r.contexts.map((c) => ({
      id: c.id,
      textSlug: c.text.slug,
      textTitle: c.text.titleZh || c.text.titleEn,
      paragraphId: c.paragraphId,
      paragraphIndex: c.paragraphIndex,
      sentence: c.sentence,
      translation: c.translation,
      start: c.start,
      end: c.end,
    })),
  }));
}

export async function listVocabulary(db: Db, userId: string, filter: VocabularyFilter = {}): Promise<VocabularyItemDTO[]> {
  return filterVocabulary(await loadItems(db, userId, {}), filter);
}
