// What the front of a cloze card shows. A highlight inside a sentence is
// blanked in its sentence. A highlight that fills its whole sentence would
// leave only "[…]", so its front gains what a learner can recall it from:
// the sentences either side of the blank, and the aligned translation as the
// cue (as Anki's sentence cards do: read the meaning, produce the words).
// With neither, a blank is pointless, so the card falls back to showing the
// words marked (recognition) instead.

import { hasWords } from "./review-item";
import type { QuoteInContext, ReviewItem } from "./types";

export interface ClozeFront {
  /** "blank": the quote is blanked; "mark": nothing to recall it from, so it is shown marked. */
  mode: "blank" | "mark";
  /** Each part's context, widened to its neighbours where the part fills its sentence. */
  contexts: QuoteInContext[];
  /** The aligned translation, shown as the cue when a part has no words of its own around it. */
  cue: { lang: "zh" | "en"; text: string } | null;
}

const widened = (c: QuoteInContext): QuoteInContext =>
  c.neighbours ? { ...c, before: c.neighbours.before + c.before, after: c.after + c.neighbours.after } : c;

export function clozeFront(item: Pick<ReviewItem, "contexts" | "counterpart">): ClozeFront {
  const bare = item.contexts.filter((c) => !hasWords(c.before) && !hasWords(c.after));
  if (bare.length === 0) return { mode: "blank", contexts: item.contexts, cue: null };
  const contexts = item.contexts.map(widened);
  const cue = item.counterpart.text.trim() ? item.counterpart : null;
  const stillBare = contexts.every((c) => !hasWords(c.before) && !hasWords(c.after));
  if (!cue && stillBare) return { mode: "mark", contexts: item.contexts, cue: null };
  return { mode: "blank", contexts, cue };
}
