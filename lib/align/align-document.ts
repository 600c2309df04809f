/**
 * Whole-document alignment: paragraphs first, then sentences inside each
 * aligned paragraph group. Sentence positions are UTF-16 spans into the
 * paragraph they come from, so the reader can highlight them directly.
 */
import { splitSentences } from "../text/sentence-split";
import { alignItems, alignParagraphs, SENTENCE_LEVEL } from "./align";
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
  /** Paragraph indices (either side may be empty). */
  zh: number[];
  en: number[];
  /** Confidence of the paragraph bead, 0..1. */
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
}

function sentencesOf(paras: string[], lang: "zh" | "en"): SentenceRef[][] {
  let index = 0;
  return paras.map((text, para) =>
    splitSentences(text, lang).map(({ start, end }) => ({ para, start, end, index: index++ })),
  );
}

export function alignDocument(zhParas: string[], enParas: string[], opts: AlignOptions = {}): DocumentAlignment {
  const paraAlignment: Alignment = alignParagraphs(zhParas, enParas, opts);
  const zhByPara = sentencesOf(zhParas, "zh");
  const enByPara = sentencesOf(enParas, "en");
  const zhSentences = zhByPara.flat();
  const enSentences = enByPara.flat();
  const text = (paras: string[]) => (s: SentenceRef) => paras[s.para].slice(s.start, s.end);

  // One sentence DP over the whole document, kept inside the paragraph beads,
  // so every parameter is estimated from the whole document.
  const blocks: Bead[] = paraAlignment.beads.map(([zp, ep]) => [
    zp.flatMap((p) => zhByPara[p].map((s) => s.index)),
    ep.flatMap((p) => enByPara[p].map((s) => s.index)),
  ]);
  const { beads: sentenceBeads, scores: sentenceScores } = alignItems(
    zhSentences.map(text(zhParas)),
    enSentences.map(text(enParas)),
    SENTENCE_LEVEL,
    { ...opts, blocks },
  );

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
  return { paragraphs, zhSentences, enSentences, sentenceBeads, sentenceScores };
}
