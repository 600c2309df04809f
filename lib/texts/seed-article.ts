import { parseScrapedArticle } from "@/lib/text/scraped-article";
import { splitSentences } from "@/lib/text/sentence-split";
import type { AlignedParagraph, AlignedSentence, AlignedTextInput } from "./aligned-text";

/**
 * The English side of a seed text: a few `key: value` header lines, a blank
 * line, then paragraphs separated by blank lines with one line per Chinese
 * sentence. Line i of paragraph p translates Chinese sentence i of paragraph
 * p, so the file is the sentence alignment: no aligner guesses are involved
 * for the text we ship.
 */
export interface EnglishSeed {
  header: Record<string, string>;
  paragraphs: string[][];
}

export function parseEnglishSeed(raw: string): EnglishSeed {
  const blocks = raw.replace(/\r\n?/g, "\n").trim().split(/\n\s*\n/);
  const header: Record<string, string> = {};
  const first = blocks[0]?.split("\n") ?? [];
  const isHeader = first.length > 0 && first.every((l) => /^[a-z]+:\s/.test(l));
  if (isHeader) {
    for (const line of first) {
      const i = line.indexOf(":");
      header[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    blocks.shift();
  }
  return { header, paragraphs: blocks.map((b) => b.split("\n").map((l) => l.trim()).filter(Boolean)) };
}

/**
 * Builds the seed text from the raw scraped Chinese (repaired by the reflow
 * step, exactly as an import would be) and the line-aligned English.
 * Throws with the paragraph number when the two sides disagree, because a
 * silently shifted alignment would mislead every learner.
 */
export function buildSeedArticle(zhRaw: string, enRaw: string, slug: string): AlignedTextInput {
  const zh = parseScrapedArticle(zhRaw);
  const en = parseEnglishSeed(enRaw);
  if (zh.paragraphs.length !== en.paragraphs.length) {
    throw new Error(`seed ${slug}: ${zh.paragraphs.length} Chinese paragraphs but ${en.paragraphs.length} English paragraphs`);
  }
  const paragraphs: AlignedParagraph[] = zh.paragraphs.map((zhText, p) => {
    const zhSpans = splitSentences(zhText, "zh");
    const enLines = en.paragraphs[p];
    if (zhSpans.length !== enLines.length) {
      throw new Error(
        `seed ${slug}: paragraph ${p + 1} has ${zhSpans.length} Chinese sentences but ${enLines.length} English lines`,
      );
    }
    const sentences: AlignedSentence[] = zhSpans.map((s, i) => ({ lang: "zh", index: i, start: s.start, end: s.end, pair: i }));
    // English lines are joined with a space; a line may hold more than one
    // English sentence, and each becomes its own span in the same pair.
    let enText = "";
    let enIndex = 0;
    enLines.forEach((line, pair) => {
      if (enText) enText += " ";
      const offset = enText.length;
      enText += line;
      for (const s of splitSentences(line, "en")) {
        sentences.push({ lang: "en", index: enIndex++, start: offset + s.start, end: offset + s.end, pair });
      }
    });
    return { zh: zhText, en: enText, sentences };
  });

  return {
    slug,
    titleZh: zh.title,
    titleEn: en.header.title ?? zh.title,
    author: zh.author ?? null,
    authorEn: en.header.author ?? null,
    source: zh.source ?? null,
    sourceEn: en.header.source ?? null,
    url: zh.url ?? null,
    publishedOn: zh.date ?? en.header.date ?? null,
    notice: "reproduced-for-study",
    ownerId: null,
    paragraphs,
  };
}
