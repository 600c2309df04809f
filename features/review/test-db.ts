// A throwaway database with every migration applied, for unit tests that need
// real SQL (the search triggers, the backup round trip): SQLite, or PostgreSQL
// when vitest runs the "postgresql" project (test-db-postgres.ts). For SQLite,
// applying the migration files directly is ~100× faster than spawning
// `prisma migrate`.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/prisma-client";
import { createPostgresTestDatabase } from "./test-db-postgres";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import type { AlignedTextInput } from "@/lib/texts/aligned-text";

const MIGRATIONS = path.join(__dirname, "..", "..", "prisma", "migrations");

/** Which database the integration tests run on: SQLite, or PostgreSQL in vitest's "postgresql" project. */
export const testDialect = (): "sqlite" | "postgresql" => (process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite");

export function createTestDb() {
  if (testDialect() === "postgresql") {
    const database = createPostgresTestDatabase();
    const db = createPrismaClient(database.url);
    return {
      db,
      url: database.url,
      cleanup: async () => {
        await db.$disconnect();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "review-test-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const m of readdirSync(MIGRATIONS).filter((d) => /^\d+_/.test(d)).sort()) {
    raw.exec(readFileSync(path.join(MIGRATIONS, m, "migration.sql"), "utf8"));
  }
  raw.close();
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A two-paragraph aligned text: sentence pairs are 1-1, offsets computed from the strings. */
export function tinyText(slug: string): AlignedTextInput {
  const para = (zh: string[], en: string[]) => {
    const spans = (parts: string[], lang: "zh" | "en", sep: string) => {
      let pos = 0;
      return parts.map((s, i) => {
        const span = { lang, index: i, start: pos, end: pos + s.length, pair: i };
        pos += s.length + sep.length;
        return span;
      });
    };
    return { zh: zh.join(""), en: en.join(" "), sentences: [...spans(zh, "zh", ""), ...spans(en, "en", " ")] };
  };
  return {
    slug,
    titleZh: "芯片与能源",
    titleEn: "Chips and energy",
    author: "张三",
    authorEn: "Zhang San",
    paragraphs: [
      para(["芯片是卡脖子的问题。", "大模型需要更多能源。"], ["Chips are a chokepoint.", "Large models need more energy."]),
      para(["算力越来越贵。"], ["Compute keeps getting dearer."]),
    ],
  };
}

export async function seedTinyText(db: ReturnType<typeof createPrismaClient>, slug = "tiny") {
  await saveAlignedText(db, tinyText(slug));
  return db.text.findUniqueOrThrow({ where: { slug }, include: { paragraphs: { orderBy: { index: "asc" } } } });
}
