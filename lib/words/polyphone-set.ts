/** The committed polyphone test set: one item per braced character of fixtures/polyphones.tsv. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface PolyphoneItem {
  sentence: string;
  /** UTF-16 offset of the character under test. */
  offset: number;
  reading: string;
}

export function parsePolyphoneSet(source: string): PolyphoneItem[] {
  const out: PolyphoneItem[] = [];
  for (const line of source.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [marked, reading] = line.split("\t");
    if (!reading) throw new Error(`polyphone set: no reading in "${line}"`);
    const sentence = marked.replace(/[{}]/g, "");
    let removed = 0;
    for (const m of marked.matchAll(/\{(.)\}/g)) {
      out.push({ sentence, offset: m.index - removed, reading: reading.trim() });
      removed += 2;
    }
  }
  return out;
}

export function loadPolyphoneSet(): PolyphoneItem[] {
  return parsePolyphoneSet(readFileSync(join(process.cwd(), "lib/words/fixtures/polyphones.tsv"), "utf8"));
}
