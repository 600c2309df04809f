// Repairs scraped/pasted text into clean paragraphs (seed article and user
// imports, both languages). Each rule below exists because of a concrete
// artifact of copying text out of web pages; see the "why" comments.

import type { Lang } from "./sentence-split";

export interface ReflowOptions {
  lang: Lang;
  /** Whole-line patterns to drop. Replaces the defaults; pass
   *  `[...DEFAULT_BOILERPLATE, /x/]` to extend, or `[]` to disable. */
  boilerplate?: RegExp[];
}

// Why: reposting sites wrap articles in notices that are not part of the text
// and would otherwise become "sentences" to read and align. The list is
// deliberately conservative: each pattern is either anchored at the line start
// or tied to a phrase that only appears in notices, and the fuzzier ones are
// limited to short lines (the `(?=.{0,N}$)` lookahead) so a long body
// paragraph that merely quotes such a phrase is never dropped.
export const DEFAULT_BOILERPLATE: RegExp[] = [
  /本文原地址/,
  /^[【\[(（]?\s*(?:原文|原)(?:地址|链接|网址|出处)\s*[:：]/,
  /^(?=.{0,120}$).*仅供(?:个人)?学习(?:和|与|、)?(?:交流|研究|参考)/,
  /^(?=.{0,120}$).*版权归(?:原)?作者所有/,
  /^(?=.{0,120}$).*请勿用于(?:任何)?商业用途/,
  /^(?=.{0,100}$)更多.{0,30}请(?:访问|点击|关注)/,
  /^(?=.{0,80}$).*(?:转载请|如需转载|禁止转载|谢绝转载|欢迎转载|本文转载|转载自|未经.{0,8}(?:许可|授权).{0,8}转载)/,
  /^(?=.{0,60}$).*(?:扫码关注|扫描二维码|长按(?:识别)?二维码|关注(?:我们的)?(?:微信)?公众号)/,
  /^(?:this (?:article|post|story) was )?originally (?:published|posted|appeared) (?:at|on|in)\b/i,
  /^(?=.{0,120}$).*\ball rights reserved\b/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})/i,
  /^share (?:this|on)\b.{0,40}$/i,
  /^(?:follow us on|subscribe to (?:our|the) newsletter)\b.{0,60}$/i,
  /^(?:read more|related (?:articles?|posts?|stories)|advertisement)\s*[:：]?$/i,
];

// CJK characters and CJK/full-width punctuation: no spaces are written between them.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
// Why: a paragraph that ends like this is complete, so the next one is never
// glued onto it. Besides sentence punctuation this includes closing quotes and
// brackets, and informal endings (emoji, "～", "——") common in imported posts.
const TERMINAL_END = /(?:[。！？…」』”’）】》.!?:;：；"')\]～~]|——|\p{Extended_Pictographic})$/u;
const ZH_HAS_TERMINATOR = /[。！？；…!?]/;

export function reflow(raw: string, opts: ReflowOptions): string[] {
  const patterns = opts.boilerplate ?? DEFAULT_BOILERPLATE;
  const blocks: string[][] = [[]];
  for (const line of normalizeLines(raw)) {
    // Why: blank lines are the only reliable paragraph separators in scraped
    // text; a dropped boilerplate line also separates, so text above and
    // below a notice is never run together.
    if (line === "" || isBoilerplate(line, patterns)) {
      if (blocks[blocks.length - 1].length > 0) blocks.push([]);
    } else blocks[blocks.length - 1].push(line);
  }
  const paragraphs = blocks.filter((b) => b.length > 0).flatMap((b) => joinBlock(b, opts.lang));
  return mergeFragments(paragraphs, opts.lang)
    .map((p) => p.replace(/ {2,}/g, " ").trim()) // Why: joins may double up spaces.
    .filter((p) => p.length > 0);
}

/**
 * The lines of one block as paragraphs. Why: single newlines inside a block
 * are soft wraps of the source layout, except after a heading line (the
 * chapter title pasted right above its first sentence) and before a list
 * item, where the line break is the structure.
 */
function joinBlock(lines: string[], lang: Lang): string[] {
  const out: string[] = [];
  let cur = lines[0];
  const heading = lines.map((line, k) => k + 1 < lines.length && isHeadingLine(line, k ? lines[k - 1] : null, lines[k + 1], lang));
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    if (isListItem(line) || heading[k] || heading[k - 1]) {
      out.push(cur);
      cur = line;
    } else cur = joinSoft(cur, line, lang);
  }
  out.push(cur);
  return out;
}

// "1." "2)" "(3)" "（四）" "五、" "a)" "- " "• ": a line opening with one of these is a list item.
const LIST_MARKER = /^(?:\d{1,3}[.)．、](?!\d)|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[a-z][.)]\s|[-*•·●▪]\s)/u;
export const isListItem = (line: string): boolean => LIST_MARKER.test(line);

/** Headings are short: these many characters (zh) or words (en) at most. */
const HEADING_MAX_ZH = 20;
const HEADING_MAX_EN_WORDS = 10;

/**
 * Whether `line` is a heading standing on its own line above body text.
 * Why each condition: it is short and has no sentence-final punctuation or
 * dangling comma; it starts the block or follows a finished sentence (so it
 * is not the middle of a wrapped sentence: "所以，" / "这些问题导致大");
 * and the next line reads as body text (at least as long, and holds a
 * sentence end or is long; "那天他们去了" / "北京。" is a wrap),
 * so a wrap at a short width ("使用了 ChatGPT" / "Sora 和") stays joined. An
 * English heading is also in title case and followed by a capital, so
 * "We flew to" / "London on Monday." stays one sentence.
 */
function isHeadingLine(line: string, before: string | null, next: string, lang: Lang): boolean {
  if (TERMINAL_END.test(line) || /[，、,;-]$/.test(line)) return false;
  if (before !== null && !TERMINAL_END.test(before)) return false;
  if (next.length < line.length) return false;
  if (lang === "zh") {
    if (Array.from(line).length > HEADING_MAX_ZH || ZH_HAS_TERMINATOR.test(line)) return false;
    return ZH_HAS_TERMINATOR.test(next) || Array.from(next).length > HEADING_MAX_ZH;
  }
  const words = line.split(" ");
  if (words.length > HEADING_MAX_EN_WORDS || /[.!?]\s/.test(line)) return false;
  if (!words.every((w) => !/^\p{Ll}\p{L}{3}/u.test(w))) return false;
  return /^[\p{Lu}\p{Nd}"“'‘]/u.test(next) && (/[.!?]/.test(next) || next.split(" ").length > HEADING_MAX_EN_WORDS);
}

/** True when `line` (already trimmed) matches one of the whole-line patterns. */
export function isBoilerplate(line: string, patterns: RegExp[] = DEFAULT_BOILERPLATE): boolean {
  // `search` ignores lastIndex, so callers may safely pass /g regexes.
  return patterns.some((re) => line.search(re) !== -1);
}

/** Normalized, trimmed lines of `raw` (blank lines become ""). */
export function normalizeLines(raw: string): string[] {
  return (
    raw
      // Why: Windows/old-Mac line endings and Unicode separators from copy-paste.
      .replace(/\r\n?|[\u2028\u2029]/g, "\n")
      // Why: zero-width spaces and BOMs are invisible but break matching and joins.
      .replace(/[\u200B\uFEFF]/g, "")
      // Why: NBSP from HTML &nbsp; behaves like a normal space for reading.
      .replace(/\u00A0/g, " ")
      .split("\n")
      // Why: trailing/leading spaces and full-width indents (　　) are layout,
      // not content; whitespace-only lines must count as blank lines.
      .map((l) => l.replace(/[ \t\f\v]+/g, " ").trim())
  );
}

function lastChar(s: string): string {
  return Array.from(s.slice(-2)).pop() ?? "";
}

function firstChar(s: string): string {
  return Array.from(s.slice(0, 2))[0] ?? "";
}

/**
 * Join two pieces across a soft break. Why: Chinese is written without
 * spaces, so a wrapped line continues directly ("导致大" + "家在" → "导致大家在");
 * a space is only needed where two Latin words/numbers meet. English words are
 * separated by a space, except a wrapped hyphenated word ("well-" + "known").
 */
export function joinSoft(a: string, b: string, lang: Lang): string {
  const l = lastChar(a);
  const r = firstChar(b);
  if (lang === "zh") {
    const latinLeft = LATIN_OR_DIGIT.test(l) || /[,.;:!?)%]/.test(l);
    return latinLeft && LATIN_OR_DIGIT.test(r) ? `${a} ${b}` : a + b;
  }
  if (/\p{L}-$/u.test(a) && /^\p{L}/u.test(b)) return a + b;
  if (CJK.test(l) && CJK.test(r)) return a + b;
  return `${a} ${b}`;
}

// Why: scrapers that turn <b>/<a> into separate blocks leave the punctuation
// after the bold phrase at the start of its own paragraph ("…要做的事" + blank +
// "。不过，…"). No real paragraph starts with closing/continuing punctuation.
function startsWithContinuation(p: string, lang: Lang): boolean {
  if (/^[。，、；：！？」』”’）】,;:!?)]/.test(p)) return true;
  if (/^\.(?!\.)/.test(p)) return true;
  // A leading ellipsis is a fragment in Chinese; in English it is a common way
  // to open a paragraph ("...and then"), so it is left alone there.
  return lang === "zh" && /^…/.test(p);
}

// Why: the same scrapers also cut paragraphs in the middle of a sentence, even
// mid-word ("也开" + blank + "始被"). Joining is only safe when the previous
// paragraph cannot be a heading, so short unpunctuated lines are kept.
function isMidSentence(prev: string, next: string, lang: Lang): boolean {
  if (TERMINAL_END.test(prev) || isListItem(next)) return false;
  if (lang === "en") return /^\p{Ll}/u.test(next); // sentences never start lowercase
  // A dangling comma is unambiguously mid-sentence, whatever the length.
  if (/[，、,]$/.test(prev)) return true;
  // Long (headings are short) or already containing a full sentence (body text).
  return Array.from(prev).length > 20 || ZH_HAS_TERMINATOR.test(prev);
}

function mergeFragments(paragraphs: string[], lang: Lang): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const last = out.length - 1;
    if (last >= 0 && startsWithContinuation(p, lang)) out[last] += p;
    else if (last >= 0 && isMidSentence(out[last], p, lang)) out[last] = joinSoft(out[last], p, lang);
    else out.push(p);
  }
  return out;
}
