/**
 * Whole-document alignment into paragraph pairs with sentence beads inside.
 * Sentence positions are UTF-16 spans into the paragraph they come from, so
 * the reader can highlight them directly.
 */
import { splitSentences } from "../text/sentence-split";
import { alignItems, alignParagraphs, alignSentences, SENTENCE_LEVEL } from "./align";
import { ONE_SIDED_MAX } from "./confidence";
import { cutRuns, paragraphStarts } from "./rebuild-paragraphs";
import type { AlignOptions, Alignment, Bead } from "./types";

/** One sentence: its paragraph, its span there, and its index over the whole document. */
export interface SentenceRef {
  para: number;
  start: number;
  end: number;
  index: number;
}

/** A paragraph bead with the sentence alignment inside it. */
export interface ParagraphPair {
  /** Paragraph indices (either side may be empty); in "sentences" mode, the paragraphs the pair's sentences come from. */
  zh: number[];
  en: number[];
  /** Confidence 0..1: the least confident of the pair's sentence beads (and of the paragraph bead), 0 when nothing was scored. */
  score: number;
  /** The sentences of the grouped paragraphs, in order. */
  zhSentences: SentenceRef[];
  enSentences: SentenceRef[];
  /** Sentence beads over positions in zhSentences / enSentences. */
  beads: Bead[];
  scores: number[];
}

export interface DocumentAlignment {
  paragraphs: ParagraphPair[];
  /** Every sentence of each side, in document order (`index` is the position here). */
  zhSentences: SentenceRef[];
  enSentences: SentenceRef[];
  /** All sentence beads over document-wide sentence indices, in order. */
  sentenceBeads: Bead[];
  sentenceScores: number[];
  /**
   * "paragraphs": paragraph beads first, sentences inside them.
   * "sentences": the paragraphing was not usable; pairs were rebuilt from a
   * whole-document sentence alignment, so a pair may hold part of a paragraph.
   */
  mode: "paragraphs" | "sentences";
}

function sentencesOf(paras: string[], lang: "zh" | "en"): SentenceRef[][] {
  let index = 0;
  return paras.map((text, para) =>
    splitSentences(text, lang).map(({ start, end }) => ({ para, start, end, index: index++ })),
  );
}

/**
 * When both sides have paragraphs and they roughly agree: align paragraphs,
 * then sentences inside the paragraph beads. When they do not (one side has
 * none, the counts are far apart, or the paragraph beads or the sentences
 * inside them look wrong): align the sentences of the whole document and
 * rebuild paragraph pairs from that (rebuild-paragraphs.ts). Either way the
 * result covers every sentence, and nothing here throws on any input.
 */
export function alignDocument(zhParas: string[], enParas: string[], opts: AlignOptions = {}): DocumentAlignment {
  const zhByPara = sentencesOf(zhParas, "zh");
  const enByPara = sentencesOf(enParas, "en");
  const zhSentences = zhByPara.flat();
  const enSentences = enByPara.flat();
  const text = (paras: string[]) => (s: SentenceRef) => paras[s.para].slice(s.start, s.end);
  const zhTexts = zhSentences.map(text(zhParas));
  const enTexts = enSentences.map(text(enParas));
  const ctx: Context = { zhByPara, enByPara, zhSentences, enSentences, zhTexts, enTexts, opts };

  if (paragraphsComparable(zhByPara, enByPara)) {
    try {
      const byParagraphs = alignWithinParagraphs(zhParas, enParas, ctx);
      if (byParagraphs) return byParagraphs;
    } catch {
      // A failed paragraph pass only means the paragraphs are not used.
    }
  }
  return alignWholeDocument(ctx);
}

interface Context {
  zhByPara: SentenceRef[][];
  enByPara: SentenceRef[][];
  zhSentences: SentenceRef[];
  enSentences: SentenceRef[];
  zhTexts: string[];
  enTexts: string[];
  opts: AlignOptions;
}

/** Paragraph counts this far apart (smaller ÷ larger) mean the paragraphing disagrees. */
const MIN_COUNT_RATIO = 0.5;
/** More one-sided paragraphs than this share: the paragraph beads are not to be trusted. */
const MAX_ONE_SIDED_PARAGRAPHS = 0.25;
/** More sentences than this share left without a counterpart inside the paragraph beads: the blocks were wrong. */
const MAX_ONE_SIDED_SENTENCES = 0.1;

function paragraphsComparable(zh: SentenceRef[][], en: SentenceRef[][]): boolean {
  const nz = zh.filter((p) => p.length).length;
  const ne = en.filter((p) => p.length).length;
  return nz >= 2 && ne >= 2 && Math.min(nz, ne) / Math.max(nz, ne) >= MIN_COUNT_RATIO;
}

function alignWithinParagraphs(zhParas: string[], enParas: string[], ctx: Context): DocumentAlignment | null {
  const { zhByPara, enByPara, zhSentences, enSentences, opts } = ctx;
  const paraAlignment: Alignment = alignParagraphs(zhParas, enParas, opts);
  const oneSided = paraAlignment.beads.reduce((s, [z, e]) => s + (z.length && e.length ? 0 : z.length + e.length), 0);
  if (oneSided > MAX_ONE_SIDED_PARAGRAPHS * (zhParas.length + enParas.length)) return null;

  // One sentence DP over the whole document, kept inside the paragraph beads,
  // so every parameter is estimated from the whole document.
  const blocks: Bead[] = paraAlignment.beads.map(([zp, ep]) => [
    zp.flatMap((p) => zhByPara[p].map((s) => s.index)),
    ep.flatMap((p) => enByPara[p].map((s) => s.index)),
  ]);
  const { beads: sentenceBeads, scores: sentenceScores } = alignItems(ctx.zhTexts, ctx.enTexts, SENTENCE_LEVEL, { ...opts, blocks });
  const lonely = sentenceBeads.reduce((s, [z, e]) => s + (z.length && e.length ? 0 : z.length + e.length), 0);
  if (lonely > MAX_ONE_SIDED_SENTENCES * (zhSentences.length + enSentences.length)) return null;

  // Split the global beads back into paragraph pairs, with local indices.
  const paragraphs: ParagraphPair[] = paraAlignment.beads.map(([zp, ep], k) => ({
    zh: zp,
    en: ep,
    score: paraAlignment.scores[k],
    zhSentences: zp.flatMap((p) => zhByPara[p]),
    enSentences: ep.flatMap((p) => enByPara[p]),
    beads: [],
    scores: [],
  }));
  const zhBlock = new Int32Array(zhSentences.length);
  const enBlock = new Int32Array(enSentences.length);
  blocks.forEach(([zs, es], k) => {
    for (const i of zs) zhBlock[i] = k;
    for (const j of es) enBlock[j] = k;
  });
  sentenceBeads.forEach(([zs, es], b) => {
    const k = zs.length ? zhBlock[zs[0]] : enBlock[es[0]];
    const pair = paragraphs[k];
    const z0 = blocks[k][0][0] ?? 0;
    const e0 = blocks[k][1][0] ?? 0;
    pair.beads.push([zs.map((i) => i - z0), es.map((j) => j - e0)]);
    pair.scores.push(sentenceScores[b]);
  });
  for (const p of paragraphs) p.score = pairScore(p, p.score);
  return { paragraphs, zhSentences, enSentences, sentenceBeads, sentenceScores, mode: "paragraphs" };
}

function alignWholeDocument(ctx: Context): DocumentAlignment {
  const { zhByPara, enByPara, zhSentences, enSentences, opts } = ctx;
  const { beads: sentenceBeads, scores: sentenceScores } = alignSentences(ctx.zhTexts, ctx.enTexts, opts);
  const hasBreaks = (byPara: SentenceRef[][]) => byPara.filter((p) => p.length).length >= 2;
  const runs = cutRuns(
    sentenceBeads,
    sentenceScores,
    hasBreaks(zhByPara) ? paragraphStarts(zhByPara.map((p) => p.length)) : null,
    hasBreaks(enByPara) ? paragraphStarts(enByPara.map((p) => p.length)) : null,
  );
  const paragraphs = runs.map(({ from, to }): ParagraphPair => {
    const beads = sentenceBeads.slice(from, to);
    const zs = beads.flatMap((b) => b[0]);
    const es = beads.flatMap((b) => b[1]);
    const z0 = zs[0] ?? 0;
    const e0 = es[0] ?? 0;
    const scores = sentenceScores.slice(from, to);
    return {
      zh: [...new Set(zs.map((i) => zhSentences[i].para))],
      en: [...new Set(es.map((j) => enSentences[j].para))],
      score: 0,
      zhSentences: zs.map((i) => zhSentences[i]),
      enSentences: es.map((j) => enSentences[j]),
      beads: beads.map(([z, e]) => [z.map((i) => i - z0), e.map((j) => j - e0)]),
      scores,
    };
  });
  for (const p of paragraphs) p.score = pairScore(p, 1);
  return { paragraphs, zhSentences, enSentences, sentenceBeads, sentenceScores, mode: "sentences" };
}

/** A pair is only as sure as its least sure sentence bead (and its paragraph bead); a one-sided pair is doubtful at best. */
function pairScore(p: ParagraphPair, paragraphScore: number): number {
  const s = p.scores.length ? Math.min(paragraphScore, ...p.scores) : 0;
  return p.zhSentences.length && p.enSentences.length ? s : Math.min(s, ONE_SIDED_MAX);
}
