// npm run fit:align-confidence [-- --write]
// Fits the sentence-bead confidence model (lib/align/confidence.ts) on the
// dev sets under ../shared: a logistic regression over the features the
// aligner reports, each dev set weighted equally (the literary chapters
// would otherwise be outweighed by the Bible). Prints the weights, and the
// Brier score of each document when the model is fitted on the others.
// With --write, replaces CONFIDENCE_WEIGHTS in lib/align/confidence.ts; only
// the coefficients are committed, never the data.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { calibrated, FEATURE_NAMES } from "../lib/align/confidence";
import { brier, editedBeads, fitLogistic, labelledBeads, reliability, type Labelled } from "./align-calibration";
import { loadDevSets } from "./bench-align-data";

const root = resolve(__dirname, "..");
const sets = loadDevSets(resolve(root, "../shared")).filter((s) => s.docs);
if (sets.length === 0) {
  console.log("no dev sets found under ../shared/data/align: nothing to fit");
  process.exit(0);
}
const data = [...labelledBeads(sets), ...editedBeads(sets)];
/**
 * Each dev set weighs one; its edited copies (align-calibration.ts) share a
 * quarter of that between them, so the model learns what a mismatched paste
 * looks like without giving up its calibration on careful translations.
 */
const EDITED_WEIGHT = 0.25;
const weighted = (rows: Labelled[]) => {
  const per = new Map<string, number>();
  for (const r of rows) per.set(r.set, (per.get(r.set) ?? 0) + 1);
  const setWeight = (name: string) => (name.includes("+edits") ? EDITED_WEIGHT / 2 : 1);
  const total = [...per.keys()].reduce((s, name) => s + setWeight(name), 0);
  return rows.map((r) => ({ x: r.x, y: r.y, w: (rows.length * setWeight(r.set)) / total / per.get(r.set)! }));
};

const w = fitLogistic(weighted(data));
console.log("weights:");
FEATURE_NAMES.forEach((name, k) => console.log(`  ${name.padEnd(24)} ${w[k].toFixed(4)}`));

// Held-out check, as for an unseen chapter: each document is scored by a
// model fitted on all the others; the figures pool each set's documents.
const docs = [...new Set(data.map((r) => `${r.set}/${r.doc}`))];
const held = new Map<Labelled, number>();
for (const d of docs) {
  const isD = (r: Labelled) => `${r.set}/${r.doc}` === d;
  const wf = fitLogistic(weighted(data.filter((r) => !isD(r))));
  for (const r of data.filter(isD)) held.set(r, calibrated(r.x, wf));
}
for (const name of [...new Set(data.map((r) => r.set))]) {
  const rows = data.filter((r) => r.set === name);
  const ps = rows.map((r) => held.get(r)!);
  const ys = rows.map((r) => r.y);
  console.log(`\nheld out, ${name} (each document fitted on the others): ${rows.length} beads, Brier ${brier(ps, ys).toFixed(4)} (raw posterior ${brier(rows.map((r) => r.posterior), ys).toFixed(4)})`);
  for (const line of reliability(ps, ys)) console.log(`  ${line}`);
}

if (process.argv.includes("--write")) {
  const file = join(root, "lib/align/confidence.ts");
  const src = readFileSync(file, "utf8");
  const line = `export const CONFIDENCE_WEIGHTS: readonly number[] = [${w.map((x) => Number(x.toFixed(4))).join(", ")}];`;
  writeFileSync(file, src.replace(/^export const CONFIDENCE_WEIGHTS: readonly number\[\] = \[.*\];$/m, line));
  console.log(`\nwrote ${file}`);
}
