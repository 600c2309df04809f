import { describe, expect, it } from "vitest";
import { alignDocument } from "./align-document";
import { DOUBTFUL_BELOW } from "@/lib/sentence-fix/sentence-fix";

// A pasted pair whose English is another edition: one sentence the Chinese
// does not have, and two Chinese sentences with no English. The aligner has
// to glue the extra and the orphans onto neighbours' beads somewhere; the
// confidence must say those beads are doubtful, and keep the faithful ones sure.
const zh = [
  "李老师是一位中学的数学老师。她每天早上七点到学校，先批改作业，然后去教室上课。",
  "她的儿子在北京读大学，只有暑假才回家。每次儿子回家，她都会包很多饺子。",
  "今年暑假，儿子打电话说他要去实习。李老师听了，心里有点难过。后来她自己坐火车去了北京，想给儿子一个惊喜。",
  "到了北京，她才发现自己忘了带儿子的电话号码。",
];
const en = [
  "Teacher Li was a maths teacher at a middle school. Every morning she arrived at school at seven, marked the homework first, and then went to the classroom to teach.",
  "The winter that year was long and cold, and the river froze for three months. Her son studied at a university in Beijing and only came home in the summer holidays.",
  "This summer, her son phoned to say he was going to do an internship. Later she took the train to Beijing by herself, hoping to surprise her son.",
  "When she got to Beijing, she realised she had forgotten to bring her son's phone number.",
];

const text = (paras: string[], s: { para: number; start: number; end: number }) => paras[s.para].slice(s.start, s.end);

describe("confidence of beads around inserted and dropped sentences", () => {
  const doc = alignDocument(zh, en);
  const beads = doc.sentenceBeads.map(([zs, es], k) => ({
    zh: zs.map((i) => text(zh, doc.zhSentences[i])).join(""),
    en: es.map((j) => text(en, doc.enSentences[j])).join(" "),
    score: doc.sentenceScores[k],
  }));
  const scoreOf = (pred: (b: (typeof beads)[number]) => boolean) => {
    const hits = beads.filter(pred);
    expect(hits.length, JSON.stringify(beads, null, 1)).toBeGreaterThan(0);
    return Math.max(...hits.map((b) => b.score));
  };

  it("marks the bead holding the inserted English sentence doubtful", () => {
    expect(scoreOf((b) => b.en.includes("The winter that year"))).toBeLessThan(DOUBTFUL_BELOW);
  });

  it("marks the beads holding the Chinese sentences with no English doubtful", () => {
    expect(scoreOf((b) => b.zh.includes("只有暑假才回家") || b.zh.includes("每次儿子回家"))).toBeLessThan(DOUBTFUL_BELOW);
    expect(scoreOf((b) => b.zh.includes("李老师听了"))).toBeLessThan(DOUBTFUL_BELOW);
  });

  it("keeps faithful one-to-one beads confident", () => {
    expect(scoreOf((b) => b.zh.startsWith("到了北京") && b.en.startsWith("When she got to Beijing"))).toBeGreaterThanOrEqual(DOUBTFUL_BELOW);
    expect(scoreOf((b) => b.zh.startsWith("李老师是") && b.en.startsWith("Teacher Li was"))).toBeGreaterThanOrEqual(DOUBTFUL_BELOW);
  });
});
