// Plain data of the study page, shared by the server (queue, actions) and the client.

import type { RatingValue } from "@/lib/srs/scheduler";
import type { ReviewItem } from "./types";

export type CardKind = "forward" | "reverse";
export type FrontMode = "cloze" | "emphasis";

export interface StudySettingsDTO {
  autoCards: boolean;
  newPerDay: number;
  reviewsPerDay: number;
  frontMode: FrontMode;
}

export const DEFAULT_STUDY_SETTINGS: StudySettingsDTO = { autoCards: true, newPerDay: 20, reviewsPerDay: 200, frontMode: "cloze" };

export interface StudyCard {
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
  stats: StudyStats;
  settings: StudySettingsDTO;
}
