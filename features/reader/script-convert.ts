// Traditional characters as a display transform. The stored text stays
// simplified and every offset (sentences, highlights, selections, lookups)
// indexes it, so the converted text must keep each character at the same
// UTF-16 position: a conversion that would change the length is not used.

export type Convert = (text: string) => string;

const HAN_RUN = /\p{Script=Han}+/gu;
const isHigh = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
};

/** Same UTF-16 length, with surrogate pairs in the same places, so position i still means character i. */
function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (isHigh(a, i) !== isHigh(b, i)) return false;
  return true;
}

/**
 * Converts each run of Han characters as a whole (so phrase rules such as
 * 头发 → 頭髮 but 发展 → 發展 apply), and falls back to character by
 * character for a run whose conversion would move later characters, keeping
 * any character whose own conversion changes its length as it is.
 */
export function convertKeepingOffsets(text: string, convert: Convert): string {
  return text.replace(HAN_RUN, (run) => {
    const whole = convert(run);
    if (sameShape(run, whole)) return whole;
    let out = "";
    for (const ch of run) {
      const c = convert(ch);
      out += sameShape(ch, c) ? c : ch;
    }
    return out;
  });
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/**
 * Puts the converted characters into a side's HTML (see lib/reader/side-html.ts)
 * without touching its markup: tags, attribute values (which keep the stored
 * text for lookups) and ruby readings (read from the simplified text, in
 * context) stay as they are. `original` is the text the HTML was built from;
 * if the HTML's text is not exactly it, the HTML is returned unconverted.
 */
export function convertSideHtml(html: string, original: string, converted: string): string {
  if (original === converted) return html;
  let out = "";
  let pos = 0;
  let ruby = 0;
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === "<") {
      const close = html.indexOf(">", i);
      if (close < 0) return html;
      const tag = html.slice(i, close + 1);
      const m = /^<(\/?)(rt|rp)[\s>]/i.exec(tag);
      if (m) ruby += m[1] ? -1 : 1;
      out += tag;
      i = close + 1;
    } else if (ruby > 0) {
      out += c;
      i++;
    } else if (c === "&") {
      const semi = html.indexOf(";", i);
      const entity = html.slice(i, semi + 1);
      if (ENTITIES[entity] !== original[pos]) return html;
      out += entity;
      pos++;
      i = semi + 1;
    } else {
      if (c !== original[pos]) return html;
      out += converted[pos];
      pos++;
      i++;
    }
  }
  return pos === original.length ? out : html;
}
