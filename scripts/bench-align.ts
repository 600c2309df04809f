// npm run bench:align — accuracy and speed of lib/align.
//
// 1. Sentence alignment on the dev sets read from ../shared at run time (the
//    Bible, ALIGN_DEV_DIR if set, and the literary mac-dev chapters, which
//    are research-use data and never copied into the project): the full
//    aligner, the plain Gale–Church baseline, and cumulative ablations,
//    scored by ../shared/tools/score-alignment.mjs (strict / lax F1).
//    Then the calibration of the per-bead confidence on each set (Brier
//    score and a reliability table).
// 2. Sentence alignment of the seed article (a real translation; the English
//    is laid out one line per Chinese sentence, which gives the gold).
// 3. Paragraph alignment of the seed article after perturbing the English.
// 4. 10,000 × 10,000 synthetic sentences in a child process: wall time,
//    CPU time and peak RSS.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { alignDocument } from "../lib/align/align-document";
import { alignParagraphs, alignSentences } from "../lib/align/align";
import { formatBeads } from "../lib/align/beads-format";
import { galeChurch } from "../lib/align/gale-church";
import type { AlignOptions, Bead } from "../lib/align/types";
import { brier, labelledBeads, reliability } from "./align-calibration";
import { loadDevSets, loadSeedArticle, perturbParagraphs, seedSentenceGold } from "./bench-align-data";
import { median } from "./bench-stats";

const root = resolve(__dirname, "..");
const shared = resolve(root, "../shared");
const devDir = resolve(process.env.ALIGN_DEV_DIR ?? join(shared, "data/align/bible"));
const scorer = join(shared, "tools/score-alignment.mjs");
const tmp = mkdtempSync(join(tmpdir(), "bench-align-"));
const quick = process.argv.includes("--quick"); // skip the large timing run

interface Score {
  f1_strict: number;
  f1_lax: number;
  precision_strict: number;
  recall_strict: number;
}

function score(goldFile: string, beads: Bead[], name: string): Score {
  const test = join(tmp, `${name}.align`);
  writeFileSync(test, formatBeads(beads));
  return JSON.parse(execFileSync(process.execPath, [scorer, goldFile, test], { encoding: "utf8" }));
}

function row(label: string, s: Score, ms?: number) {
  const f = (x: number) => x.toFixed(4);
  console.log(
    `  ${label.padEnd(34)} strict F1 ${f(s.f1_strict)}  lax F1 ${f(s.f1_lax)}  (P ${f(s.precision_strict)} R ${f(s.recall_strict)})${ms != null ? `  ${ms} ms` : ""}`,
  );
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, Math.round(performance.now() - t)];
}

// 1. Dev sets: every set found under ../shared (each is skipped with a note when absent).
for (const set of loadDevSets(shared, process.env.ALIGN_DEV_DIR)) {
  if (!set.docs) {
    console.log(`dev set ${set.name}: not found at ${set.dir}, skipped`);
    continue;
  }
  const zhCount = set.docs.reduce((s, d) => s + d.zh.length, 0);
  const enCount = set.docs.reduce((s, d) => s + d.en.length, 0);
  console.log(`dev set ${set.name} (${set.docs.length} file${set.docs.length === 1 ? "" : "s"}): ${zhCount} zh × ${enCount} en sentences`);
  const scoreSet = (label: string, align: (zh: string[], en: string[]) => Bead[]) => {
    const dir = join(tmp, `${set.name}-${label.replace(/\W+/g, "_")}`);
    mkdirSync(dir);
    const t = performance.now();
    for (const d of set.docs!) writeFileSync(join(dir, d.name), formatBeads(align(d.zh, d.en)));
    const ms = Math.round(performance.now() - t);
    // One gold file: score it directly; several: the scorer pools the directory.
    const gold = set.docs!.length === 1 ? set.docs![0].gold : set.dir;
    const test = set.docs!.length === 1 ? join(dir, set.docs![0].name) : dir;
    row(label, JSON.parse(execFileSync(process.execPath, [scorer, gold, test], { encoding: "utf8" })), ms);
  };
  scoreSet("Gale–Church (c=1, s²=6.8)", galeChurch);
  const variants: Array<[string, AlignOptions]> = [
    ["length, estimated ratio", { anchors: false, lexicon: false }],
    ["+ anchors", { lexicon: false }],
    ["+ anchors + dictionary", { learn: false }],
    ["+ learned table (full)", {}],
    ["full, no anchors", { anchors: false }],
    ["full, no re-estimation", { estimate: false }],
  ];
  for (const [label, opts] of variants) scoreSet(label, (zh, en) => alignSentences(zh, en, opts).beads);
  console.log("");
}

// Confidence: how well the calibrated per-bead probability (fitted on these
// same sets by npm run fit:align-confidence) matches the share of beads that
// are exactly right. The fit script reports the held-out figures.
{
  const found = loadDevSets(shared, process.env.ALIGN_DEV_DIR).filter((s) => s.docs);
  for (const set of found) {
    const rows = labelledBeads([set]);
    const ys = rows.map((r) => r.y);
    const ps = rows.map((r) => r.score);
    console.log(
      `confidence on ${set.name}: ${rows.length} beads, ${((100 * ys.filter(Boolean).length) / rows.length).toFixed(1)}% exactly right; ` +
        `Brier ${brier(ps, ys).toFixed(4)} (raw DP posterior ${brier(rows.map((r) => r.posterior), ys).toFixed(4)})`,
    );
    for (const line of reliability(ps, ys)) console.log(`  ${line}`);
  }
  if (found.length) console.log("");
}

// 2 + 3. Seed article.
{
  const article = loadSeedArticle(root);
  const gold = seedSentenceGold(article);
  console.log(`seed article: ${article.zh.length} zh × ${article.en.length} en paragraphs`);
  if (!gold) console.log("  (sentence gold unavailable: the splitter disagrees with the one-line-per-sentence layout)");
  else {
    const goldFile = join(tmp, "seed-gold.align");
    writeFileSync(goldFile, formatBeads(gold));
    for (const [label, opts] of [
      ["document, GC baseline", null],
      ["document, length only", { anchors: false, lexicon: false }],
      ["document, + anchors", { lexicon: false }],
      ["document, full", {}],
    ] as Array<[string, AlignOptions | null]>) {
      if (!opts) {
        // Baseline on the same paragraph split, for comparison.
        const doc = alignDocument(article.zh, article.en, { lexicon: false });
        const zhS = doc.zhSentences.map((s) => article.zh[s.para].slice(s.start, s.end));
        const enS = doc.enSentences.map((s) => article.en[s.para].slice(s.start, s.end));
        row("whole text, Gale–Church", score(goldFile, galeChurch(zhS, enS), "seed-gc"));
        continue;
      }
      const [doc, ms] = timed(() => alignDocument(article.zh, article.en, opts));
      row(label, score(goldFile, doc.sentenceBeads, label.replace(/\W+/g, "_")), ms);
    }
  }

  const p = perturbParagraphs(article);
  const goldFile = join(tmp, "para-gold.align");
  writeFileSync(goldFile, formatBeads(p.gold));
  console.log(
    `\nparagraphs: ${p.zh.length} zh × ${p.en.length} en (en paragraphs merged, split; zh-only title, en-only footer)`,
  );
  for (const [label, opts] of [
    ["full", {}],
    ["no lexicon", { lexicon: false }],
    ["length only", { lexicon: false, anchors: false }],
  ] as Array<[string, AlignOptions]>) {
    const [r, ms] = timed(() => alignParagraphs(p.zh, p.en, opts));
    row(`paragraphs, ${label}`, score(goldFile, r.beads, `para-${label.replace(/\W+/g, "_")}`), ms);
  }
  row("paragraphs, Gale–Church", score(goldFile, galeChurch(p.zh, p.en), "para-gc"));
}

// 4. Scale. Each run is a fresh process (so the dictionary load is counted and
// RSS is this run's own); the median of SCALE_RUNS is the figure, because the
// machine is shared and single runs swing with its load.
if (!quick) {
  const runs = Number(process.env.SCALE_RUNS ?? 3);
  // Wall time on a shared machine tracks its load: the load average and the CPU time say how to read it.
  console.log(`\nscale (child process, synthetic pair from the dev set; median of ${runs} runs; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):`);
  for (const flags of [[], ["--no-lexicon"]]) {
    const g = join(tmp, "scale-gold.align");
    const t = join(tmp, "scale-test.align");
    const results: Array<Record<string, number | boolean>> = [];
    for (let k = 0; k < runs; k++) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, join(__dirname, "bench-align-scale.ts"), devDir, "10000", ...flags, `--gold=${g}`, `--test=${t}`],
        { encoding: "utf8" },
      );
      results.push(JSON.parse(out.trim().split("\n").pop()!));
    }
    const r = results[0];
    const med = (key: string) => median(results.map((x) => x[key] as number));
    const wall = results.map((x) => x.total_ms as number);
    const s = JSON.parse(execFileSync(process.execPath, [scorer, g, t], { encoding: "utf8" }));
    const ok = med("total_ms") < 5000 && Math.max(...results.map((x) => x.peak_rss_mb as number)) < 1024;
    console.log(
      `  ${r.zh} × ${r.en}${r.lexicon ? "" : " (no lexicon)"}: wall ${med("total_ms")} ms median (runs: ${wall.join(", ")} ms; dictionary load ${med("load_ms")} ms, align ${med("align_ms")} ms), ` +
        `CPU ${med("cpu_ms")} ms, peak RSS ${Math.max(...results.map((x) => x.peak_rss_mb as number))} MB; strict F1 ${s.f1_strict}, lax F1 ${s.f1_lax} — target < 5 s, < 1 GB${ok ? "" : " — OVER TARGET"}`,
    );
  }
}

rmSync(tmp, { recursive: true, force: true });
