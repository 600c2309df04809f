// Builds ReviewItems from stored rows: re-anchors each highlight against the
// paragraph as it is now, cuts out its sentence(s) for context, and finds the
// aligned counterpart. Plain functions over plain rows, shared by the notes
// list, the study queue and the exports.

import { resolveAnchor } from "@/lib/anchor/anchor";
import { counterpartText, joinSentences, pairsTouched } from "@/lib/anchor/counterpart";
import type { SentenceSpan } from "@/lib/reader/segments";
import type { StoredHighlight } from "@/features/annotations/stored-highlight";
import type { HighlightColor } from "@/features/annotations/types";
import type { QuoteInContext, ReviewItem } from "./types";

export interface HighlightRowForReview extends StoredHighlight {
  textId: string;
  paragraph: { zh: string; en: string; sentences: (SentenceSpan & { lang: string })[] } | null;
}

export type TextRow = NonNullable<ReviewItem["text"]> & { id: string };
export type NoteRow = { body: string; tags: string[] };

/** The sentence(s) around [start, end) on one side, with the quote cut out. */
export function quoteInContext(text: string, sentences: readonly SentenceSpan[], start: number, end: number, lang: "zh" | "en"): QuoteInContext {
  const touching = sentences.filter((s) => s.start < end && s.end > start);
  const from = Math.min(start, ...touching.map((s) => s.start));
  const to = Math.max(end, ...touching.map((s) => s.end));
  return { lang, before: text.slice(from, start).trimStart(), quote: text.slice(start, end), after: text.slice(end, to).trimEnd() };
}

/** One item from all live highlights of one annotation (sorted here into reading order). */
export function buildReviewItem(key: string, parts: HighlightRowForReview[], text: TextRow | null, note: NoteRow | null): ReviewItem {
  const sorted = [...parts].sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.start - b.start);
  const lead = sorted[0];
  const lang = lead.lang === "en" ? "en" : "zh";
  const other = lang === "zh" ? "en" : "zh";
  const contexts: QuoteInContext[] = [];
  const counterparts: string[] = [];
  let orphan = true;
  for (const h of sorted) {
    const p = h.paragraph;
    const body = p ? p[lang] : null;
    const resolved = body === null ? ({ status: "orphan" } as const) : resolveAnchor(body, h);
    if (!p || body === null || resolved.status === "orphan") {
      // Shown from the stored quote selector: the passage is gone, the words are not.
      contexts.push({ lang, before: h.prefix, quote: h.quote, after: h.suffix });
      continue;
    }
    orphan = false;
    const own = p.sentences.filter((s) => s.lang === lang);
    contexts.push(quoteInContext(body, own, resolved.start, resolved.end, lang));
    const cp = counterpartText(p[other], p.sentences.filter((s) => s.lang === other), pairsTouched(own, resolved.start, resolved.end));
    if (cp) counterparts.push(cp);
  }
  return {
    key,
    highlightId: lead.id,
    isGroup: lead.groupId !== null,
    text: text ? { slug: text.slug, titleZh: text.titleZh, titleEn: text.titleEn, author: text.author, authorEn: text.authorEn, source: text.source, sourceEn: text.sourceEn } : null,
    pairIndex: lead.paragraphIndex,
    color: lead.color as HighlightColor,
    lang,
    quote: sorted.map((h) => h.quote).join(" … "),
    contexts,
    counterpart: { lang: other, text: joinSentences(counterparts) },
    note,
    orphan,
    createdAt: lead.createdAt.toISOString(),
  };
}
