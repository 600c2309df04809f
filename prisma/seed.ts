// Loads the shipped study text(s) into the database. Safe to run on every
// `npm start`: an unchanged text is left alone, so there is always one copy.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, sqlDialect } from "@/lib/prisma-client";
import { buildSeedArticle } from "@/lib/texts/seed-article";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";

const SEED_DIR = path.join(__dirname, "seed");

export const SEED_TEXTS = [{ slug: "ai-limits", dir: "ai-limits" }] as const;

async function main() {
  const db = createPrismaClient();
  try {
    // WAL lets readers proceed while a writer commits; it is stored in the file, so setting it once per start is enough.
    if (sqlDialect(db) === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    for (const { slug, dir } of SEED_TEXTS) {
      const zh = readFileSync(path.join(SEED_DIR, dir, "zh.raw.txt"), "utf8");
      const en = readFileSync(path.join(SEED_DIR, dir, "en.txt"), "utf8");
      const text = buildSeedArticle(zh, en, slug);
      const result = await saveAlignedText(db, text);
      console.log(`seed: ${slug} ${result.status} (${text.paragraphs.length} paragraph pairs)`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
