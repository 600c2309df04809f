// Saved words in the backup: each word with its contexts (by text slug and
// paragraph index, like annotation anchors) and its study cards with their
// review logs. Given a Prisma client, like backup-io.ts.
//
// A restore never overwrites: a word the account already has (same headword)
// is skipped whole, so a definition edited since the backup survives. A
// missing word is written with its cards' history. Each context is placed
// against the text as it is now: at its offsets when the word is still there,
// else at the nearest occurrence of the word in that paragraph, else kept
// with its sentence and translation but no paragraph link. A context whose
// text is neither in the backup nor visible to the account cannot be stored
// (a context belongs to a text) and is counted instead.

import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { BackupWord } from "@/lib/export/backup";
import { newId } from "@/lib/new-id";
import { newCardSchedule } from "@/lib/srs/scheduler";
import { WORD_CARD_KINDS } from "./study-types";
import { cardFromBackup, cardToBackup } from "./backup-cards";
import type { TargetText } from "./backup-texts";

type Db = PrismaClient;

/** Words per transaction: as for annotations, short enough that other requests interleave. */
const BATCH = 50;
const iso = (d: Date) => d.toISOString();

export async function exportWords(db: Db, userId: string): Promise<BackupWord[]> {
  const items = await db.vocabularyItem.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      contexts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { text: { select: { slug: true } } } },
      cards: { orderBy: { kind: "asc" }, include: { logs: { orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] } } },
    },
  });
  return items.map((w) => ({
    headword: w.headword,
    pinyin: w.pinyin,
    definition: w.definition,
    note: w.note,
    status: w.status === "known" ? "known" : "learning",
    createdAt: iso(w.createdAt),
    contexts: w.contexts.map((c) => ({
      textSlug: c.text.slug,
      paragraphIndex: c.paragraphIndex,
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      translation: c.translation,
      createdAt: iso(c.createdAt),
    })),
    cards: w.cards.flatMap((c) => (c.kind === "recognition" || c.kind === "recall" || c.kind === "cloze" ? [{ ...cardToBackup(c), kind: c.kind }] : [])),
  }));
}

export interface WordsRestoreResult {
  /** Words written anew. */
  restored: number;
  /** Already in the account under the same headword: left exactly as they are. */
  present: number;
  /** Contexts whose passage changed so the word is no longer in it: kept with their sentence, without a link into the text. */
  unlinked: number;
  /** Contexts whose text is neither in the backup nor visible to this account: not restored. */
  noText: number;
}

/** Where a saved word's context goes in the text as it is now. */
export function placeContext(text: TargetText, headword: string, c: BackupWord["contexts"][number]): { paragraphId: string | null; start: number; end: number } {
  const para = text.paragraphs.get(c.paragraphIndex);
  if (!para) return { paragraphId: null, start: c.start, end: c.end };
  if (para.zh.slice(c.start, c.end) === headword) return { paragraphId: para.id, start: c.start, end: c.end };
  let best = -1;
  for (let i = para.zh.indexOf(headword); i >= 0; i = para.zh.indexOf(headword, i + 1)) {
    if (best < 0 || Math.abs(i - c.start) < Math.abs(best - c.start)) best = i;
  }
  return best < 0 ? { paragraphId: null, start: c.start, end: c.end } : { paragraphId: para.id, start: best, end: best + headword.length };
}

export async function restoreWords(db: Db, userId: string, words: readonly BackupWord[], bySlug: Map<string, TargetText>, now = new Date()): Promise<WordsRestoreResult> {
  const result: WordsRestoreResult = { restored: 0, present: 0, unlinked: 0, noText: 0 };
  const have = new Set((await db.vocabularyItem.findMany({ where: { userId }, select: { headword: true } })).map((w) => w.headword));
  for (let i = 0; i < words.length; i += BATCH) {
    const items: Prisma.VocabularyItemCreateManyInput[] = [];
    const contexts: Prisma.VocabularyContextCreateManyInput[] = [];
    const cards: Prisma.CardCreateManyInput[] = [];
    const logs: Prisma.ReviewLogCreateManyInput[] = [];
    for (const w of words.slice(i, i + BATCH)) {
      if (have.has(w.headword)) {
        result.present++;
        continue;
      }
      have.add(w.headword);
      const itemId = newId();
      const createdAt = new Date(w.createdAt);
      items.push({ id: itemId, userId, headword: w.headword, pinyin: w.pinyin, definition: w.definition, note: w.note, status: w.status, createdAt, updatedAt: createdAt });
      // Two contexts of the backup at one place would break the (item, paragraph, start) key.
      const places = new Set<string>();
      for (const c of w.contexts) {
        const text = bySlug.get(c.textSlug);
        if (!text) {
          result.noText++;
          continue;
        }
        const placed = placeContext(text, w.headword, c);
        const key = `${placed.paragraphId ?? `${text.id}#${c.paragraphIndex}`}:${placed.start}`;
        if (places.has(key)) continue;
        places.add(key);
        if (!placed.paragraphId) result.unlinked++;
        contexts.push({ id: newId(), itemId, textId: text.id, paragraphIndex: c.paragraphIndex, sentence: c.sentence, translation: c.translation, createdAt: new Date(c.createdAt), ...placed });
      }
      for (const card of w.cards) {
        const { row, logs: cardLogs } = cardFromBackup(userId, card);
        cards.push({ ...row, vocabularyItemId: itemId });
        logs.push(...cardLogs);
      }
      // A word always has one card of each kind (as saving it from the reader gives it).
      const schedule = newCardSchedule(now);
      for (const kind of WORD_CARD_KINDS) if (!w.cards.some((c) => c.kind === kind)) cards.push({ id: newId(), userId, kind, vocabularyItemId: itemId, ...schedule });
      result.restored++;
    }
    if (items.length) {
      await db.$transaction(
        async (tx) => {
          await tx.vocabularyItem.createMany({ data: items });
          if (contexts.length) await tx.vocabularyContext.createMany({ data: contexts });
          if (cards.length) await tx.card.createMany({ data: cards });
          if (logs.length) await tx.reviewLog.createMany({ data: logs });
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}
