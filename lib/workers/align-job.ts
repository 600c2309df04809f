// The CPU-heavy half of an import preview: check both sides, repair them (the
// same reflow as the seed article) and align them. Runs in a worker thread
// (align.worker.ts); it is a plain function so tests can call it directly.
// Even the side checks run here: on 2 MB they take a few hundred milliseconds.
import { alignDocument } from "@/lib/align";
import { pairsFromAlignment, type PreviewPair } from "@/lib/import/preview-model";
import { checkSide, type SideProblem } from "@/lib/import/validate-side";
import { reflow } from "@/lib/text/reflow";

export interface AlignPreview {
  pairs: PreviewPair[];
  stats: { zhParagraphs: number; enParagraphs: number; zhSentences: number; enSentences: number; ms: number };
}

export interface AlignJob {
  zh: string;
  en: string;
}

type SideProblems = Partial<Record<"zh" | "en", SideProblem>>;

/** The preview, or what is wrong with each side (checkSide's verdict, or no paragraphs left once repaired), all at once. */
export type AlignOutcome = { ok: true; preview: AlignPreview } | { ok: false; problems: SideProblems };

export function alignForPreview(job: AlignJob): AlignOutcome {
  const problems: SideProblems = {};
  for (const side of ["zh", "en"] as const) {
    const problem = checkSide(job[side], side);
    if (problem) problems[side] = problem;
  }
  if (problems.zh || problems.en) return { ok: false, problems };
  const started = performance.now();
  const zhParas = reflow(job.zh, { lang: "zh" });
  const enParas = reflow(job.en, { lang: "en" });
  if (zhParas.length === 0) problems.zh = "EMPTY";
  if (enParas.length === 0) problems.en = "EMPTY";
  if (problems.zh || problems.en) return { ok: false, problems };
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
