/** CC-CEDICT's numbered pinyin ("lu:4 se4", "nu:3 er2") as tone-marked syllables ("lǜ sè"). */
const MARKS: Record<string, string> = {
  a: "āáǎà", e: "ēéěè", i: "īíǐì", o: "ōóǒò", u: "ūúǔù", ü: "ǖǘǚǜ",
  A: "ĀÁǍÀ", E: "ĒÉĚÈ", I: "ĪÍǏÌ", O: "ŌÓǑÒ", U: "ŪÚǓÙ", Ü: "ǕǗǙǛ",
};

export function markSyllable(numbered: string): string {
  const m = /^([A-Za-zü:]+?)([1-5])?$/.exec(numbered.replace(/u:|v/g, "ü").replace(/U:|V/g, "Ü"));
  if (!m) return numbered;
  const [, base, tone] = m;
  if (!tone || tone === "5") return base;
  const t = Number(tone) - 1;
  // The mark goes on a or e; on the o of "ou"; otherwise on the last vowel.
  let at = base.search(/[aeAE]/);
  if (at < 0) at = base.search(/o(?=u)|O(?=U)/);
  if (at < 0) {
    for (let i = base.length - 1; i >= 0; i--) if (MARKS[base[i]]) { at = i; break; }
  }
  if (at < 0) return base;
  return base.slice(0, at) + MARKS[base[at]][t] + base.slice(at + 1);
}

/** "xian3 ka3" → ["xiǎn", "kǎ"]. */
export function markedSyllables(numbered: string): string[] {
  return numbered.trim().split(/\s+/).map(markSyllable);
}

/** Tone-less, ü-folded form for searching ("lǜ" → "lv", "Xiǎn" → "xian"). */
export function plainPinyin(s: string): string {
  return s
    .replace(/[ǖǘǚǜüǕǗǙǛÜ]|u:/g, "v")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[1-5]/g, "")
    .toLowerCase();
}
