// The annotation-model migration on a database filled under the schema before
// it: single and grouped highlights (one group partly on a second paragraph),
// a deleted highlight, notes with tags, cards and review logs. Every item must
// still be there afterwards, and still linked to the same things.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIGRATIONS = path.join(__dirname, "..", "migrations");
const TARGET = "20261201000000_annotation_model";

function migrationsUpTo(name: string, inclusive: boolean) {
  return readdirSync(MIGRATIONS)
    .filter((d) => /^\d+_/.test(d))
    .sort()
    .filter((d) => (inclusive ? d <= name : d < name));
}

const apply = (db: Database.Database, dirs: string[]) => {
  for (const m of dirs) db.exec(readFileSync(path.join(MIGRATIONS, m, "migration.sql"), "utf8"));
};

describe("migration to one Annotation record", () => {
  let dir: string;
  let db: Database.Database;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "annotation-migration-"));
    db = new Database(path.join(dir, "m.db"));
    db.pragma("foreign_keys = ON");
    apply(db, migrationsUpTo(TARGET, false));

    const t = "2026-11-20T10:00:00.000Z";
    db.exec(`
      INSERT INTO "user" (id, name, email, emailVerified, createdAt, updatedAt) VALUES ('u1', 'A', 'a@x', 0, '${t}', '${t}');
      INSERT INTO "Text" (id, slug, titleZh, titleEn, sourceLang, targetLang, createdAt, updatedAt) VALUES ('t1', 'tiny', '标题', 'Title', 'zh', 'en', '${t}', '${t}');
      INSERT INTO "Paragraph" (id, textId, "index", zh, en) VALUES ('p0', 't1', 0, '芯片是卡脖子的问题。', 'Chips are a chokepoint.');
      INSERT INTO "Paragraph" (id, textId, "index", zh, en) VALUES ('p1', 't1', 1, '算力越来越贵。', 'Compute keeps getting dearer.');
      INSERT INTO "Sentence" (id, paragraphId, lang, "index", start, "end", pair) VALUES
        ('s0', 'p0', 'zh', 0, 0, 10, 0), ('s1', 'p0', 'en', 0, 0, 23, 0), ('s2', 'p1', 'zh', 0, 0, 7, 0), ('s3', 'p1', 'en', 0, 0, 29, 0);
      -- a single highlight with a note, two tags, a card and two review logs
      INSERT INTO "Highlight" (id, userId, textId, paragraphId, paragraphIndex, lang, start, "end", quote, prefix, suffix, color, groupId, createdAt, updatedAt)
        VALUES ('h1', 'u1', 't1', 'p0', 0, 'zh', 0, 2, '芯片', '', '是卡脖子的问题。', 'blue', NULL, '${t}', '${t}');
      INSERT INTO "Note" (id, userId, highlightId, groupId, body, createdAt, updatedAt) VALUES ('n1', 'u1', 'h1', NULL, 'chips matter', '${t}', '${t}');
      INSERT INTO "Tag" (id, userId, name) VALUES ('tg1', 'u1', 'tech'), ('tg2', 'u1', 'hsk5');
      INSERT INTO "NoteTag" (noteId, tagId) VALUES ('n1', 'tg1'), ('n1', 'tg2');
      INSERT INTO "Card" (id, userId, highlightId, groupId, kind, suspended, due, state, reps, createdAt) VALUES ('c1', 'u1', 'h1', NULL, 'forward', 0, '${t}', 2, 2, '${t}');
      INSERT INTO "ReviewLog" (id, userId, cardId, rating, state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reviewedAt) VALUES
        ('r1', 'u1', 'c1', 3, 0, '${t}', 1, 5, 0, 1, 0, '${t}'), ('r2', 'u1', 'c1', 4, 2, '${t}', 3, 4, 1, 3, 0, '${t}');
      -- a group across both paragraphs (parts stored out of order), with a note, a tag and a reverse card
      INSERT INTO "HighlightGroup" (id, userId, textId, createdAt) VALUES ('g1', 'u1', 't1', '${t}');
      INSERT INTO "Highlight" (id, userId, textId, paragraphId, paragraphIndex, lang, start, "end", quote, prefix, suffix, color, groupId, createdAt, updatedAt)
        VALUES ('h3', 'u1', 't1', 'p1', 1, 'en', 0, 7, 'Compute', '', ' keeps', 'green', 'g1', '${t}', '${t}'),
               ('h2', 'u1', 't1', 'p0', 0, 'en', 10, 23, 'a chokepoint.', 'Chips are ', '', 'green', 'g1', '${t}', '${t}');
      INSERT INTO "Note" (id, userId, highlightId, groupId, body, createdAt, updatedAt) VALUES ('n2', 'u1', NULL, 'g1', 'group note', '${t}', '${t}');
      INSERT INTO "NoteTag" (noteId, tagId) VALUES ('n2', 'tg1');
      INSERT INTO "Card" (id, userId, highlightId, groupId, kind, suspended, due, state, createdAt) VALUES ('c2', 'u1', NULL, 'g1', 'reverse', 1, '${t}', 0, '${t}');
      -- a deleted single highlight (undo must still reach it)
      INSERT INTO "Highlight" (id, userId, textId, paragraphId, paragraphIndex, lang, start, "end", quote, prefix, suffix, color, groupId, deletedAt, createdAt, updatedAt)
        VALUES ('h4', 'u1', 't1', 'p1', 1, 'zh', 0, 2, '算力', '', '越来越贵。', 'yellow', NULL, '${t}', '${t}', '${t}');
    `);
    apply(db, [TARGET, ...migrationsUpTo(TARGET, true).slice(migrationsUpTo(TARGET, true).indexOf(TARGET) + 1)]);
  });

  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("makes one annotation per single highlight and per group, keeping ids, colour and deletion", () => {
    const rows = db.prepare(`SELECT id, userId, textId, color, deletedAt IS NOT NULL AS deleted FROM "Annotation" ORDER BY id`).all();
    expect(rows).toEqual([
      { id: "g1", userId: "u1", textId: "t1", color: "green", deleted: 0 },
      { id: "h1", userId: "u1", textId: "t1", color: "blue", deleted: 0 },
      { id: "h4", userId: "u1", textId: "t1", color: "yellow", deleted: 1 },
    ]);
  });

  it("keeps every highlight as a part of its annotation, in reading order", () => {
    const parts = db.prepare(`SELECT id, annotationId, position, paragraphId, quote FROM "Highlight" ORDER BY annotationId, position`).all();
    expect(parts).toEqual([
      { id: "h2", annotationId: "g1", position: 0, paragraphId: "p0", quote: "a chokepoint." },
      { id: "h3", annotationId: "g1", position: 1, paragraphId: "p1", quote: "Compute" },
      { id: "h1", annotationId: "h1", position: 0, paragraphId: "p0", quote: "芯片" },
      { id: "h4", annotationId: "h4", position: 0, paragraphId: "p1", quote: "算力" },
    ]);
  });

  it("moves notes and cards to the annotation, and keeps tags and review logs linked", () => {
    expect(db.prepare(`SELECT id, annotationId, body FROM "Note" ORDER BY id`).all()).toEqual([
      { id: "n1", annotationId: "h1", body: "chips matter" },
      { id: "n2", annotationId: "g1", body: "group note" },
    ]);
    expect(db.prepare(`SELECT noteId, tagId FROM "NoteTag" ORDER BY noteId, tagId`).all()).toEqual([
      { noteId: "n1", tagId: "tg1" },
      { noteId: "n1", tagId: "tg2" },
      { noteId: "n2", tagId: "tg1" },
    ]);
    expect(db.prepare(`SELECT id, annotationId, kind, suspended, reps, state FROM "Card" ORDER BY id`).all()).toEqual([
      { id: "c1", annotationId: "h1", kind: "forward", suspended: 0, reps: 2, state: 2 },
      { id: "c2", annotationId: "g1", kind: "reverse", suspended: 1, reps: 0, state: 0 },
    ]);
    expect(db.prepare(`SELECT id, cardId, rating FROM "ReviewLog" ORDER BY id`).all()).toEqual([
      { id: "r1", cardId: "c1", rating: 3 },
      { id: "r2", cardId: "c1", rating: 4 },
    ]);
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
  });

  it("keeps search in step: old rows still match, and new writes reach the index", () => {
    const match = (q: string) =>
      db.prepare(`SELECT DISTINCT d.noteKey FROM "SearchDoc" d WHERE d.id IN (SELECT rowid FROM "SearchFts" WHERE "SearchFts" MATCH ?) ORDER BY d.noteKey`).all(q);
    expect(match('"chips matter"')).toEqual([{ noteKey: "h1" }]);
    expect(match('"group note"')).toEqual([{ noteKey: "g1" }]);
    db.prepare(`UPDATE "Note" SET body = 'edited after migration' WHERE id = 'n2'`).run();
    expect(match('"edited after"')).toEqual([{ noteKey: "g1" }]);
    db.prepare(`INSERT INTO "NoteTag" (noteId, tagId) VALUES ('n2', 'tg2')`).run();
    expect(db.prepare(`SELECT tags FROM "SearchDoc" WHERE highlightId = 'h3'`).get()).toEqual({ tags: "tech hsk5" });
    db.prepare(`DELETE FROM "Annotation" WHERE id = 'g1'`).run();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "SearchDoc" WHERE noteKey = 'g1'`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Card" WHERE annotationId = 'g1'`).get()).toEqual({ n: 0 });
  });
});
