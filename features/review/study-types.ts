// Plain data of the study page, shared by the server (queue, actions) and the client.

import type { RatingValue } from "@/lib/srs/scheduler";
import type { ReviewItem } from "./types";

export type CardKind = "forward" | "reverse";
/** Cards of a saved word: hanzi → pinyin + meaning, meaning → hanzi, and the sentence with the word blanked. */
export type WordCardKind = "recognition" | "recall" | "cloze";
export const WORD_CARD_KINDS: readonly WordCardKind[] = ["recognition", "recall", "cloze"];
export type FrontMode = "cloze" | "emphasis";

/** Which cards a study session shows: all, highlight cards (either direction), word cards, or one kind of word card. */
export const STUDY_FILTERS = ["all", "highlights", "words", "recognition", "recall", "cloze"] as const;
export type StudyFilter = (typeof STUDY_FILTERS)[number];

/** The card kinds a filter takes (null: every kind). A card's kind alone says whether it is a highlight's or a word's. */
export function filterKinds(filter: StudyFilter): readonly string[] | null {
  if (filter === "all") return null;
  if (filter === "highlights") return ["forward", "reverse"];
  if (filter === "words") return WORD_CARD_KINDS;
  return [filter];
}

export const filterTakes = (filter: StudyFilter, kind: string) => filterKinds(filter)?.includes(kind) ?? true;

export interface StudySettingsDTO {
  autoCards: boolean;
  newPerDay: number;
  reviewsPerDay: number;
  frontMode: FrontMode;
}

export const DEFAULT_STUDY_SETTINGS: StudySettingsDTO = { autoCards: true, newPerDay: 20, reviewsPerDay: 200, frontMode: "cloze" };

/** A saved word as its study card shows it. */
export interface StudyWord {
  headword: string;
  pinyin: string;
  definition: string;
  /** The first context: the sentence it was saved from, the word's offsets in it, and the aligned translation. */
  sentence: string;
  start: number;
  end: number;
  translation: string;
  textTitle: string | null;
}

export interface StudyWordCard {
  type: "word";
  id: string;
  kind: WordCardKind;
  reps: number;
  isNew: boolean;
  word: StudyWord;
  intervals: Record<RatingValue, number>;
}

export type StudyCard = StudyAnnotationCard | StudyWordCard;

export interface StudyAnnotationCard {
  type: "annotation";
  id: string;
  kind: CardKind;
  /** Sent back with the rating, so a double submit is refused instead of counted twice. */
  reps: number;
  isNew: boolean;
  item: ReviewItem;
  /** Pinyin of the highlighted Chinese words (null when the highlight is English). */
  pinyin: string | null;
  /** Milliseconds until due again for each rating, for the button labels. */
  intervals: Record<RatingValue, number>;
}

export interface StudyStats {
  /** Cards in today's queue right now (due reviews within the limit, plus new cards left today). */
  dueNow: number;
  /** The same, counting reviews that fall due later today. */
  dueToday: number;
  reviewedToday: number;
  streak: number;
  /** Share of graduated-card reviews not answered Again, last 30 days; null without any. */
  retention30: number | null;
}

export interface StudyQueue {
  cards: StudyCard[];
  /** Counted within the filter, so "due now" is what this session holds. */
  stats: StudyStats;
  settings: StudySettingsDTO;
  filter: StudyFilter;
  /** Cards in today's queue right now under each filter (within the daily limits). */
  counts: Record<StudyFilter, number>;
}
