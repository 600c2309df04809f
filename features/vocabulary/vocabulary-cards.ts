// Study cards of saved words: one per kind (recognition, recall, cloze),
// created when a word is first saved, and the card faces the study queue
// shows. Kept here, not in the review code, so study only has to know that a
// card points at a word.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newCardSchedule } from "@/lib/srs/scheduler";
import { headwordForms, maskHeadword } from "./recall-front";
import { WORD_CARD_KINDS, type StudyWord, type WordCardKind } from "@/features/review/study-types";

type Db = PrismaClient;

export function isWordCardKind(kind: string): kind is WordCardKind {
  return (WORD_CARD_KINDS as readonly string[]).includes(kind);
}

/** Gives a saved word its cards; an existing card (with its history, or turned off) is left alone. */
export async function ensureWordCards(db: Db, userId: string, itemId: string, now = new Date()): Promise<void> {
  const have = new Set((await db.card.findMany({ where: { vocabularyItemId: itemId }, select: { kind: true } })).map((c) => c.kind));
  const schedule = newCardSchedule(now);
  for (const kind of WORD_CARD_KINDS) {
    if (have.has(kind)) continue;
    try {
      await db.card.create({ data: { userId, kind, vocabularyItemId: itemId, ...schedule } });
    } catch {
      // created meanwhile by a concurrent save (unique key): it exists either way
    }
  }
}

/** Turns one kind of a word's cards on or off (off keeps the card and its history, suspended). */
export async function setWordCardEnabled(db: Db, userId: string, itemId: string, kind: WordCardKind, enabled: boolean): Promise<boolean> {
  const res = await db.card.updateMany({ where: { userId, vocabularyItemId: itemId, kind }, data: { suspended: !enabled } });
  return res.count > 0;
}

/** The faces of the study cards of these words: headword, reading, meaning and its first context. */
export async function loadStudyWords(db: Db, userId: string, itemIds: string[]): Promise<Map<string, StudyWord>> {
  if (!itemIds.length) return new Map();
  const rows = await db.vocabularyItem.findMany({
    where: { userId, id: { in: itemIds } },
    include: { contexts: { orderBy: { createdAt: "asc" }, take: 1, include: { text: { select: { titleZh: true, titleEn: true } } } } },
  });
  return new Map(
    rows.map((r) => {
      const c = r.contexts[0];
      const inSentence = c ? c.sentence.indexOf(r.headword) : -1;
      return [
        r.id,
        {
          headword: r.headword,
          pinyin: r.pinyin,
          definition: r.definition,
          recallFront: maskHeadword(r.definition, headwordForms(r.headword)),
          sentence: c?.sentence ?? "",
          start: Math.max(0, inSentence),
          end: inSentence < 0 ? 0 : inSentence + r.headword.length,
          translation: c?.translation ?? "",
          textTitle: c ? c.text.titleZh || c.text.titleEn : null,
        },
      ];
    }),
  );
}
