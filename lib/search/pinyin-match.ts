// Toneless pinyin search: "diedie" or "die die" finds 喋喋, as learners type
// what they heard. The trigram index cannot hold readings (its triggers run in
// SQL, and pinyin needs a dictionary), so the notes search reads the user's
// own quotes, turns each into syllables once (kept in a bounded cache), and
// matches the query against whole syllables: "ai" finds 爱, never 来 (lai).
import { pinyin } from "pinyin-pro";

// Syllables as an optional initial and a final: looser than the real table (it
// allows "bv"), but enough to rule out most English words ("energy", "model"),
// which then skip the pinyin pass altogether.
const INITIALS = ["", "zh", "ch", "sh", ..."bpmfdtnlgkhjqxrzcsyw"];
const FINALS = "iang iong uang ang eng ing ong uai ian iao uan van ai ei ao ou an en er in un vn ia ie iu ua uo ui ue ve a o e i u v".split(" ");
const SYLLABLES = new Set(INITIALS.flatMap((i) => FINALS.map((f) => i + f)));
const LONGEST = Math.max(...[...SYLLABLES].map((x) => x.length));
/** Longer queries are not read as pinyin. */
const MAX_LETTERS = 60;

/** Whether `letters` splits into syllables (dynamic programming over positions: linear, no backtracking). */
function spellsSyllables(letters: string): boolean {
  const reachable = new Array<boolean>(letters.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < letters.length; i++) {
    if (!reachable[i]) continue;
    for (let len = 1; len <= LONGEST && i + len <= letters.length; len++) {
      if (SYLLABLES.has(letters.slice(i, i + len))) reachable[i + len] = true;
    }
  }
  return reachable[letters.length];
}

/** The query as toneless pinyin letters (spaces and apostrophes dropped, ü as v), or null when it cannot be pinyin. */
export function pinyinQuery(raw: string): string | null {
  const q = raw.normalize("NFKC").trim().toLowerCase().replace(/ü/g, "v");
  if (!/^[a-z' ]+$/.test(q)) return null;
  const letters = q.replace(/[' ]/g, "");
  return letters.length >= 2 && letters.length <= MAX_LETTERS && spellsSyllables(letters) ? letters : null;
}

const HAN = /\p{Script=Han}/u;
const CACHE_MAX = 50_000;
const cache = new Map<string, string[]>();

/** The toneless syllable of each character of `text` ("" for a character that is not Han, which ends a run). */
export function syllablesOf(text: string): string[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const chars = [...text];
  const readings = pinyin(text, { toneType: "none", type: "array", v: true, nonZh: "consecutive" });
  // pinyin-pro returns one item per Han character and one per run of other text; realign to characters.
  const out: string[] = [];
  let r = 0;
  for (let i = 0; i < chars.length; i++) {
    if (HAN.test(chars[i])) {
      out.push((readings[r++] ?? "").toLowerCase());
    } else {
      out.push("");
      while (i + 1 < chars.length && !HAN.test(chars[i + 1])) {
        out.push("");
        i++;
      }
      r++;
    }
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}

/** Whether `query` (from pinyinQuery) is spelled by consecutive whole syllables of `syllables`. */
export function matchesPinyin(syllables: readonly string[], query: string): boolean {
  for (let start = 0; start < syllables.length; start++) {
    let pos = 0;
    for (let i = start; i < syllables.length; i++) {
      const s = syllables[i];
      if (!s || !query.startsWith(s, pos)) break;
      pos += s.length;
      if (pos === query.length) return true;
    }
  }
  return false;
}
