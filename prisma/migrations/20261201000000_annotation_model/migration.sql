-- One Annotation record per gesture. Before this migration an "annotation"
-- was either a single Highlight or a HighlightGroup of them, and notes and
-- cards pointed at one or the other. Now every highlight is a part of exactly
-- one Annotation, and notes and cards point at the annotation.
--
-- No data is lost, and every id that was visible before stays valid:
--   * a group becomes the Annotation with the group's id;
--   * a single highlight becomes an Annotation with the highlight's own id
--     (so the old "note key", groupId ?? highlightId, is the annotation id);
--   * every highlight keeps its id, as a part, in reading order;
--   * notes and cards move to annotationId = groupId ?? highlightId;
--   * tags, note-tags and review logs are untouched (their tables are not rebuilt).
-- The search rows (SearchDoc) already used groupId ?? highlightId as noteKey,
-- so they stay valid; only the view and the triggers that read the old
-- tables are re-created at the end.
--
-- Foreign keys are off while tables are rebuilt (SQLite's documented recipe),
-- so dropping the old Note and Card tables cannot cascade into NoteTag and
-- ReviewLog.

PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

-- The search view and triggers read the tables being rebuilt.
DROP VIEW IF EXISTS "SearchSource";
DROP TRIGGER IF EXISTS "Highlight_search_ai";
DROP TRIGGER IF EXISTS "Highlight_search_au";
DROP TRIGGER IF EXISTS "Highlight_search_ad";
DROP TRIGGER IF EXISTS "Note_search_ai";
DROP TRIGGER IF EXISTS "Note_search_au";
DROP TRIGGER IF EXISTS "Note_search_ad";
DROP TRIGGER IF EXISTS "NoteTag_search_ai";
DROP TRIGGER IF EXISTS "NoteTag_search_ad";
DROP TRIGGER IF EXISTS "Sentence_search_ai";
DROP TRIGGER IF EXISTS "Sentence_search_ad";

CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Annotation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Annotation_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Groups: colour of the first part; deleted only when every part was deleted.
INSERT INTO "Annotation" ("id", "userId", "textId", "color", "deletedAt", "createdAt", "updatedAt")
SELECT g."id", g."userId", g."textId",
       (SELECT h."color" FROM "Highlight" h WHERE h."groupId" = g."id" ORDER BY h."paragraphIndex", h."start", h."id" LIMIT 1),
       CASE WHEN EXISTS (SELECT 1 FROM "Highlight" h WHERE h."groupId" = g."id" AND h."deletedAt" IS NULL) THEN NULL
            ELSE (SELECT MAX(h."deletedAt") FROM "Highlight" h WHERE h."groupId" = g."id") END,
       g."createdAt",
       COALESCE((SELECT MAX(h."updatedAt") FROM "Highlight" h WHERE h."groupId" = g."id"), g."createdAt")
FROM "HighlightGroup" g
WHERE EXISTS (SELECT 1 FROM "Highlight" h WHERE h."groupId" = g."id");

-- Single highlights: the annotation takes the highlight's id.
INSERT INTO "Annotation" ("id", "userId", "textId", "color", "deletedAt", "createdAt", "updatedAt")
SELECT h."id", h."userId", h."textId", h."color", h."deletedAt", h."createdAt", h."updatedAt"
FROM "Highlight" h
WHERE h."groupId" IS NULL;

CREATE TABLE "new_Highlight" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "annotationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "paragraphId" TEXT,
    "paragraphIndex" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    CONSTRAINT "Highlight_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Highlight_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Highlight" ("id", "annotationId", "position", "paragraphId", "paragraphIndex", "lang", "start", "end", "quote", "prefix", "suffix")
SELECT h."id", COALESCE(h."groupId", h."id"),
       ROW_NUMBER() OVER (PARTITION BY COALESCE(h."groupId", h."id") ORDER BY h."paragraphIndex", h."start", h."id") - 1,
       h."paragraphId", h."paragraphIndex", h."lang", h."start", h."end", h."quote", h."prefix", h."suffix"
FROM "Highlight" h;

CREATE TABLE "new_Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Note_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Note_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Note" ("id", "userId", "annotationId", "body", "createdAt", "updatedAt")
SELECT "id", "userId", COALESCE("groupId", "highlightId"), "body", "createdAt", "updatedAt" FROM "Note";

CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "annotationId" TEXT,
    "vocabularyItemId" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'forward',
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL DEFAULT 0,
    "difficulty" REAL NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Card_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_vocabularyItemId_fkey" FOREIGN KEY ("vocabularyItemId") REFERENCES "VocabularyItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("id", "userId", "annotationId", "kind", "suspended", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt")
SELECT "id", "userId", COALESCE("groupId", "highlightId"), "kind", "suspended", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt" FROM "Card";

DROP TABLE "Card";
DROP TABLE "Note";
DROP TABLE "Highlight";
DROP TABLE "HighlightGroup";
ALTER TABLE "new_Highlight" RENAME TO "Highlight";
ALTER TABLE "new_Note" RENAME TO "Note";
ALTER TABLE "new_Card" RENAME TO "Card";

CREATE INDEX "Annotation_userId_textId_idx" ON "Annotation"("userId", "textId");
CREATE INDEX "Annotation_userId_createdAt_idx" ON "Annotation"("userId", "createdAt");
CREATE UNIQUE INDEX "Highlight_annotationId_position_key" ON "Highlight"("annotationId", "position");
CREATE INDEX "Highlight_paragraphId_idx" ON "Highlight"("paragraphId");
CREATE UNIQUE INDEX "Note_annotationId_key" ON "Note"("annotationId");
CREATE INDEX "Note_userId_idx" ON "Note"("userId");
CREATE INDEX "Card_userId_suspended_due_idx" ON "Card"("userId", "suspended", "due");
CREATE UNIQUE INDEX "Card_annotationId_kind_key" ON "Card"("annotationId", "kind");
CREATE UNIQUE INDEX "Card_vocabularyItemId_kind_key" ON "Card"("vocabularyItemId", "kind");

CREATE TABLE "VocabularyItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "headword" TEXT NOT NULL,
    "pinyin" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'learning',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VocabularyItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "VocabularyItem_userId_status_idx" ON "VocabularyItem"("userId", "status");
CREATE UNIQUE INDEX "VocabularyItem_userId_headword_key" ON "VocabularyItem"("userId", "headword");

CREATE TABLE "VocabularyContext" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "paragraphId" TEXT,
    "paragraphIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "translation" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VocabularyContext_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "VocabularyItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VocabularyContext_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VocabularyContext_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "VocabularyContext_itemId_idx" ON "VocabularyContext"("itemId");
CREATE INDEX "VocabularyContext_textId_idx" ON "VocabularyContext"("textId");
CREATE UNIQUE INDEX "VocabularyContext_itemId_paragraphId_start_key" ON "VocabularyContext"("itemId", "paragraphId", "start");

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- ───────────── Search: the view and triggers over the new tables ─────────────
-- (Why trigram FTS5 and triggers: see 20261128020000_review.) SearchDoc keeps
-- one row per highlight part; noteKey is the part's annotation id.

CREATE VIEW "SearchSource" AS
SELECT
    h."id" AS "highlightId",
    a."userId" AS "userId",
    a."id" AS "noteKey",
    h."quote" AS "quote",
    COALESCE(n."body", '') AS "note",
    COALESCE((SELECT group_concat(t."name", ' ') FROM "NoteTag" nt JOIN "Tag" t ON t."id" = nt."tagId"
              WHERE nt."noteId" = n."id"), '') AS "tags",
    COALESCE((SELECT group_concat(substr(CASE WHEN h."lang" = 'zh' THEN p."en" ELSE p."zh" END, o."start" + 1, o."end" - o."start"), ' ')
              FROM "Sentence" o
              WHERE o."paragraphId" = h."paragraphId" AND o."lang" <> h."lang"
                AND o."pair" IN (SELECT s."pair" FROM "Sentence" s
                                 WHERE s."paragraphId" = h."paragraphId" AND s."lang" = h."lang"
                                   AND s."start" < h."end" AND s."end" > h."start")), '') AS "counterpart"
FROM "Highlight" h
JOIN "Annotation" a ON a."id" = h."annotationId"
LEFT JOIN "Paragraph" p ON p."id" = h."paragraphId"
LEFT JOIN "Note" n ON n."annotationId" = a."id";

CREATE TRIGGER "Highlight_search_ai" AFTER INSERT ON "Highlight" BEGIN
    INSERT INTO "SearchDoc"("highlightId", "userId", "noteKey", "quote", "note", "tags", "counterpart")
    SELECT "highlightId", "userId", "noteKey", "quote", "note", "tags", "counterpart" FROM "SearchSource" WHERE "highlightId" = new."id";
END;
CREATE TRIGGER "Highlight_search_au" AFTER UPDATE OF "quote", "annotationId", "paragraphId", "lang", "start", "end" ON "Highlight" BEGIN
    UPDATE "SearchDoc" SET ("noteKey", "quote", "note", "tags", "counterpart") =
        (SELECT "noteKey", "quote", "note", "tags", "counterpart" FROM "SearchSource" WHERE "highlightId" = new."id")
    WHERE "highlightId" = new."id";
END;
CREATE TRIGGER "Highlight_search_ad" AFTER DELETE ON "Highlight" BEGIN
    DELETE FROM "SearchDoc" WHERE "highlightId" = old."id";
END;

CREATE TRIGGER "Note_search_ai" AFTER INSERT ON "Note" BEGIN
    UPDATE "SearchDoc" SET ("note", "tags") = (SELECT "note", "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = new."annotationId";
END;
CREATE TRIGGER "Note_search_au" AFTER UPDATE OF "body" ON "Note" BEGIN
    UPDATE "SearchDoc" SET ("note", "tags") = (SELECT "note", "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = new."annotationId";
END;
CREATE TRIGGER "Note_search_ad" AFTER DELETE ON "Note" BEGIN
    UPDATE "SearchDoc" SET ("note", "tags") = ('', '') WHERE "noteKey" = old."annotationId";
END;
CREATE TRIGGER "NoteTag_search_ai" AFTER INSERT ON "NoteTag" BEGIN
    UPDATE "SearchDoc" SET "tags" = (SELECT "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = (SELECT "annotationId" FROM "Note" WHERE "id" = new."noteId");
END;
CREATE TRIGGER "NoteTag_search_ad" AFTER DELETE ON "NoteTag" BEGIN
    UPDATE "SearchDoc" SET "tags" = (SELECT "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = (SELECT "annotationId" FROM "Note" WHERE "id" = old."noteId");
END;

CREATE TRIGGER "Sentence_search_ai" AFTER INSERT ON "Sentence" BEGIN
    UPDATE "SearchDoc" SET "counterpart" = (SELECT "counterpart" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "highlightId" IN (SELECT "id" FROM "Highlight" WHERE "paragraphId" = new."paragraphId");
END;
CREATE TRIGGER "Sentence_search_ad" AFTER DELETE ON "Sentence" BEGIN
    UPDATE "SearchDoc" SET "counterpart" = (SELECT "counterpart" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "highlightId" IN (SELECT "id" FROM "Highlight" WHERE "paragraphId" = old."paragraphId");
END;
