/**
 * English → Chinese, from CC-CEDICT's glosses: the headwords one of whose
 * short senses is the English word ("card" ← 卡 kǎ, 卡片 kǎ piàn). Ranked by
 * how exactly the sense says the word, then by how common the Chinese word is.
 * The index is built on the first English lookup only.
 */
import { contentStems } from "@/lib/align/english-tokens";
import { entrySenses } from "./cedict-source";
import type { Dictionary } from "./dictionary";
import { markedSyllables } from "./tone-marks";
import { loadWordStats } from "./word-stats";

export interface EnglishMatch {
  word: string;
  pinyin: string;
  /** The gloss that matched. */
  sense: string;
  hskLevel: number | null;
}

const SKIP_SENSE = /^(CL:|(old |archaic |Japanese |erhua |Taiwan )?variant of|see |see also|surname |also written|used in|abbr\. for|pr\.|\(onom\.\)|\(bound form\))/i;
/** Senses of more content words than this are descriptions, not equivalents. */
const MAX_SENSE_WORDS = 3;

interface Posting {
  entry: number;
  /** 0 when the sense is just the word ("card", "to run"); more for other words, a qualifier, a later sense. */
  extra: number;
  sense: string;
}

let index: Map<string, Posting[]> | undefined;

function buildIndex(dict: Dictionary): Map<string, Posting[]> {
  const out = new Map<string, Posting[]>();
  dict.entries.forEach((e, i) => {
    if (/^[A-Z]/.test(e.pinyin)) return; // names
    entrySenses(e).slice(0, 8).forEach((sense, position) => {
      if (SKIP_SENSE.test(sense)) return;
      const core = sense.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ");
      if (/[\u3400-\u9fff]/.test(core)) return;
      const stems = [...new Set(contentStems(core))];
      if (!stems.length || stems.length > MAX_SENSE_WORDS) return;
      const extra = (stems.length - 1) * 10 + (core !== sense ? 1.5 : 0) + position * 0.7;
      for (const s of stems) {
        const list = out.get(s) ?? [];
        list.push({ entry: i, extra, sense });
        out.set(s, list);
      }
    });
  });
  return out;
}

/**
 * Every headword with a short sense naming the English stem, and that sense's
 * content stems ("integrated GPU" under "gpu" for 集成显卡 → [integrat, gpu]).
 */
export function headwordsNaming(dict: Dictionary, stem: string): { word: string; stems: string[] }[] {
  index ??= buildIndex(dict);
  return (index.get(stem) ?? []).map((p) => ({
    word: dict.entries[p.entry].simplified,
    stems: contentStems(p.sense.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ")),
  }));
}

export function englishToChinese(dict: Dictionary, english: string, limit = 8): EnglishMatch[] {
  const stems = contentStems(english);
  if (stems.length !== 1) return [];
  index ??= buildIndex(dict);
  const stats = loadWordStats();
  const best = new Map<string, { m: EnglishMatch; score: number }>();
  for (const p of index.get(stems[0]) ?? []) {
    const e = dict.entries[p.entry];
    const band = stats.frequencyBand(e.simplified) ?? 6;
    const hsk = stats.hskLevel(e.simplified);
    // Exactness first; among exact senses, common words and HSK words first.
    const score = p.extra + band + (hsk ? hsk / 10 - 1 : 0);
    const prev = best.get(e.simplified);
    if (!prev || score < prev.score) {
      best.set(e.simplified, {
        score,
        m: { word: e.simplified, pinyin: markedSyllables(e.pinyin).join(" "), sense: p.sense, hskLevel: hsk },
      });
    }
  }
  return [...best.values()].sort((a, b) => a.score - b.score).slice(0, limit).map((b) => b.m);
}
