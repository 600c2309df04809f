import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

// The dictionaries take seconds to load on a busy machine; each file loads them once.
vi.setConfig({ testTimeout: 30_000 });
import { loadLexicon } from "@/lib/align/lexicon";
import { loadDictionary } from "@/lib/words/dictionary";
import { buildSeedArticle } from "@/lib/texts/seed-article";
import { sameFamily } from "./word-links";
import { englishOfPairs, loadGoldLinks, scoreGoldLinks } from "./word-links-gold";

describe("word links on the hand-made seed-article gold set", () => {
  it("finds the links with high precision and recall", () => {
    const article = buildSeedArticle(
      readFileSync("prisma/seed/ai-limits/zh.raw.txt", "utf8"),
      readFileSync("prisma/seed/ai-limits/en.txt", "utf8"),
      "ai-limits",
    );
    const gold = loadGoldLinks();
    const score = scoreGoldLinks(loadLexicon()!, loadDictionary(), gold, englishOfPairs(article));
    expect(score.gold).toBeGreaterThanOrEqual(100);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.93);
  });

  it("counts words of one family as the same word, but not look-alikes", () => {
    expect(sameFamily("electric", "electricity")).toBe(true);
    expect(sameFamily("consum", "consumption")).toBe(true);
    expect(sameFamily("phenomenon", "phenomena")).toBe(true);
    expect(sameFamily("car", "card")).toBe(false);
    expect(sameFamily("present", "prevent")).toBe(false);
  });
});
