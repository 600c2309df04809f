// The CPU-heavy steps of a book import, as plain functions the book worker
// runs (book.worker.ts) and tests call directly: reading a file into
// chapters, repairing one chapter pair into paragraphs, and aligning its
// paragraphs and sentences into the stored shape.
import { alignDocument } from "@/lib/align";
import { pairsFromAlignment, toAlignedParagraphs } from "@/lib/import/preview-model";
import { checkSide, decodeUtf8, type SideProblem } from "@/lib/import/validate-side";
import { reflow } from "@/lib/text/reflow";
import type { AlignedParagraph } from "@/lib/texts/aligned-text";
import { chapterFeatures, type ChapterFeatures } from "./chapter-align";
import { readEpub } from "./epub";
import { readPlainBook } from "./plain";
import { BookError, type BookProblem, type ChapterSource } from "./types";

export type BookTask =
  | { op: "read"; name: string; bytes: Uint8Array; lang: "zh" | "en" }
  | { op: "paragraphs"; zh: string; en: string }
  | { op: "sentences"; zh: string[]; en: string[] };

export type ReadOutcome = { ok: true; book: ReadBook } | { ok: false; problem: BookProblem | "FILE_TYPE" };

/** A book read into chapters, with what the chapter alignment needs of each (computed here, off the server's thread). */
export interface ReadBook {
  source: ChapterSource;
  features: ChapterFeatures[];
}
export type ParagraphsOutcome = { ok: true; zh: string[]; en: string[] } | { ok: false; side: "zh" | "en"; problem: SideProblem };
export interface SentencesOutcome {
  paragraphs: AlignedParagraph[];
  zhSentences: number;
  enSentences: number;
}

export type BookTaskResult<T extends BookTask> = T extends { op: "read" } ? ReadOutcome : T extends { op: "paragraphs" } ? ParagraphsOutcome : SentencesOutcome;

const withFeatures = (source: ChapterSource, lang: "zh" | "en"): ReadOutcome => ({
  ok: true,
  book: { source, features: source.chapters.map((c) => chapterFeatures(c, lang)) },
});

export function readBookFile(name: string, bytes: Uint8Array, lang: "zh" | "en"): ReadOutcome {
  try {
    if (/\.epub$/i.test(name)) return withFeatures(readEpub(bytes), lang);
    if (!/\.(txt|md|markdown)$/i.test(name)) return { ok: false, problem: "FILE_TYPE" };
    const text = decodeUtf8(bytes);
    if (text === null) return { ok: false, problem: "NOT_UTF8" };
    return withFeatures(readPlainBook(text), lang);
  } catch (err) {
    if (err instanceof BookError) return { ok: false, problem: err.problem };
    return { ok: false, problem: "MALFORMED" };
  }
}

export function chapterParagraphs(zh: string, en: string): ParagraphsOutcome {
  for (const [side, text] of [["zh", zh], ["en", en]] as const) {
    const problem = checkSide(text, side);
    if (problem) return { ok: false, side, problem };
  }
  const zhParas = reflow(zh, { lang: "zh" });
  const enParas = reflow(en, { lang: "en" });
  if (zhParas.length === 0) return { ok: false, side: "zh", problem: "EMPTY" };
  if (enParas.length === 0) return { ok: false, side: "en", problem: "EMPTY" };
  return { ok: true, zh: zhParas, en: enParas };
}

export function chapterSentences(zh: string[], en: string[]): SentencesOutcome {
  const doc = alignDocument(zh, en);
  return { paragraphs: toAlignedParagraphs(pairsFromAlignment(zh, en, doc)), zhSentences: doc.zhSentences.length, enSentences: doc.enSentences.length };
}

export function runBookTask(task: BookTask): ReadOutcome | ParagraphsOutcome | SentencesOutcome {
  if (task.op === "read") return readBookFile(task.name, task.bytes, task.lang);
  if (task.op === "paragraphs") return chapterParagraphs(task.zh, task.en);
  return chapterSentences(task.zh, task.en);
}
