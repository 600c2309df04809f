// The CPU-heavy half of an import preview: repair both sides (the same reflow
// as the seed article) and align them. Runs in a worker thread
// (align.worker.ts); it is a plain function so tests can call it directly.
import { alignDocument } from "@/lib/align";
import { pairsFromAlignment, type PreviewPair } from "@/lib/import/preview-model";
import { reflow } from "@/lib/text/reflow";

export interface AlignPreview {
  pairs: PreviewPair[];
  stats: { zhParagraphs: number; enParagraphs: number; zhSentences: number; enSentences: number; ms: number };
}

export interface AlignJob {
  zh: string;
  en: string;
}

/** The preview, or the side that has no paragraphs left once repaired. */
export type AlignOutcome = { ok: true; preview: AlignPreview } | { ok: false; empty: "zh" | "en" };

export function alignForPreview({ zh, en }: AlignJob): AlignOutcome {
  const started = performance.now();
  const zhParas = reflow(zh, { lang: "zh" });
  const enParas = reflow(en, { lang: "en" });
  if (zhParas.length === 0) return { ok: false, empty: "zh" };
  if (enParas.length === 0) return { ok: false, empty: "en" };
  const doc = alignDocument(zhParas, enParas);
  return {
    ok: true,
    preview: {
      pairs: pairsFromAlignment(zhParas, enParas, doc),
      stats: {
        zhParagraphs: zhParas.length,
        enParagraphs: enParas.length,
        zhSentences: doc.zhSentences.length,
        enSentences: doc.enSentences.length,
        ms: Math.round(performance.now() - started),
      },
    },
  };
}
