// Search, filters and sorting of a vocabulary list: pure, so the page can
// filter as the reader types without a request, and the server the same way.
import { plainPinyin } from "@/lib/words/tone-marks";
import type { VocabularyItemDTO } from "./vocabulary-types";

export interface VocabularyFilter {
  q?: string;
  text?: string;
  /** HSK level 1–6, or 7 for words outside the lists. */
  hsk?: number;
  status?: "learning" | "known";
  sort?: "recent" | "pinyin" | "hsk";
}

/** True when the query matches the hanzi, the pinyin (tones optional, spaces ignored) or the definition / note. */
export function matchesQuery(item: Pick<VocabularyItemDTO, "headword" | "pinyin" | "definition" | "note">, q: string): boolean {
  const query = q.trim().toLowerCase();
  if (!query) return true;
  if (item.headword.includes(query)) return true;
  const bare = plainPinyin(query).replace(/\s+/g, "");
  if (/^[a-z]+$/.test(bare) && plainPinyin(item.pinyin).replace(/\s+/g, "").includes(bare)) return true;
  if (item.pinyin.toLowerCase().replace(/\s+/g, "").includes(query.replace(/\s+/g, ""))) return true;
  return item.definition.toLowerCase().includes(query) || item.note.toLowerCase().includes(query);
}

export function filterVocabulary(all: readonly VocabularyItemDTO[], filter: VocabularyFilter): VocabularyItemDTO[] {
  let items = [...all];
  if (filter.q) items = items.filter((i) => matchesQuery(i, filter.q!));
  if (filter.text) items = items.filter((i) => i.contexts.some((c) => c.textSlug === filter.text));
  if (filter.hsk) items = items.filter((i) => (i.hskLevel ?? 7) === filter.hsk);
  if (filter.status) items = items.filter((i) => i.status === filter.status);
  if (filter.sort === "pinyin") items.sort((a, b) => plainPinyin(a.pinyin).localeCompare(plainPinyin(b.pinyin)) || a.pinyin.localeCompare(b.pinyin));
  if (filter.sort === "hsk") items.sort((a, b) => (a.hskLevel ?? 7) - (b.hskLevel ?? 7));
  return items;
}
