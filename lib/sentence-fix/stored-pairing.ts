// The sentence fix-up on a saved text: the stored sentence spans of one
// paragraph pair as a SentencePairing and back, and the write itself. Only
// the rows' `pair` and `confidence` change; spans, paragraph text and the
// paragraph row stay, so highlight anchors (paragraph id + offsets + quote)
// and vocabulary contexts stay exactly where they were.

import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Bead } from "@/lib/align/types";
import type { SentenceSpan } from "@/lib/reader/segments";
import { applySentenceFix, sameBeads, type FixRefusal, type SentenceFix, type SentencePairing } from "./sentence-fix";

export interface StoredSides {
  zh: string;
  en: string;
  zhSentences: readonly SentenceSpan[];
  enSentences: readonly SentenceSpan[];
}

/** A paragraph's stored spans as beads: pair numbers in ascending order become beads 0, 1, … */
export function pairingFromSpans(p: StoredSides): SentencePairing {
  const pairs = [...new Set([...p.zhSentences, ...p.enSentences].map((s) => s.pair))].sort((a, b) => a - b);
  const beadOf = new Map(pairs.map((pair, k) => [pair, k]));
  const beads: Bead[] = pairs.map(() => [[], []]);
  const scores: Array<number | null> = pairs.map(() => null);
  const collect = (spans: readonly SentenceSpan[], side: 0 | 1) =>
    spans.forEach((s, i) => {
      const k = beadOf.get(s.pair)!;
      beads[k][side].push(i);
      if (typeof s.confidence === "number") scores[k] = s.confidence;
    });
  collect(p.zhSentences, 0);
  collect(p.enSentences, 1);
  return {
    zh: p.zhSentences.map((s) => p.zh.slice(s.start, s.end)),
    en: p.enSentences.map((s) => p.en.slice(s.start, s.end)),
    beads,
    scores,
  };
}

/** The same spans, re-paired as the pairing says. */
export function spansFromPairing(p: StoredSides, pairing: SentencePairing): { zhSentences: SentenceSpan[]; enSentences: SentenceSpan[] } {
  const side = (spans: readonly SentenceSpan[], s: 0 | 1) => {
    const beadOf = new Map<number, number>();
    pairing.beads.forEach((b, k) => b[s].forEach((i) => beadOf.set(i, k)));
    return spans.map((span, i) => ({ start: span.start, end: span.end, pair: beadOf.get(i)!, confidence: pairing.scores[beadOf.get(i)!] ?? null }));
  };
  return { zhSentences: side(p.zhSentences, 0), enSentences: side(p.enSentences, 1) };
}

export interface SavedFixInput {
  textSlug: string;
  paragraphId: string;
  /** The beads the client saw: a fix made on an out-of-date view is refused rather than applied to something else. */
  beads: Bead[];
  fix: SentenceFix;
}

export type SavedFixOutcome =
  | { ok: true; paragraphId: string; zhSentences: SentenceSpan[]; enSentences: SentenceSpan[] }
  | { ok: false; error: "NOT_FOUND" | "CONFLICT" | FixRefusal };

type Db = Pick<PrismaClient, "paragraph" | "sentence" | "$transaction">;

/**
 * Applies one fix to a paragraph pair of a text `userId` owns. The seed text
 * and someone else's text answer NOT_FOUND, like a paragraph that does not
 * exist. The sentences are deleted and inserted again rather than updated:
 * the search triggers that keep each highlight's counterpart text in step
 * fire on insert and delete.
 */
export async function applyFixToSavedText(db: Db, userId: string, input: SavedFixInput): Promise<SavedFixOutcome> {
  return db.$transaction(async (tx) => {
    const para = await tx.paragraph.findFirst({
      where: { id: input.paragraphId, text: { slug: input.textSlug, ownerId: userId } },
      select: { id: true, zh: true, en: true, sentences: { orderBy: [{ lang: "asc" }, { index: "asc" }] } },
    });
    if (!para) return { ok: false, error: "NOT_FOUND" } as const;
    const rows = para.sentences;
    const stored: StoredSides = {
      zh: para.zh,
      en: para.en,
      zhSentences: rows.filter((r) => r.lang === "zh"),
      enSentences: rows.filter((r) => r.lang === "en"),
    };
    const current = pairingFromSpans(stored);
    if (!sameBeads(current.beads, input.beads)) return { ok: false, error: "CONFLICT" } as const;
    const outcome = applySentenceFix(current, input.fix);
    if (!outcome.ok) return { ok: false, error: outcome.reason } as const;
    const spans = spansFromPairing(stored, outcome.pairing);
    const row = (lang: "zh" | "en", index: number, s: SentenceSpan) => ({ paragraphId: para.id, lang, index, start: s.start, end: s.end, pair: s.pair, confidence: s.confidence ?? null });
    await tx.sentence.deleteMany({ where: { paragraphId: para.id } });
    await tx.sentence.createMany({ data: [...spans.zhSentences.map((s, i) => row("zh", i, s)), ...spans.enSentences.map((s, i) => row("en", i, s))] });
    return { ok: true, paragraphId: para.id, ...spans } as const;
  });
}
