// The front of a word's recall card is its definition, which must not give
// the answer away: CC-CEDICT writes "variant of 顯卡" or "see 显卡[xian3 ka3]",
// and a definition edited by the user may quote the word. Its hanzi, in
// simplified and traditional script, are masked the way dictionaries print
// the headword inside an entry.
import { Converter } from "opencc-js/cn2t";

export const HEADWORD_MASK = "～";

let toTraditional: ((s: string) => string) | undefined;

/** The written forms of a headword a definition may contain: itself and its traditional (Taiwan and Hong Kong) spellings. */
export function headwordForms(headword: string): string[] {
  toTraditional ??= Converter({ from: "cn", to: "tw" });
  return [...new Set([headword, toTraditional(headword)])];
}

/** The definition with every form of the headword replaced by the mask, and each form's pinyin in brackets after it dropped. */
export function maskHeadword(definition: string, forms: readonly string[]): string {
  let out = definition;
  for (const f of [...forms].filter(Boolean).sort((a, b) => b.length - a.length)) {
    out = out.split(f).join(HEADWORD_MASK);
  }
  // "～|～[xian3 ka3]": the traditional|simplified pair and its pinyin say the answer too.
  return out.replace(new RegExp(`${HEADWORD_MASK}(\\|${HEADWORD_MASK})?\\[[^\\]]*\\]`, "g"), HEADWORD_MASK).replace(/～\|～/g, HEADWORD_MASK);
}
