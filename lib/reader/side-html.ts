// The inner HTML of one language side of a paragraph: sentence spans, the
// gaps between them, highlights as nested <mark>s and, optionally, pinyin
// ruby. Built as a string rather than as React elements because a long text
// has tens of thousands of spans, and server-rendering them element by element
// was most of the reader page's response time. The text content of the result
// equals the paragraph text (ruby readings aside), so DOM offsets stay valid.
import { isDoubtful } from "@/lib/sentence-fix/sentence-fix";
import { highlightRuns, sentenceSegments, type HighlightRange, type SentenceSpan } from "./segments";

export interface SideHighlight extends HighlightRange {
  color: string;
  /** The highlight carries a note (drawn with a small marker). */
  note?: boolean;
}

export interface RubyToken {
  text: string;
  /** Tone-marked reading of the whole word, syllables separated by spaces; null for text that is not Chinese. */
  reading: string | null;
}

export interface SideHtmlInput {
  pairIndex: number;
  text: string;
  sentences: readonly SentenceSpan[];
  highlights: readonly SideHighlight[];
  /** Readings for the run of text starting at paragraph offset `from`, when pinyin is shown: one token per word. */
  ruby?: ((text: string, from: number) => RubyToken[]) | null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NEEDS_ESCAPE = /[&<>"']/;

export function escapeHtml(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c]) : s;
}

function rubyHtml(text: string, from: number, ruby: SideHtmlInput["ruby"]): string {
  if (!ruby) return escapeHtml(text);
  let out = "";
  for (const tok of ruby(text, from)) {
    out += tok.reading
      ? `<ruby>${escapeHtml(tok.text)}<rp>(</rp><rt>${escapeHtml(tok.reading)}</rt><rp>)</rp></ruby>`
      : escapeHtml(tok.text);
  }
  return out;
}

/** Text of [from, to) with every highlight covering it as nested <mark>s, outermost first. */
function markedHtml(input: SideHtmlInput, from: number, to: number): string {
  const { text, highlights, ruby } = input;
  if (!highlights.some((h) => h.start < to && h.end > from)) return rubyHtml(text.slice(from, to), from, ruby);
  let out = "";
  for (const run of highlightRuns(from, to, highlights)) {
    let open = "";
    for (const h of run.highlights) open += `<mark data-highlight-id="${escapeHtml(h.id)}" class="hl hl-${escapeHtml(h.color)}"${h.note ? " data-note" : ""}>`;
    out += open + rubyHtml(text.slice(run.start, run.end), run.start, ruby) + "</mark>".repeat(run.highlights.length);
  }
  return out;
}

/**
 * Sentences carry data-sentence="<pair>.<sentence pair>", shared with their
 * counterpart on the other side (hover/focus linking looks it up), and their
 * offsets in the paragraph, for the keyboard commands. A doubtful pair (its
 * calibrated confidence below the preview's threshold) is marked data-doubtful.
 */
export function sideHtml(input: SideHtmlInput): string {
  let out = "";
  for (const seg of sentenceSegments(input.text.length, input.sentences)) {
    const body = markedHtml(input, seg.start, seg.end);
    out +=
      seg.kind === "gap"
        ? body
        : `<span class="sentence" data-sentence="${input.pairIndex}.${seg.pair}" data-start="${seg.start}" data-end="${seg.end}"${isDoubtful(seg.confidence) ? " data-doubtful" : ""} tabindex="0">${body}</span>`;
  }
  return out;
}
