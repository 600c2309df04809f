// npm run fit:align-confidence [-- --write]
// Fits the sentence-bead confidence model (lib/align/confidence.ts) on the
// dev sets under ../shared: a logistic regression over the features the
// aligner reports, each dev set weighted equally (the literary chapters
// would otherwise be outweighed by the Bible). Prints the weights, and the
// Brier score of each set when the model is fitted on the other sets only.
// With --write, replaces CONFIDENCE_WEIGHTS in lib/align/confidence.ts; only
// the coefficients are committed, never the data.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { calibrated, FEATURE_NAMES } from "../lib/align/confidence";
import { brier, fitLogistic, labelledBeads, reliability, type Labelled } from "./align-calibration";
import { loadDevSets } from "./bench-align-data";

const root = resolve(__dirname, "..");
const sets = loadDevSets(resolve(root, "../shared")).filter((s) => s.docs);
if (sets.length === 0) {
  console.log("no dev sets found under ../shared/data/align: nothing to fit");
  process.exit(0);
}
const data = labelledBeads(sets);
const weighted = (rows: Labelled[]) => {
  const per = new Map<string, number>();
  for (const r of rows) per.set(r.set, (per.get(r.set) ?? 0) + 1);
  return rows.map((r) => ({ x: r.x, y: r.y, w: rows.length / per.size / per.get(r.set)! }));
};

const w = fitLogistic(weighted(data));
console.log("weights:");
FEATURE_NAMES.forEach((name, k) => console.log(`  ${name.padEnd(24)} ${w[k].toFixed(4)}`));

// Held-out check: leave one set out (with one set only, leave one document out).
const folds = sets.length > 1 ? sets.map((s) => (r: Labelled) => r.set === s.name) : [...new Set(data.map((r) => r.doc))].map((d) => (r: Labelled) => r.doc === d);
const names = sets.length > 1 ? sets.map((s) => s.name) : [...new Set(data.map((r) => r.doc))];
folds.forEach((held, f) => {
  const test = data.filter(held);
  const wf = fitLogistic(weighted(data.filter((r) => !held(r))));
  const ps = test.map((r) => calibrated(r.x, wf));
  const ys = test.map((r) => r.y);
  console.log(`\nheld out ${names[f]}: ${test.length} beads, Brier ${brier(ps, ys).toFixed(4)} (raw posterior ${brier(test.map((r) => r.posterior), ys).toFixed(4)})`);
  for (const line of reliability(ps, ys)) console.log(`  ${line}`);
});

if (process.argv.includes("--write")) {
  const file = join(root, "lib/align/confidence.ts");
  const src = readFileSync(file, "utf8");
  const line = `export const CONFIDENCE_WEIGHTS: readonly number[] = [${w.map((x) => Number(x.toFixed(4))).join(", ")}];`;
  writeFileSync(file, src.replace(/^export const CONFIDENCE_WEIGHTS: readonly number\[\] = \[.*\];$/m, line));
  console.log(`\nwrote ${file}`);
}
