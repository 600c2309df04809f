// The import action's pipeline without the framework: reflow both pasted
// sides, align, build the preview, check it as the save action does, and
// convert it to the stored shape. Every paragraphing combination a user can
// paste must come out whole (every sentence kept, in order) and savable.
import { describe, expect, it } from "vitest";
import { alignDocument } from "@/lib/align";
import { PAIRS } from "@/lib/align/fixtures/pairs";
import { validateAlignedText } from "@/lib/texts/aligned-text";
import { reflow } from "@/lib/text/reflow";
import { checkPairs, pairsFromAlignment, toAlignedParagraphs } from "./preview-model";

const zhS = PAIRS.map((p) => p[0]);
const enS = PAIRS.map((p) => p[1]);
const blocks = (xs: string[], sizes: number[], glue: string) => {
  let at = 0;
  return sizes.map((n) => xs.slice(at, (at += n)).join(glue)).join("\n\n");
};

const CASES: Array<[string, string, string]> = [
  ["Chinese paragraphs, English none", blocks(zhS, [3, 4, 4, 4, 4, 4], ""), enS.join(" ")],
  ["Chinese none, English paragraphs", zhS.join(""), blocks(enS, [2, 2, 3, 3, 3, 3, 3, 4], " ")],
  ["no paragraphs on either side", zhS.join(""), enS.join(" ")],
  ["very different counts", blocks(zhS, Array(23).fill(1), ""), blocks(enS, [12, 11], " ")],
  ["a preface only in Chinese", `译者前言：这篇文章译自作者的长文，只选译了讨论人工智能局限的部分。\n\n${blocks(zhS, [8, 8, 7], "")}`, blocks(enS, [8, 8, 7], " ")],
];

describe("import pipeline", () => {
  for (const [name, zhText, enText] of CASES) {
    it(`${name}: keeps every sentence and produces a savable preview`, () => {
      const zhParas = reflow(zhText, { lang: "zh" });
      const enParas = reflow(enText, { lang: "en" });
      const doc = alignDocument(zhParas, enParas, { lexicon: false });
      const pairs = pairsFromAlignment(zhParas, enParas, doc);
      expect(checkPairs(pairs)).toBeNull();
      expect(pairs.flatMap((p) => p.zh).join("")).toBe(zhParas.join(""));
      expect(pairs.flatMap((p) => p.en).join(" ")).toBe(enParas.join(" "));
      // Most sentences find a counterpart: nothing collapsed into one-sided rows.
      const paired = pairs.flatMap((p) => p.beads).filter(([z, e]) => z.length && e.length).length;
      expect(paired).toBeGreaterThanOrEqual(20);
      expect(pairs.length).toBeGreaterThan(1);
      for (const p of pairs) if (!p.zh.length || !p.en.length) expect(p.score!).toBeLessThan(0.5);
      expect(validateAlignedText({ slug: "t", titleZh: "题", titleEn: "", paragraphs: toAlignedParagraphs(pairs) })).toEqual([]);
    });
  }
});
