// The vocabulary as files: an Anki "Notes in Plain Text" TSV with one field
// per column (so a note type can lay them out) and the header lines Anki
// 2.1.54+ reads, and a CSV with the same columns for spreadsheets.
import { CSV_BOM, csvField } from "@/lib/export/csv";
import type { VocabularyItemDTO } from "./vocabulary-types";

export const VOCABULARY_COLUMNS = ["Hanzi", "Pinyin", "Definition", "Sentence", "Translation", "Source", "Tags"] as const;

/** Anki tags are space-separated words. */
const tag = (s: string) => s.trim().replace(/\s+/g, "_");

function row(item: VocabularyItemDTO): string[] {
  const c = item.contexts[0];
  const tags = ["bilingual-reader", item.hskLevel ? `HSK${item.hskLevel}` : "", item.status === "known" ? "known" : "", ...new Set(item.contexts.map((x) => x.textSlug))];
  return [item.headword, item.pinyin, item.definition, c?.sentence ?? "", c?.translation ?? "", c?.textTitle ?? "", tags.filter(Boolean).map(tag).join(" ")];
}

/** Tabs and line breaks would break Anki's columns (html:false keeps the text literal). */
const plain = (s: string) => s.replace(/[\t\r\n]+/g, " ");

export function vocabularyToAnkiTsv(items: readonly VocabularyItemDTO[]): string {
  const lines = ["#separator:tab", "#html:false", `#columns:${VOCABULARY_COLUMNS.join("\t")}`, `#tags column:${VOCABULARY_COLUMNS.length}`];
  for (const item of items) lines.push(row(item).map(plain).join("\t"));
  return lines.join("\n") + "\n";
}

export function vocabularyToCsv(items: readonly VocabularyItemDTO[]): string {
  return CSV_BOM + [[...VOCABULARY_COLUMNS], ...items.map(row)].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
