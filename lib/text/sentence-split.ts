// Sentence splitting for the bilingual reader (Chinese and English).
//
// A hand-written scanner rather than Intl.Segmenter: the Segmenter's rules
// differ between ICU versions (Node vs. browsers), it splits after "Mr." and
// "e.g.", and it does not split on "；", which the aligner needs as a boundary.
// A scanner gives the same result everywhere and its rules can be tested.
//
// Invariant: spans are returned in order, never overlap, and the text between
// (and around) them is whitespace only, so no text is ever lost.

export type Lang = "zh" | "en";
/** UTF-16 offsets into the input, [start, end), leading/trailing whitespace excluded. */
export interface Span {
  start: number;
  end: number;
}

// Strong terminators in Chinese text. "；" is included on purpose: the aligner
// treats clauses joined by semicolons as separate alignment units.
const ZH_TERMINATORS = new Set(["。", "！", "？", "；", "!", "?", "…"]);
const EN_TERMINATORS = new Set([".", "!", "?", "…"]);
// Closing quotes/brackets that belong to the sentence they close ("走吧。”").
const CLOSERS = new Set(["」", "』", "”", "’", "）", ")", "】", "]", "»"]);
// What may start an English sentence: capital, digit, opening quote/bracket,
// or a CJK character (mixed text). Lowercase never does, which keeps
// "etc. and" / "Fig. 3" style continuations together.
const EN_SENTENCE_START = /[\p{Lu}\p{Nd}"'“‘(\[¿¡\p{Script=Han}]/u;
const WS = /\s/;

// Abbreviations that are followed by a name/number, not a sentence break.
// Case-sensitive on purpose: "No. 5" is an abbreviation, "said no. Then" is not.
// "etc" is deliberately absent: "etc. The" is treated as a sentence end because
// in running text "etc." usually closes a list at the end of a sentence;
// "etc. and ..." still stays together because lowercase never starts a sentence.
const ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Rev", "Hon",
  "Gen", "Gov", "Sen", "Rep", "Capt", "Col", "Lt", "Sgt", "vs", "cf", "al",
  "Fig", "Figs", "fig", "No", "Nos", "Vol", "Vols", "vol", "pp", "Eq", "Eqs", "Ch",
  "Inc", "Ltd", "Co", "Corp", "Dept", "approx", "Ave", "Blvd", "Rd",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

/** Split `text` into sentence spans using the rules for `lang`. */
export function splitSentences(text: string, lang: Lang): Span[] {
  return lang === "zh" ? splitChineseSentences(text) : splitEnglishSentences(text);
}

export function splitChineseSentences(text: string): Span[] {
  return scan(text, zhBoundary);
}

export function splitEnglishSentences(text: string): Span[] {
  return scan(text, enBoundary);
}

/** Result of examining a terminator run: `end` is just past the run and its closers. */
interface Boundary {
  split: boolean;
  end: number;
}
type BoundaryFn = (text: string, i: number, start: number, limit: number) => Boundary | null;

function scan(text: string, boundary: BoundaryFn): Span[] {
  const spans: Span[] = [];
  for (const [blockStart, blockEnd] of blocks(text)) {
    let start = blockStart;
    let i = blockStart;
    while (i < blockEnd) {
      const b = boundary(text, i, start, blockEnd);
      if (!b) {
        i++;
        continue;
      }
      if (b.split) {
        pushTrimmed(spans, text, start, b.end);
        start = b.end;
      }
      // Skip the whole run either way, so "..." is not re-examined from its middle.
      i = Math.max(b.end, i + 1);
    }
    pushTrimmed(spans, text, start, blockEnd);
  }
  return spans;
}

// A blank line is a paragraph break, and a sentence never spans paragraphs
// (even when the first paragraph lacks final punctuation, e.g. a heading).
function blocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\n[^\S\n]*\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && WS.test(text[start])) start++;
  while (end > start && WS.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

function skipWs(text: string, j: number, limit: number): number {
  while (j < limit && WS.test(text[j])) j++;
  return j;
}

// Consume closing quotes/brackets after a terminator. ASCII quotes are
// ambiguous (open or close), so `"` only closes when the sentence so far has
// an odd number of them, and `'` only when whitespace/end follows it (so
// apostrophes and opening quotes are never swallowed).
function consumeClosers(text: string, j: number, start: number, limit: number): number {
  while (j < limit) {
    const c = text[j];
    if (CLOSERS.has(c)) j++;
    else if (c === '"' && countChar(text, '"', start, j) % 2 === 1) j++;
    else if (c === "'" && (j + 1 >= limit || WS.test(text[j + 1]))) j++;
    else break;
  }
  return j;
}

function countChar(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text[k] === ch) n++;
  return n;
}

/** The Latin word (with internal dots) right before position i, e.g. "U.S" or "Dr". */
function tokenBefore(text: string, i: number, start: number): string {
  const m = /[\p{Script=Latin}\p{Nd}.]*$/u.exec(text.slice(start, i));
  return (m ? m[0] : "").replace(/^\.+/, "");
}

// True when the "." at i belongs to an abbreviation/initial rather than ending a sentence.
function isAbbreviation(text: string, i: number, start: number): boolean {
  const tok = tokenBefore(text, i, start);
  if (tok === "") return false;
  if (ABBREVIATIONS.has(tok)) return true;
  if (/^\p{Lu}$/u.test(tok)) return true; // initial: "J. R. R. Tolkien", "Zhang J. said"
  // Dotted abbreviations (U.S., e.g., i.e., a.m., Ph.D.) — short letter groups
  // only, so a domain such as "example.com." at a sentence end still splits.
  return /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(tok);
}

// True when the "." at i closes a list numeral: "four combinations: 1. Those
// produced by…; 2. Those…", or "3. Then…" opening a sentence. A number counts
// as a list marker only where a list item can start (the sentence start or
// after : ; , or an opening bracket), so "born in 1984. Then" still splits.
function isListNumeral(text: string, i: number, start: number): boolean {
  const tok = tokenBefore(text, i, start);
  if (!/^(?:\d{1,3}|[ivx]{1,4}|[IVX]{1,4})$/.test(tok)) return false;
  let k = i - tok.length - 1;
  while (k >= start && WS.test(text[k])) k--;
  return k < start || LIST_LEAD.has(text[k]);
}
const LIST_LEAD = new Set([":", ";", ",", "(", "[", "：", "；", "，", "、", "（"]);

function zhBoundary(text: string, i: number, start: number, limit: number): Boundary | null {
  const c = text[i];
  if (!ZH_TERMINATORS.has(c) && c !== ".") return null;
  let j = i;
  let strong = false;
  // One run: "？！", "……", "。。。", "..." all form a single boundary.
  while (j < limit) {
    if (ZH_TERMINATORS.has(text[j])) {
      strong = true;
      j++;
    } else if (text.startsWith("...", j)) {
      strong = true;
      while (j < limit && text[j] === ".") j++;
    } else if (text[j] === ".") j++;
    else break;
  }
  const end = consumeClosers(text, j, start, limit);
  if (strong) return { split: true, end };
  // A lone "." in Chinese text is usually inside Latin material ("3.5亿",
  // "A.I.", "v1.2"), so it ends a sentence only when whitespace (or the end)
  // follows, the next word is not lowercase and it is not an abbreviation.
  const k = skipWs(text, end, limit);
  if (k >= limit) return { split: true, end };
  if (k === end || /\p{Ll}/u.test(text[k]) || isAbbreviation(text, i, start) || isListNumeral(text, i, start)) return { split: false, end };
  return { split: true, end };
}

function enBoundary(text: string, i: number, start: number, limit: number): Boundary | null {
  if (!EN_TERMINATORS.has(text[i])) return null;
  let j = i;
  while (j < limit && EN_TERMINATORS.has(text[j])) j++;
  const run = text.slice(i, j);
  const end = consumeClosers(text, j, start, limit);
  const k = skipWs(text, end, limit);
  if (k >= limit) return { split: true, end }; // end of text/paragraph
  // No whitespace after: decimals (3.14), versions (1.2.3), URLs, emails, "e.g.,".
  if (k === end) return { split: false, end };
  if (!EN_SENTENCE_START.test(text[k])) return { split: false, end };
  if (run === "." && (isAbbreviation(text, i, start) || isListNumeral(text, i, start))) return { split: false, end };
  return { split: true, end };
}
