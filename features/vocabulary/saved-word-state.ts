import type { VocabularyItemDTO } from "./vocabulary-types";

export interface SavedWordState {
  item: VocabularyItemDTO;
  /** Whether this very place (paragraph and offset) is one of the word's contexts. */
  savedHere: boolean;
}

/** What the popup says about a word: not saved (null), saved elsewhere, or saved at this place. */
export function savedWordState(
  items: readonly VocabularyItemDTO[] | undefined,
  headword: string,
  place: { paragraphId: string; start: number },
): SavedWordState | null {
  const item = items?.find((i) => i.headword === headword);
  if (!item) return null;
  return { item, savedHere: item.contexts.some((c) => c.paragraphId === place.paragraphId && c.start === place.start) };
}
