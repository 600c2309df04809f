// Data builders for scripts/bench-align.ts: the seed-article pair, its
// paragraph perturbation with gold beads, and the synthetic large pair.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseScrapedArticle } from "../lib/text/scraped-article";
import { splitSentences } from "../lib/text/sentence-split";
import type { Bead } from "../lib/align/types";
import { rng } from "./bench-stats";

export interface DevDoc {
  /** Name of the test file to write, matching the gold file's name. */
  name: string;
  zh: string[];
  en: string[];
  gold: string;
}

export interface DevSet {
  name: string;
  dir: string;
  /** null when the set is not there (the data lives outside the repository). */
  docs: DevDoc[] | null;
}

const lines = (f: string) => readFileSync(f, "utf8").replace(/\n$/, "").split("\n");

/**
 * The sentence-alignment dev sets: a directory with zh.txt, en.txt and
 * gold.align (the Bible layout), or one with NNN.zh, NNN.en and NNN.align
 * per chapter (the mac-dev layout).
 */
export function loadDevSets(shared: string, extraDir?: string): DevSet[] {
  const dirs: Array<[string, string]> = [
    ["bible", join(shared, "data/align/bible")],
    ["mac-dev", join(shared, "data/align/mac-dev")],
  ];
  if (extraDir && !dirs.some(([, d]) => resolve(d) === resolve(extraDir))) dirs.unshift([extraDir, resolve(extraDir)]);
  return dirs.map(([name, dir]) => ({ name, dir, docs: readDevDir(dir) }));
}

function readDevDir(dir: string): DevDoc[] | null {
  if (!existsSync(dir)) return null;
  if (existsSync(join(dir, "gold.align"))) {
    return [{ name: "gold.align", zh: lines(join(dir, "zh.txt")), en: lines(join(dir, "en.txt")), gold: join(dir, "gold.align") }];
  }
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith(".align") && existsSync(join(dir, f.replace(/\.align$/, ".zh"))))
    .sort()
    .map((f) => {
      const base = join(dir, f.replace(/\.align$/, ""));
      return { name: f, zh: lines(`${base}.zh`), en: lines(`${base}.en`), gold: join(dir, f) };
    });
  return docs.length ? docs : null;
}

export interface SeedArticle {
  title: string;
  zh: string[]; // body paragraphs
  en: string[]; // body paragraphs, one line per zh sentence
  enHeader: string[];
}

export function loadSeedArticle(root: string): SeedArticle {
  const article = parseScrapedArticle(readFileSync(join(root, "prisma/seed/ai-limits/zh.raw.txt"), "utf8"));
  const blocks = readFileSync(join(root, "prisma/seed/ai-limits/en.txt"), "utf8").trim().split(/\n\s*\n/);
  return { title: article.title, zh: article.paragraphs, en: blocks.slice(1), enHeader: blocks[0].split("\n") };
}

/**
 * The seed English is laid out one line per Chinese sentence, so gold
 * sentence beads follow from the layout: zh sentence k ↔ the English
 * sentences overlapping line k, with lines that share an English sentence
 * (a line ending in ";") grouped into one bead. Returns null when the
 * Chinese splitter disagrees with the layout.
 */
export function seedSentenceGold(a: SeedArticle): Bead[] | null {
  const gold: Bead[] = [];
  let zBase = 0;
  let eBase = 0;
  for (let p = 0; p < a.zh.length; p++) {
    const zs = splitSentences(a.zh[p], "zh");
    const lines = a.en[p].split("\n");
    if (zs.length !== lines.length) return null;
    const es = splitSentences(a.en[p], "en");
    const lineStart: number[] = [];
    let off = 0;
    for (const l of lines) {
      lineStart.push(off);
      off += l.length + 1;
    }
    // English sentences of each line; consecutive lines sharing one are merged.
    let cur: Bead | null = null;
    let lastEn = -1;
    lines.forEach((l, k) => {
      const s0 = lineStart[k];
      const s1 = s0 + l.length;
      const ens = es.flatMap((e, j) => (e.start < s1 && e.end > s0 ? [j] : []));
      if (cur && ens.length && ens[0] === lastEn) {
        cur[0].push(zBase + k);
        for (const j of ens) if (j !== lastEn) cur[1].push(eBase + j);
      } else {
        cur = [[zBase + k], ens.map((j) => eBase + j)];
        gold.push(cur);
      }
      if (ens.length) lastEn = ens[ens.length - 1];
    });
    zBase += zs.length;
    eBase += es.length;
  }
  return gold;
}

/**
 * Paragraph benchmark: merge two English paragraphs, split another in two,
 * put the title on the Chinese side only and a footer on the English side
 * only. Returns the perturbed sides and the gold paragraph beads.
 */
export function perturbParagraphs(a: SeedArticle): { zh: string[]; en: string[]; gold: Bead[] } {
  const zh = [a.title, ...a.zh];
  const en: string[] = [];
  const gold: Bead[] = [[[0], []]];
  const MERGE = 4; // en 4 + 5 → one paragraph
  const SPLIT = 10; // en 10 → two paragraphs
  for (let p = 0; p < a.en.length; p++) {
    const z = p + 1;
    if (p === MERGE) {
      en.push(`${a.en[p]}\n${a.en[p + 1]}`);
      gold.push([[z, z + 1], [en.length - 1]]);
      p++;
    } else if (p === SPLIT) {
      const lines = a.en[p].split("\n");
      const cut = Math.ceil(lines.length / 2);
      en.push(lines.slice(0, cut).join("\n"), lines.slice(cut).join("\n"));
      gold.push([[z], [en.length - 2, en.length - 1]]);
    } else {
      en.push(a.en[p]);
      gold.push([[z], [en.length - 1]]);
    }
  }
  en.push("Translated for the bilingual reader. The original article and its copyright belong to the author.");
  gold.push([[], [en.length - 1]]);
  return { zh, en, gold };
}

/**
 * A large pair from the dev set: gold beads drawn in random order, English
 * sentences split at a clause boundary to balance the sides, ~1% of the
 * sentences on each side deleted, and ~2% of neighbouring beads merged on
 * the English side. Gold beads follow every edit.
 */
export function syntheticPair(zhLines: string[], enLines: string[], goldBeads: Bead[], size: number, seed = 7) {
  const rand = rng(seed);
  const zh: string[] = [];
  const en: string[] = [];
  const gold: Bead[] = [];
  const usable = goldBeads.filter(([a, b]) => a.length && b.length);
  while (zh.length < size || en.length < size) {
    const [a, b] = usable[Math.floor(rand() * usable.length)];
    const zi: number[] = [];
    const ei: number[] = [];
    for (const i of a) {
      if (zh.length >= size || rand() < 0.01) continue;
      zi.push(zh.length);
      zh.push(zhLines[i]);
    }
    let pieces = b.map((j) => enLines[j]);
    if (en.length < zh.length) {
      pieces = pieces.flatMap((s) => {
        const m = /^(.{20,}?[;:])\s+(.{20,})$/.exec(s);
        return m ? [m[1], m[2]] : [s];
      });
    }
    for (const s of pieces) {
      if (en.length >= size || rand() < 0.01) continue;
      ei.push(en.length);
      en.push(s);
    }
    if (!zi.length && !ei.length) continue;
    const prev = gold[gold.length - 1];
    if (prev && prev[0].length && prev[1].length && zi.length && ei.length && rand() < 0.02) {
      // Merge the last English sentence of the previous bead with this bead's first.
      const last = prev[1][prev[1].length - 1];
      if (last === ei[0] - 1) {
        en[last] = `${en[last]} ${en[ei[0]]}`;
        en.splice(ei[0], 1);
        gold[gold.length - 1] = [[...prev[0], ...zi], [...prev[1], ...ei.slice(1).map((j) => j - 1)]];
        continue;
      }
    }
    if (!zi.length) for (const j of ei) gold.push([[], [j]]);
    else if (!ei.length) for (const i of zi) gold.push([[i], []]);
    else gold.push([zi, ei]);
  }
  return { zh, en, gold };
}
