import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateAlignedText, type AlignedParagraph, type Side } from "./aligned-text";
import { buildSeedArticle } from "./seed-article";

const SEED_DIR = path.join(__dirname, "..", "..", "prisma", "seed", "ai-limits");
const zhRaw = readFileSync(path.join(SEED_DIR, "zh.raw.txt"), "utf8");
const enRaw = readFileSync(path.join(SEED_DIR, "en.txt"), "utf8");
const article = buildSeedArticle(zhRaw, enRaw, "ai-limits");

function pairsOn(p: AlignedParagraph, lang: Side): Set<number> {
  return new Set(p.sentences.filter((s) => s.lang === lang).map((s) => s.pair));
}

describe("buildSeedArticle (ai-limits)", () => {
  it("has 14 paragraph pairs with text on both sides", () => {
    expect(article.slug).toBe("ai-limits");
    expect(article.paragraphs).toHaveLength(14);
    for (const p of article.paragraphs) {
      expect(p.zh.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
  });

  it("pairs every Chinese sentence with English and vice versa (68 sentence pairs)", () => {
    let total = 0;
    article.paragraphs.forEach((p, i) => {
      const zh = pairsOn(p, "zh");
      const en = pairsOn(p, "en");
      expect([...en].sort((a, b) => a - b), `paragraph ${i + 1}`).toEqual([...zh].sort((a, b) => a - b));
      // The English file is line-aligned to Chinese sentences: one Chinese sentence per pair.
      expect(p.sentences.filter((s) => s.lang === "zh")).toHaveLength(zh.size);
      total += zh.size;
    });
    expect(total).toBe(68);
  });

  it("produces spans that pass validateAlignedText and cover real text", () => {
    expect(validateAlignedText(article)).toEqual([]);
    for (const p of article.paragraphs) {
      for (const s of p.sentences) {
        const slice = p[s.lang].slice(s.start, s.end);
        expect(slice.trim()).toBe(slice);
        expect(slice.length).toBeGreaterThan(0);
      }
    }
  });

  it("keeps notices and the signature out of the Chinese paragraphs", () => {
    for (const p of article.paragraphs) {
      for (const needle of ["本文原地址", "版权", "科研头条", "iikx.com", "2024年4月22日"]) {
        expect(p.zh).not.toContain(needle);
      }
    }
    // The signature (author name on its own line) is metadata, not a paragraph.
    expect(article.paragraphs.at(-1)!.zh.endsWith("张军平")).toBe(false);
    // Paragraphs broken mid-sentence by the scraper are joined again.
    for (const p of article.paragraphs) expect(p.zh).not.toMatch(/^[。，、；：！？]/);
  });

  it("reads the metadata from the header and the English file", () => {
    expect(article).toMatchObject({
      titleZh: "人工智能的极限：智能拼卡时代",
      titleEn: "The Limits of Artificial Intelligence: The Era of Intelligence by GPU Count",
      author: "张军平",
      authorEn: "Zhang Junping",
      source: "科学网博客",
      publishedOn: "2024-04-22",
      url: "https://www.iikx.com/news/topnews/26900.html",
      notice: "reproduced-for-study",
      ownerId: null,
    });
  });

  it("names the paragraph when the English file has a line missing", () => {
    // Drop the second line of the fourth English paragraph (blocks[0] is the header).
    const blocks = enRaw.replace(/\r\n?/g, "\n").trim().split(/\n\s*\n/);
    const lines = blocks[4].split("\n");
    expect(lines.length).toBeGreaterThan(1);
    lines.splice(1, 1);
    blocks[4] = lines.join("\n");
    const broken = blocks.join("\n\n");
    expect(() => buildSeedArticle(zhRaw, broken, "ai-limits")).toThrow(/paragraph 4 has \d+ Chinese sentences but \d+ English lines/);
    expect(() => buildSeedArticle(zhRaw, broken, "ai-limits")).toThrow(/ai-limits/);
  });

  it("rejects an English file with a paragraph missing", () => {
    const blocks = enRaw.trim().split(/\n\s*\n/);
    blocks.splice(5, 1);
    expect(() => buildSeedArticle(zhRaw, blocks.join("\n\n"), "ai-limits")).toThrow(/14 Chinese paragraphs but 13 English/);
  });
});
