/**
 * Anchors: tokens that survive translation nearly verbatim — numbers, Latin
 * script names (ChatGPT, A100, arXiv), months, percentages, question and
 * exclamation marks, quotations, chapter headings.
 *
 * Each kind is scored as a log-likelihood ratio. With q = P(an anchor on one
 * side has its counterpart in the other side of a correct bead) and
 * r = P(a counterpart shows up by chance in a wrong bead):
 *   matched pair   → bonus   log(q / r)
 *   unmatched item → penalty log((1 − r) / (1 − q))
 * q and r below are rough estimates for literary and technical zh→en
 * translation (numbers are often rewritten as words or dropped, Latin names
 * almost never are, quotation marks move around a lot).
 */
import { englishNumberPhrases, englishOrdinal, parseChineseNumeral, parseRoman, ZH_NUMERAL_CHARS } from "./numerals";

export type AnchorKind = "num" | "latin" | "question" | "exclaim" | "quote" | "chapter";

/** Anchor keys are `kind:value`; several occurrences repeat the key (multiset). */
export interface Anchors {
  /** Keys compared in both directions: unmatched ones on either side cost. */
  sym: string[];
  /** zh side: Latin tokens that should reappear; en side: capitalised/technical words they may match. */
  latin: string[];
}

interface KindWeight {
  bonus: number;
  penalty: number;
}
function llr(q: number, r: number): KindWeight {
  return { bonus: Math.log(q / r), penalty: Math.log((1 - r) / (1 - q)) };
}

export const ANCHOR_WEIGHTS: Record<AnchorKind, KindWeight> = {
  num: llr(0.7, 0.03), // numbers, months, percent signs: bonus 3.2, penalty 1.2
  latin: llr(0.85, 0.02), // bonus 3.8, penalty 1.9 (zh side only)
  question: llr(0.8, 0.1), // bonus 2.1, penalty 1.5
  exclaim: llr(0.5, 0.05), // bonus 2.3, penalty 0.6
  quote: llr(0.6, 0.1), // bonus 1.8, penalty 0.8
  chapter: llr(0.95, 0.01), // bonus 4.6, penalty 2.9
};

const KIND_OF_PREFIX: Record<string, AnchorKind> = {
  n: "num", m: "num", pct: "num", q: "question", x: "exclaim", qt: "quote", ch: "chapter",
};
export function kindOf(key: string): AnchorKind {
  const p = key.slice(0, key.indexOf(":"));
  return KIND_OF_PREFIX[p] ?? "num";
}

function numKey(v: number): string {
  // Round to 4 significant digits so 2e10 from "200亿" meets "20 billion".
  return `n:${Number(v.toPrecision(6))}`;
}

const ZH_CLASSIFIER = "个只年岁天次位名条件倍人月日号章节种类项分秒元块公里米斤周代届层级座本张页期秒小时";
const ZH_NUM_RUN = new RegExp(`[${ZH_NUMERAL_CHARS}]+`, "g");
const DIGITS = /\d+(?:[.,]\d+)*/g;

function parseDigits(s: string): number {
  return Number(s.replace(/,(?=\d{3}\b)/g, ""));
}

const ZH_CHAPTER = new RegExp(`第\\s*([0-9]+|[${ZH_NUMERAL_CHARS}]+)\\s*[章回节卷部篇幕]`, "g");

export function zhAnchors(text: string): Anchors {
  const sym: string[] = [];
  const latin: string[] = [];
  let rest = text;
  // Chapter headings first, and blank them out so the number is not counted twice.
  rest = rest.replace(ZH_CHAPTER, (m, n: string) => {
    const v = /\d/.test(n) ? Number(n) : parseChineseNumeral(n);
    if (v != null) sym.push(`ch:${v}`);
    return " ".repeat(m.length);
  });
  // Months: 3月 / 三月 / 3月份 → m:3 rather than a bare number.
  rest = rest.replace(new RegExp(`([0-9]{1,2}|[${ZH_NUMERAL_CHARS}]{1,3})月(?!亮|光|球)`, "g"), (m, n: string) => {
    const v = /\d/.test(n) ? Number(n) : parseChineseNumeral(n);
    if (v != null && v >= 1 && v <= 12) {
      sym.push(`m:${v}`);
      return " ".repeat(m.length);
    }
    return m;
  });
  if (/%|％|百分之/.test(rest)) sym.push("pct:");
  // Arabic digits, with a following 万/亿 multiplier (200亿 = 20 billion).
  rest = rest.replace(DIGITS, (m, offset: number) => {
    const next = rest[offset + m.length];
    let v = parseDigits(m);
    if (next === "万") v *= 1e4;
    else if (next === "亿") v *= 1e8;
    sym.push(numKey(v));
    return " ".repeat(m.length);
  });
  // Chinese numerals: only where cheap and unambiguous — followed by a
  // classifier, or containing a unit (三十, 一百三十); 1 and the adverb 十分 are skipped.
  for (const m of rest.matchAll(ZH_NUM_RUN)) {
    const run = m[0];
    const next = rest[(m.index ?? 0) + run.length] ?? "";
    if (run === "十" && next === "分") continue;
    const hasUnit = /[十百千万亿]/.test(run) && run.length >= 2;
    if (!hasUnit && !ZH_CLASSIFIER.includes(next)) continue;
    const v = parseChineseNumeral(run);
    if (v != null && v >= 2) sym.push(numKey(v));
  }
  pushTimes(sym, "q:", countOf(text, /[?？]/g));
  pushTimes(sym, "x:", countOf(text, /[!！]/g));
  pushTimes(sym, "qt:", countOf(text, /[“「『]/g));
  // Latin runs: split letters from digits so Claude3 ↔ "Claude 3" and GPT6 ↔ GPT-6 meet.
  for (const m of text.matchAll(/[A-Za-z]{2,}/g)) {
    const w = m[0].toLowerCase();
    if (!latin.includes(w)) latin.push(w);
  }
  return { sym, latin };
}

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

export function enAnchors(text: string): Anchors {
  const sym: string[] = [];
  const latin: string[] = [];
  let rest = text;
  rest = rest.replace(/\b(chapter|part|book|section|canto|act)\s+([0-9]+|[ivxlc]+\b|[a-z]+)/gi, (m, _w, n: string) => {
    const v = /\d/.test(n) ? Number(n) : (parseRoman(n) ?? englishOrdinal(n.toLowerCase()) ?? englishNumberPhrases([n.toLowerCase()])[0]);
    if (v != null) {
      sym.push(`ch:${v}`);
      return " ".repeat(m.length);
    }
    return m;
  });
  if (/%|\bper\s?cent\b/i.test(rest)) sym.push("pct:");
  rest = rest.replace(/(\d+(?:[.,]\d+)*)\s*(thousand|million|billion|trillion)?/gi, (m, d: string, scale?: string) => {
    const mult = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[(scale ?? "").toLowerCase()] ?? 1;
    sym.push(numKey(parseDigits(d) * mult));
    return " ".repeat(m.length);
  });
  const words = (rest.match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const mi = MONTHS.indexOf(words[i]);
    // "may" is a modal verb far more often than a month: only with a capital.
    if (mi >= 0 && (mi !== 4 || /\bMay\b/.test(rest))) sym.push(`m:${mi + 1}`);
  }
  for (const v of englishNumberPhrases(words)) if (v >= 2) sym.push(numKey(v));
  pushTimes(sym, "q:", countOf(text, /\?/g));
  pushTimes(sym, "x:", countOf(text, /!/g));
  const curly = (text.match(/“/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  // British-style dialogue opens with a single quote; an apostrophe inside or at the end of a word is not one.
  const single = (text.match(/(?:^|[\s(\[—–-])['‘](?=[A-Za-z0-9])/g) ?? []).length;
  for (let k = 0; k < curly + Math.ceil(straight / 2) + single; k++) sym.push("qt:");
  // Words with a capital or digits are the ones a zh text may keep in Latin script.
  for (const m of text.matchAll(/[A-Za-z]*[A-Z][A-Za-z]*/g)) {
    const w = m[0].toLowerCase();
    if (w.length >= 2 && !latin.includes(w)) latin.push(w);
  }
  return { sym, latin };
}

export function extractAnchors(text: string, lang: "zh" | "en"): Anchors {
  return lang === "zh" ? zhAnchors(text) : enAnchors(text);
}

/**
 * Cost (negative = evidence for the bead) of pairing the anchors of a zh
 * group with those of an en group. Inputs are concatenations over the
 * sentences of the bead.
 */
export function anchorCost(zSym: string[], zLatin: string[], eSym: string[], eLatin: string[]): number {
  let cost = 0;
  if (zSym.length || eSym.length) {
    const used = new Uint8Array(eSym.length);
    for (const k of zSym) {
      const w = ANCHOR_WEIGHTS[kindOf(k)];
      let hit = -1;
      for (let j = 0; j < eSym.length; j++) {
        if (!used[j] && eSym[j] === k) {
          hit = j;
          break;
        }
      }
      if (hit >= 0) {
        used[hit] = 1;
        cost -= w.bonus;
      } else cost += w.penalty;
    }
    for (let j = 0; j < eSym.length; j++) if (!used[j]) cost += ANCHOR_WEIGHTS[kindOf(eSym[j])].penalty;
  }
  if (zLatin.length) {
    const w = ANCHOR_WEIGHTS.latin;
    for (const k of zLatin) cost += eLatin.includes(k) ? -w.bonus : w.penalty;
  }
  return cost;
}

/** Occurrences of a global pattern in a text. */
function countOf(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** One anchor per occurrence: two question marks should only meet two question marks. */
function pushTimes(sym: string[], key: string, times: number): void {
  for (let k = 0; k < times; k++) sym.push(key);
}
