import type { QuoteInContext as Ctx } from "@/features/review/types";

/**
 * A sentence with its highlighted part. `mode` decides the part: marked
 * (<mark>), blanked (a cloze, with the blank's text as its label) or bare.
 */
export function QuoteInContext({ context, mode = "mark", blank = "[…]" }: { context: Ctx; mode?: "mark" | "blank"; blank?: string }) {
  return (
    <span lang={context.lang === "zh" ? "zh-Hans" : "en"} className="quote-in-context">
      {context.before}
      {mode === "blank" ? <span className="cloze-blank">{blank}</span> : <mark className="review-mark">{context.quote}</mark>}
      {context.after}
    </span>
  );
}
