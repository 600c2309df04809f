// What the page shows of a read book before anything is aligned: each
// side's chapters (title, kind, size, first words) and the chapter pairs.
import type { ChapterPair } from "./chapter-align";
import type { BookDraft } from "./book-drafts";
import type { ChapterKind } from "./types";

export interface ChapterInfo {
  title: string;
  kind: ChapterKind;
  chars: number;
  excerpt: string;
}

export interface BookOutline {
  token: string;
  titleZh: string;
  titleEn: string;
  author: string;
  zh: ChapterInfo[];
  en: ChapterInfo[];
  included: { zh: number[]; en: number[] };
  pairs: ChapterPair[];
}

const infos = (draft: BookDraft, lang: "zh" | "en"): ChapterInfo[] =>
  draft[lang].chapters.map((c, i) => ({ title: c.title, kind: c.kind, chars: draft.features[lang][i].len, excerpt: c.text.slice(0, 160).replace(/\s+/g, " ").slice(0, 80) }));

export function outlineOf(token: string, draft: BookDraft, included: { zh: number[]; en: number[] }, pairs: ChapterPair[]): BookOutline {
  return {
    token,
    titleZh: draft.zh.title,
    titleEn: draft.en.title,
    author: draft.zh.author || draft.en.author,
    zh: infos(draft, "zh"),
    en: infos(draft, "en"),
    included,
    pairs,
  };
}

/** Checks chapter pairs sent back by the page: both sides present, in range, in order, each chapter at most once. */
export function validPairs(pairs: { zh: number[]; en: number[] }[], zhCount: number, enCount: number): boolean {
  let lastZh = -1;
  let lastEn = -1;
  for (const p of pairs) {
    if (p.zh.length === 0 || p.en.length === 0) return false;
    for (const [side, count] of [[p.zh, zhCount], [p.en, enCount]] as const) {
      for (const i of side) if (!Number.isInteger(i) || i < 0 || i >= count) return false;
    }
    for (const i of p.zh) {
      if (i <= lastZh) return false;
      lastZh = i;
    }
    for (const j of p.en) {
      if (j <= lastEn) return false;
      lastEn = j;
    }
  }
  return pairs.length > 0;
}
