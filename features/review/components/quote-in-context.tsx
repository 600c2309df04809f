import type { QuoteInContext as Ctx } from "@/features/review/types";
import { SearchHits } from "./search-hits";

const NO_TERMS: string[] = [];

/**
 * A sentence with its highlighted part. `mode` decides the part: marked
 * (<mark>), blanked (a cloze, with the blank's text as its label) or bare.
 */
export function QuoteInContext({
  context,
  mode = "mark",
  blank = "[…]",
  color = "yellow",
  terms = NO_TERMS,
}: {
  context: Ctx;
  mode?: "mark" | "blank";
  blank?: string;
  /** The highlight's own colour. */
  color?: string;
  /** Search terms to mark inside the sentence. */
  terms?: readonly string[];
}) {
  return (
    <span lang={context.lang === "zh" ? "zh-Hans" : "en"} className="quote-in-context">
      <SearchHits text={context.before} terms={terms} />
      {mode === "blank" ? (
        <span className="cloze-blank">{blank}</span>
      ) : (
        <mark className={`review-mark hl-${color}`}>
          <SearchHits text={context.quote} terms={terms} />
        </mark>
      )}
      <SearchHits text={context.after} terms={terms} />
    </span>
  );
}
