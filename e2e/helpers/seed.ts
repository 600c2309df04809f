import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSeedArticle } from "@/lib/texts/seed-article";
import type { AlignedTextInput } from "@/lib/texts/aligned-text";

const SEED_DIR = path.join(__dirname, "..", "..", "prisma", "seed", "ai-limits");

/** The seed article exactly as `npm run db:seed` stores it, so specs count from the source. */
export function seedArticle(): AlignedTextInput {
  return buildSeedArticle(
    readFileSync(path.join(SEED_DIR, "zh.raw.txt"), "utf8"),
    readFileSync(path.join(SEED_DIR, "en.txt"), "utf8"),
    "ai-limits",
  );
}

export const SEED_SLUG = "ai-limits";

/**
 * The data-sentence key ("<pair>.<sentence pair>") of the first Chinese
 * sentence containing `needle`, plus the sentence text.
 */
export function findZhSentence(article: AlignedTextInput, needle: string): { key: string; text: string } {
  for (const [pi, p] of article.paragraphs.entries()) {
    for (const s of p.sentences) {
      if (s.lang !== "zh") continue;
      const text = p.zh.slice(s.start, s.end);
      if (text.includes(needle)) return { key: `${pi}.${s.pair}`, text };
    }
  }
  throw new Error(`no Chinese sentence in the seed contains "${needle}"`);
}
