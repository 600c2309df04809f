// Builds ReviewItems from stored rows: re-anchors each highlight against the
// paragraph as it is now, cuts out its sentence(s) for context, and finds the
// aligned counterpart. Plain functions over plain rows, shared by the notes
// list, the study queue and the exports.

import { resolveAnchor } from "@/lib/anchor/anchor";
import { counterpartText, joinSentences, pairsTouched } from "@/lib/anchor/counterpart";
import type { SentenceSpan } from "@/lib/reader/segments";
import type { TextAnchor } from "@/lib/anchor/anchor";
import type { HighlightColor } from "@/features/annotations/types";
import type { QuoteInContext, ReviewItem } from "./types";

/** A stored highlight part with its paragraph (null: the paragraph is gone). */
export interface PartRowForReview extends TextAnchor {
  id: string;
  paragraphIndex: number;
  lang: string;
  paragraph: { zh: string; en: string; sentences: (SentenceSpan & { lang: string })[] } | null;
}

/** An annotation with what every review surface shows of it. */
export interface AnnotationRowForReview {
  id: string;
  color: string;
  createdAt: Date;
  parts: PartRowForReview[];
  text: TextRow | null;
  note: { body: string; tags: { tag: { name: string } }[] } | null;
}

export type TextRow = NonNullable<ReviewItem["text"]>;

/** Whether the words around a quote give anything to recall it from (punctuation and spaces do not). */
export const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** The sentence(s) around [start, end) on one side, with the quote cut out. */
export function quoteInContext(text: string, sentences: readonly SentenceSpan[], start: number, end: number, lang: "zh" | "en"): QuoteInContext {
  const touching = sentences.filter((s) => s.start < end && s.end > start);
  const from = Math.min(start, ...touching.map((s) => s.start));
  const to = Math.max(end, ...touching.map((s) => s.end));
  const context: QuoteInContext = { lang, before: text.slice(from, start).trimStart(), quote: text.slice(start, end), after: text.slice(end, to).trimEnd() };
  if (hasWords(context.before) || hasWords(context.after)) return context;
  const prev = sentences.filter((s) => s.end <= from).sort((a, b) => b.end - a.end)[0];
  const next = sentences.filter((s) => s.start >= to).sort((a, b) => a.start - b.start)[0];
  const gap = (a: number, b: number) => (lang === "en" && a < b ? " " : "");
  return {
    ...context,
    neighbours: {
      before: prev ? text.slice(prev.start, prev.end).trim() + gap(prev.end, from) : "",
      after: next ? gap(to, next.start) + text.slice(next.start, next.end).trim() : "",
    },
  };
}

/** One item from an annotation and its parts (in reading order, as stored). */
export function buildReviewItem(a: AnnotationRowForReview): ReviewItem {
  const parts = a.parts;
  const lead = parts[0];
  const lang = lead.lang === "en" ? "en" : "zh";
  const other = lang === "zh" ? "en" : "zh";
  const contexts: QuoteInContext[] = [];
  const counterparts: string[] = [];
  let orphan = true;
  for (const h of parts) {
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
    key: a.id,
    highlightId: lead.id,
    isGroup: parts.length > 1,
    text: a.text,
    pairIndex: lead.paragraphIndex,
    color: a.color as HighlightColor,
    lang,
    quote: parts.map((h) => h.quote).join(" … "),
    contexts,
    counterpart: { lang: other, text: joinSentences(counterparts) },
    note: a.note ? { body: a.note.body, tags: a.note.tags.map((x) => x.tag.name).sort((x, y) => x.localeCompare(y)) } : null,
    orphan,
    createdAt: a.createdAt.toISOString(),
  };
}
