/**
 * Accuracy of in-context pinyin on the committed polyphone set
 * (lib/words/fixtures/polyphones.tsv): this project's reader (segmentation +
 * dictionary + polyphone rules) against plain pinyin-pro on the same sentences.
 * `--errors` lists the misses of the reader.
 */
import { loadDictionary } from "@/lib/words/dictionary";
import { contextReadings, readText, syllablesByOffset } from "@/lib/words/readings";
import { loadPolyphoneSet } from "@/lib/words/polyphone-set";

const items = loadPolyphoneSet();
const dict = loadDictionary();
let ours = 0;
let plain = 0;
const misses: string[] = [];
const started = performance.now();
for (const it of items) {
  const mine = syllablesByOffset(readText(dict, it.sentence))[it.offset];
  const theirs = contextReadings(it.sentence)[it.offset];
  if (mine === it.reading) ours++;
  else misses.push(`${it.sentence} [${it.sentence[it.offset]}@${it.offset}] expected ${it.reading}, got ${mine}`);
  if (theirs === it.reading) plain++;
}
const ms = performance.now() - started;
const pct = (n: number) => `${((100 * n) / items.length).toFixed(1)}%`;
console.log(`polyphone set: ${items.length} readings in ${new Set(items.map((i) => i.sentence)).size} sentences`);
console.log(`this reader (segment + dictionary + rules): ${ours}/${items.length} = ${pct(ours)}  (target ≥ 97%)`);
console.log(`plain pinyin-pro in context:                ${plain}/${items.length} = ${pct(plain)}`);
console.log(`time: ${(ms / items.length).toFixed(2)} ms per sentence, both methods`);
if (process.argv.includes("--errors")) for (const m of misses) console.log("  " + m);
