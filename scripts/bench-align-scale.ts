// Child process of bench-align.ts: times one large synthetic alignment so that
// wall time, CPU time and peak RSS belong to this run alone.
// argv: DEV_DIR SIZE [--no-lexicon]; prints one JSON line.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { alignSentences } from "../lib/align/align";
import { formatBeads, parseBeads } from "../lib/align/beads-format";
import { loadLexicon } from "../lib/align/lexicon";
import { syntheticPair } from "./bench-align-data";

const [dir, sizeArg, ...flags] = process.argv.slice(2);
const size = Number(sizeArg);
const lexicon = !flags.includes("--no-lexicon");
const lines = (f: string) => readFileSync(join(dir, f), "utf8").replace(/\n$/, "").split("\n");
const { zh, en, gold } = syntheticPair(lines("zh.txt"), lines("en.txt"), parseBeads(readFileSync(join(dir, "gold.align"), "utf8")), size);
const goldFile = flags.find((f) => f.startsWith("--gold="))?.slice(7);
const testFile = flags.find((f) => f.startsWith("--test="))?.slice(7);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
if (lexicon) loadLexicon();
const t1 = performance.now();
const { beads } = alignSentences(zh, en, { lexicon });
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
if (goldFile) writeFileSync(goldFile, formatBeads(gold));
if (testFile) writeFileSync(testFile, formatBeads(beads));
console.log(
  JSON.stringify({
    zh: zh.length,
    en: en.length,
    lexicon,
    load_ms: Math.round(t1 - t0),
    align_ms: Math.round(t2 - t1),
    total_ms: Math.round(t2 - t0),
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
