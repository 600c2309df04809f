// What the chapter alignment compares: a chapter's length, its number (from
// 第十二章 or "Chapter 12" or "XII"), and anchors that survive translation:
// numbers written in digits and Latin-script words in the Chinese text
// (names and terms left untranslated).

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** 第一百零三 → 103; null for anything else. */
function zhNumber(s: string): number | null {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch];
    else if (ch in ZH_UNITS) {
      total += (digit || 1) * ZH_UNITS[ch];
      digit = 0;
    } else return null;
  }
  return total + digit;
}

function roman(s: string): number | null {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const low = s.toLowerCase();
  for (let k = 0; k < low.length; k++) {
    const a = v[low[k]];
    if (!a) return null;
    const b = v[low[k + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total || null;
}

/** The chapter number a heading announces, or null. */
export function chapterNumber(title: string): number | null {
  const zh = /第\s*([零〇一二两三四五六七八九十百千0-9０-９]+)\s*[章回节卷]/.exec(title);
  if (zh) return zhNumber(zh[1]);
  const en = /\b(?:chapter|book|part)\s+([0-9]+|[ivxlcdm]+|[a-z]+(?:-[a-z]+)?)\b/i.exec(title);
  if (en) {
    const word = en[1].toLowerCase();
    if (/^[0-9]+$/.test(word)) return Number(word);
    const idx = EN_WORDS.indexOf(word);
    if (idx >= 0) return idx;
    if (word.startsWith("twenty-")) {
      const unit = EN_WORDS.indexOf(word.slice(7));
      if (unit > 0 && unit < 10) return 20 + unit;
    }
    return roman(word);
  }
  const bare = /^\s*([0-9]+|[ivxlcdm]+)[.:\s]*$/i.exec(title);
  return bare ? (/^[0-9]+$/.test(bare[1]) ? Number(bare[1]) : roman(bare[1])) : null;
}

/** Characters that carry the length: Han for Chinese, letters and digits for English. */
export function contentLength(text: string, lang: "zh" | "en"): number {
  const re = lang === "zh" ? /[\p{Script=Han}0-9]/gu : /[\p{L}0-9]/gu;
  return text.match(re)?.length ?? 0;
}

/** Digit strings of 2+ digits (years, counts) and Latin words of 3+ letters, as a set. */
export function anchorsOf(text: string, lang: "zh" | "en"): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[0-9]{2,}/g)) out.add(m[0]);
  if (lang === "zh") for (const m of text.matchAll(/[A-Za-z]{3,}/g)) out.add(m[0].toLowerCase());
  return out;
}

/** The English side's words, for looking Latin anchors of the Chinese side up. */
export function englishWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[0-9]{2,}|[A-Za-z]{3,}/g)) out.add(m[0].toLowerCase());
  return out;
}
