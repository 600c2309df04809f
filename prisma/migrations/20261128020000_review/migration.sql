-- CreateTable
CREATE TABLE "StudySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "autoCards" BOOLEAN NOT NULL DEFAULT true,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "frontMode" TEXT NOT NULL DEFAULT 'cloze',
    CONSTRAINT "StudySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "highlightId" TEXT,
    "groupId" TEXT,
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
    CONSTRAINT "Card_highlightId_fkey" FOREIGN KEY ("highlightId") REFERENCES "Highlight" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "HighlightGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Card_userId_suspended_due_idx" ON "Card"("userId", "suspended", "due");

-- CreateIndex
CREATE UNIQUE INDEX "Card_highlightId_kind_key" ON "Card"("highlightId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Card_groupId_kind_key" ON "Card"("groupId", "kind");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");

-- CreateIndex
CREATE INDEX "ReviewLog_cardId_idx" ON "ReviewLog"("cardId");

-- CreateIndex
CREATE INDEX "Highlight_groupId_idx" ON "Highlight"("groupId");


-- ───────────── Full-text search over annotations (hand-written) ─────────────
--
-- Why trigram: Chinese has no spaces, so a word tokenizer (unicode61) would
-- treat a whole clause as one token and never find 人工智能 inside it.
-- Segmentation (jieba) would have to run in JS on every write and every
-- query, and still misses words it segments differently. FTS5's built-in
-- trigram tokenizer indexes every 3-character window, so any substring of 3+
-- characters matches in Chinese and English alike (case-insensitively) with
-- no segmenter at all. Its one gap is queries shorter than 3 characters
-- (卡, 算力, "AI"): those fall back to LIKE on SearchDoc, restricted to the
-- user's own rows through the userId index, which is fast enough for one
-- person's notes (see lib/search/search-query.ts and npm run bench:review).
--
-- Why triggers (not syncing from the actions): highlights, notes and tags are
-- written by the annotation actions, by the backup import, by cascades and by
-- re-seeding (which rewrites sentences, and so counterparts). Triggers keep the
-- index right for every writer, inside the writer's own transaction.
--
-- Layout: SearchDoc holds one row per highlight with the searchable text
-- (quote, the note of its annotation, tags, aligned counterpart sentences);
-- SearchFts is an external-content FTS5 index over it. SearchDoc has an
-- INTEGER PRIMARY KEY, so FTS rowids stay stable even across VACUUM.

CREATE TABLE "SearchDoc" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "highlightId" TEXT NOT NULL UNIQUE,
    "userId" TEXT NOT NULL,
    "noteKey" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL
);
CREATE INDEX "SearchDoc_userId_idx" ON "SearchDoc"("userId");

CREATE VIRTUAL TABLE "SearchFts" USING fts5(
    quote, note, tags, counterpart,
    content='SearchDoc', content_rowid='id',
    tokenize='trigram'
);

-- The searchable text of each highlight, computed from the live tables. The
-- note belongs to the highlight or to its group; the counterpart is every
-- sentence on the other side paired with a sentence the highlight overlaps.
CREATE VIEW "SearchSource" AS
SELECT
    h."id" AS "highlightId",
    h."userId" AS "userId",
    COALESCE(h."groupId", h."id") AS "noteKey",
    h."quote" AS "quote",
    COALESCE(n1."body", n2."body", '') AS "note",
    COALESCE((SELECT group_concat(t."name", ' ') FROM "NoteTag" nt JOIN "Tag" t ON t."id" = nt."tagId"
              WHERE nt."noteId" = COALESCE(n1."id", n2."id")), '') AS "tags",
    COALESCE((SELECT group_concat(substr(CASE WHEN h."lang" = 'zh' THEN p."en" ELSE p."zh" END, o."start" + 1, o."end" - o."start"), ' ')
              FROM "Sentence" o
              WHERE o."paragraphId" = h."paragraphId" AND o."lang" <> h."lang"
                AND o."pair" IN (SELECT s."pair" FROM "Sentence" s
                                 WHERE s."paragraphId" = h."paragraphId" AND s."lang" = h."lang"
                                   AND s."start" < h."end" AND s."end" > h."start")), '') AS "counterpart"
FROM "Highlight" h
LEFT JOIN "Paragraph" p ON p."id" = h."paragraphId"
LEFT JOIN "Note" n1 ON n1."highlightId" = h."id"
LEFT JOIN "Note" n2 ON h."groupId" IS NOT NULL AND n2."groupId" = h."groupId";

-- SearchDoc → SearchFts (the standard external-content triggers).
CREATE TRIGGER "SearchDoc_ai" AFTER INSERT ON "SearchDoc" BEGIN
    INSERT INTO "SearchFts"(rowid, quote, note, tags, counterpart) VALUES (new."id", new."quote", new."note", new."tags", new."counterpart");
END;
CREATE TRIGGER "SearchDoc_ad" AFTER DELETE ON "SearchDoc" BEGIN
    INSERT INTO "SearchFts"("SearchFts", rowid, quote, note, tags, counterpart) VALUES ('delete', old."id", old."quote", old."note", old."tags", old."counterpart");
END;
CREATE TRIGGER "SearchDoc_au" AFTER UPDATE ON "SearchDoc" BEGIN
    INSERT INTO "SearchFts"("SearchFts", rowid, quote, note, tags, counterpart) VALUES ('delete', old."id", old."quote", old."note", old."tags", old."counterpart");
    INSERT INTO "SearchFts"(rowid, quote, note, tags, counterpart) VALUES (new."id", new."quote", new."note", new."tags", new."counterpart");
END;

-- Live tables → SearchDoc. Each refresh recomputes whole rows from SearchSource.
CREATE TRIGGER "Highlight_search_ai" AFTER INSERT ON "Highlight" BEGIN
    INSERT INTO "SearchDoc"("highlightId", "userId", "noteKey", "quote", "note", "tags", "counterpart")
    SELECT "highlightId", "userId", "noteKey", "quote", "note", "tags", "counterpart" FROM "SearchSource" WHERE "highlightId" = new."id";
END;
CREATE TRIGGER "Highlight_search_au" AFTER UPDATE OF "quote", "groupId", "paragraphId", "lang", "start", "end" ON "Highlight" BEGIN
    UPDATE "SearchDoc" SET ("noteKey", "quote", "note", "tags", "counterpart") =
        (SELECT "noteKey", "quote", "note", "tags", "counterpart" FROM "SearchSource" WHERE "highlightId" = new."id")
    WHERE "highlightId" = new."id";
END;
CREATE TRIGGER "Highlight_search_ad" AFTER DELETE ON "Highlight" BEGIN
    DELETE FROM "SearchDoc" WHERE "highlightId" = old."id";
END;

-- A note (or its tags) changed: refresh every highlight of its annotation.
CREATE TRIGGER "Note_search_ai" AFTER INSERT ON "Note" BEGIN
    UPDATE "SearchDoc" SET ("note", "tags") = (SELECT "note", "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = COALESCE(new."groupId", new."highlightId");
END;
CREATE TRIGGER "Note_search_au" AFTER UPDATE OF "body" ON "Note" BEGIN
    UPDATE "SearchDoc" SET ("note", "tags") = (SELECT "note", "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = COALESCE(new."groupId", new."highlightId");
END;
CREATE TRIGGER "Note_search_ad" AFTER DELETE ON "Note" BEGIN
    UPDATE "SearchDoc" SET ("note", "tags") = ('', '')
    WHERE "noteKey" = COALESCE(old."groupId", old."highlightId");
END;
CREATE TRIGGER "NoteTag_search_ai" AFTER INSERT ON "NoteTag" BEGIN
    UPDATE "SearchDoc" SET "tags" = (SELECT "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = (SELECT COALESCE("groupId", "highlightId") FROM "Note" WHERE "id" = new."noteId");
END;
CREATE TRIGGER "NoteTag_search_ad" AFTER DELETE ON "NoteTag" BEGIN
    UPDATE "SearchDoc" SET "tags" = (SELECT "tags" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "noteKey" = (SELECT COALESCE("groupId", "highlightId") FROM "Note" WHERE "id" = old."noteId");
END;

-- Re-seeding a text rewrites its sentences (and maybe paragraph text): refresh counterparts there.
CREATE TRIGGER "Sentence_search_ai" AFTER INSERT ON "Sentence" BEGIN
    UPDATE "SearchDoc" SET "counterpart" = (SELECT "counterpart" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "highlightId" IN (SELECT "id" FROM "Highlight" WHERE "paragraphId" = new."paragraphId");
END;
CREATE TRIGGER "Sentence_search_ad" AFTER DELETE ON "Sentence" BEGIN
    UPDATE "SearchDoc" SET "counterpart" = (SELECT "counterpart" FROM "SearchSource" v WHERE v."highlightId" = "SearchDoc"."highlightId")
    WHERE "highlightId" IN (SELECT "id" FROM "Highlight" WHERE "paragraphId" = old."paragraphId");
END;
