// What the vocabulary page, the popup and the exports get for a saved word.

/** A word saved from the reader, at its place in a paragraph. */
export interface SaveWordInput {
  paragraphId: string;
  /** UTF-16 offsets of the word in the paragraph's Chinese text. */
  start: number;
  end: number;
  headword: string;
  pinyin: string;
  definition: string;
}

export interface VocabularyContextDTO {
  id: string;
  textSlug: string;
  textTitle: string;
  /** Null once the paragraph is gone (a re-import). */
  paragraphId: string | null;
  paragraphIndex: number;
  sentence: string;
  translation: string;
  start: number;
  end: number;
}

export interface VocabularyItemDTO {
  id: string;
  headword: string;
  pinyin: string;
  definition: string;
  note: string;
  status: "learning" | "known";
  hskLevel: number | null;
  createdAt: string;
  contexts: VocabularyContextDTO[];
  /** Which of the word's study cards are on. */
  cards: { recognition: boolean; recall: boolean; cloze: boolean };
}

/** The react-query key of the signed-in user's saved words (page, popup and mutations share it). */
export const VOCABULARY_KEY = ["vocabulary"] as const;
