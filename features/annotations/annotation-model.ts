// Derived views over a text's annotations, shared by the reader overlay and
// the notes panel: grouping by note key, reading order, counterparts.

import { counterpartText, joinSentences, pairsTouched } from "@/lib/anchor/counterpart";
import type { ReaderParagraph } from "@/features/reader/queries";
import { noteKeyOf, noteKeyOfNote, type HighlightDTO, type NoteDTO, type TextAnnotations } from "./types";

/** A paragraph pair as the reader holds it. */
export type ParagraphLike = ReaderParagraph;

export interface AnnotationItem {
  noteKey: string;
  highlights: HighlightDTO[];
  note: NoteDTO | undefined;
  orphan: boolean;
}

const readingOrder = (a: HighlightDTO, b: HighlightDTO) =>
  a.paragraphIndex - b.paragraphIndex || (a.lang === b.lang ? 0 : a.lang === "zh" ? -1 : 1) || a.start - b.start;

/** One item per annotation (a group counts once), in reading order. */
export function annotationItems(data: TextAnnotations | undefined): AnnotationItem[] {
  if (!data) return [];
  const notes = new Map(data.notes.map((n) => [noteKeyOfNote(n), n]));
  const byKey = new Map<string, HighlightDTO[]>();
  for (const h of [...data.highlights].sort(readingOrder)) {
    const key = noteKeyOf(h);
    byKey.set(key, [...(byKey.get(key) ?? []), h]);
  }
  return [...byKey.entries()].map(([noteKey, highlights]) => ({
    noteKey,
    highlights,
    note: notes.get(noteKey),
    orphan: highlights.every((h) => h.status === "orphan"),
  }));
}

/** The aligned sentences on the other side for every part of an annotation. */
export function counterpartOf(highlights: HighlightDTO[], paragraphs: Map<string, ParagraphLike>) {
  const lang = highlights[0]?.lang ?? "zh";
  const other = lang === "zh" ? "en" : "zh";
  const texts: string[] = [];
  const keys: string[] = [];
  for (const h of highlights) {
    const p = h.paragraphId ? paragraphs.get(h.paragraphId) : undefined;
    if (!p || h.status === "orphan") continue;
    const pairs = pairsTouched(lang === "zh" ? p.zhSentences : p.enSentences, h.start, h.end);
    const text = counterpartText(p[other], other === "zh" ? p.zhSentences : p.enSentences, pairs);
    if (text) texts.push(text);
    for (const pair of pairs) keys.push(`${p.index}.${pair}`);
  }
  return { lang: other as "zh" | "en", text: joinSentences(texts), sentenceKeys: keys };
}
