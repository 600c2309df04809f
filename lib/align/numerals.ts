/** Cheap numeral normalisation so 二〇一七 ↔ 2017, 三十 ↔ thirty, 第一章 ↔ Chapter 1. */

const ZH_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

export const ZH_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** Parses a run of Chinese numeral characters; null when it is not a number. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  // Digit-by-digit form (二〇一七): no unit characters.
  if (![...s].some((ch) => ch in ZH_UNIT)) {
    let v = 0;
    for (const ch of s) {
      if (!(ch in ZH_DIGIT)) return null;
      v = v * 10 + ZH_DIGIT[ch];
    }
    return v;
  }
  let total = 0; // completed 万/亿 groups
  let section = 0; // within the current group
  let digit = 0;
  for (const ch of s) {
    if (ch in ZH_DIGIT) {
      digit = ZH_DIGIT[ch];
    } else if (ch === "万" || ch === "亿") {
      section += digit;
      total = (total + section) * ZH_UNIT[ch];
      section = 0;
      digit = 0;
    } else if (ch in ZH_UNIT) {
      section += (digit || 1) * ZH_UNIT[ch];
      digit = 0;
    } else {
      return null;
    }
  }
  return total + section + digit;
}

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const EN_ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

export function isEnglishNumberWord(w: string): boolean {
  return w in EN_SMALL || w in EN_SCALE;
}

/**
 * Values of the number-word phrases in a token list: "two hundred and
 * thirty" → 230, "twenty-five" → 25 (hyphen pre-split), "20 billion" → 2e10.
 * Returns one value per phrase.
 */
export function englishNumberPhrases(tokens: string[]): number[] {
  const out: number[] = [];
  let total = 0;
  let cur = 0;
  let active = false;
  const flush = () => {
    if (active) out.push(total + cur);
    total = 0;
    cur = 0;
    active = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    if (w in EN_SMALL) {
      cur += EN_SMALL[w];
      active = true;
    } else if (/^\d+(\.\d+)?$/.test(w) && i + 1 < tokens.length && tokens[i + 1] in EN_SCALE) {
      flush();
      cur = Number(w);
      active = true;
    } else if (w in EN_SCALE && active) {
      const scale = EN_SCALE[w];
      if (scale === 100) cur = (cur || 1) * 100;
      else {
        total += (cur || 1) * scale;
        cur = 0;
      }
    } else if ((w === "and" || w === "a" || w === "an") && active) {
      // "two hundred and thirty": keep going only if another number word follows.
      if (!(i + 1 < tokens.length && (tokens[i + 1] in EN_SMALL || tokens[i + 1] in EN_SCALE))) flush();
    } else if ((w === "a" || w === "an") && i + 1 < tokens.length && tokens[i + 1] in EN_SCALE) {
      cur = 1;
      active = true;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

export function englishOrdinal(w: string): number | null {
  return EN_ORDINAL[w] ?? null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
/** Small Roman numerals (chapter headings): "xiv" → 14. */
export function parseRoman(s: string): number | null {
  const t = s.toLowerCase();
  if (!/^[ivxlc]+$/.test(t)) return null;
  let v = 0;
  for (let i = 0; i < t.length; i++) {
    const a = ROMAN[t[i]];
    const b = i + 1 < t.length ? ROMAN[t[i + 1]] : 0;
    v += a < b ? -a : a;
  }
  return v > 0 ? v : null;
}
