-- ───────────── Search over annotations, for PostgreSQL (hand-written) ─────────────
--
-- The same design as SQLite's (prisma/migrations/20261128020000_review and
-- 20261201000000_annotation_model): SearchDoc holds one row per highlight part
-- with its searchable text (quote, the annotation's note, its tags, the
-- aligned counterpart sentences), kept right by triggers on every table it is
-- computed from, inside the writer's own transaction, whoever the writer is
-- (the annotation actions, the backup import, cascades, re-seeding).
--
-- Where SQLite has an FTS5 trigram index, PostgreSQL has pg_trgm: a GIN
-- trigram index on "body" answers LIKE '%term%' for any term of 3+
-- characters, in Chinese and English alike. "body" is the four texts joined
-- by spaces and lower-cased once, when written: search terms never contain
-- spaces (lib/search/search-query.ts splits on them), so one joined column
-- finds exactly what four would, and LIKE against lower(term) is
-- case-insensitive without ILIKE's per-row case folding (3× slower at 10,000
-- notes). A term of 1–2 characters (卡, 算力, "AI") has no trigram: the
-- planner then filters the user's own rows, as SQLite does with LIKE
-- (npm run bench:review measures both).
--
-- pg_trgm counts a character as part of a word by the database's LC_CTYPE:
-- with a UTF-8 locale (C.UTF-8, en_US.UTF-8, …) Chinese characters make
-- trigrams; under the plain "C" locale they do not, and search stays right
-- but reads every row of the user. Create the database with a UTF-8 locale.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "SearchDoc" (
    "highlightId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "noteKey" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL,
    "body" TEXT GENERATED ALWAYS AS (lower("quote" || ' ' || "note" || ' ' || "tags" || ' ' || "counterpart")) STORED
);
CREATE INDEX "SearchDoc_userId_idx" ON "SearchDoc"("userId");
CREATE INDEX "SearchDoc_noteKey_idx" ON "SearchDoc"("noteKey");
CREATE INDEX "SearchDoc_body_trgm_idx" ON "SearchDoc" USING gin ("body" gin_trgm_ops);

-- The searchable text of each highlight part, computed from the live tables;
-- the counterpart is every sentence on the other side paired with a sentence
-- the part overlaps (offsets are 0-based, substr is 1-based).
CREATE VIEW "SearchSource" AS
SELECT
    h."id" AS "highlightId",
    a."userId" AS "userId",
    a."id" AS "noteKey",
    h."quote" AS "quote",
    COALESCE(n."body", '') AS "note",
    COALESCE((SELECT string_agg(t."name", ' ') FROM "NoteTag" nt JOIN "Tag" t ON t."id" = nt."tagId"
              WHERE nt."noteId" = n."id"), '') AS "tags",
    COALESCE((SELECT string_agg(substr(CASE WHEN h."lang" = 'zh' THEN p."en" ELSE p."zh" END, o."start" + 1, o."end" - o."start"), ' ' ORDER BY o."index")
              FROM "Sentence" o
              WHERE o."paragraphId" = h."paragraphId" AND o."lang" <> h."lang"
                AND o."pair" IN (SELECT s."pair" FROM "Sentence" s
                                 WHERE s."paragraphId" = h."paragraphId" AND s."lang" = h."lang"
                                   AND s."start" < h."end" AND s."end" > h."start")), '') AS "counterpart"
FROM "Highlight" h
JOIN "Annotation" a ON a."id" = h."annotationId"
LEFT JOIN "Paragraph" p ON p."id" = h."paragraphId"
LEFT JOIN "Note" n ON n."annotationId" = a."id";

-- A part was added, moved or re-anchored: (re)compute its row.
CREATE FUNCTION "search_highlight_upsert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "SearchDoc"("highlightId", "userId", "noteKey", "quote", "note", "tags", "counterpart")
    SELECT "highlightId", "userId", "noteKey", "quote", "note", "tags", "counterpart" FROM "SearchSource" WHERE "highlightId" = NEW."id"
    ON CONFLICT ("highlightId") DO UPDATE SET
        "userId" = EXCLUDED."userId", "noteKey" = EXCLUDED."noteKey", "quote" = EXCLUDED."quote",
        "note" = EXCLUDED."note", "tags" = EXCLUDED."tags", "counterpart" = EXCLUDED."counterpart";
    RETURN NULL;
END $$;
CREATE TRIGGER "Highlight_search_ai" AFTER INSERT ON "Highlight" FOR EACH ROW EXECUTE FUNCTION "search_highlight_upsert"();
CREATE TRIGGER "Highlight_search_au" AFTER UPDATE OF "quote", "annotationId", "paragraphId", "lang", "start", "end" ON "Highlight"
    FOR EACH ROW EXECUTE FUNCTION "search_highlight_upsert"();

CREATE FUNCTION "search_highlight_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "SearchDoc" WHERE "highlightId" = OLD."id";
    RETURN NULL;
END $$;
CREATE TRIGGER "Highlight_search_ad" AFTER DELETE ON "Highlight" FOR EACH ROW EXECUTE FUNCTION "search_highlight_delete"();

-- A note (or its tags) changed: refresh every part of its annotation.
CREATE FUNCTION "search_note_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key TEXT;
BEGIN
    IF TG_TABLE_NAME = 'Note' THEN
        key := CASE WHEN TG_OP = 'DELETE' THEN OLD."annotationId" ELSE NEW."annotationId" END;
    ELSE
        SELECT "annotationId" INTO key FROM "Note" WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."noteId" ELSE NEW."noteId" END;
    END IF;
    IF key IS NULL THEN
        RETURN NULL;
    END IF;
    -- A join, not a subquery: inside a cascade (an annotation deleted) some parts are already gone from the view.
    UPDATE "SearchDoc" d SET "note" = v."note", "tags" = v."tags"
    FROM "SearchSource" v WHERE v."highlightId" = d."highlightId" AND d."noteKey" = key;
    RETURN NULL;
END $$;
CREATE TRIGGER "Note_search_ai" AFTER INSERT ON "Note" FOR EACH ROW EXECUTE FUNCTION "search_note_refresh"();
CREATE TRIGGER "Note_search_au" AFTER UPDATE OF "body" ON "Note" FOR EACH ROW EXECUTE FUNCTION "search_note_refresh"();
CREATE TRIGGER "Note_search_ad" AFTER DELETE ON "Note" FOR EACH ROW EXECUTE FUNCTION "search_note_refresh"();
CREATE TRIGGER "NoteTag_search_ai" AFTER INSERT ON "NoteTag" FOR EACH ROW EXECUTE FUNCTION "search_note_refresh"();
CREATE TRIGGER "NoteTag_search_ad" AFTER DELETE ON "NoteTag" FOR EACH ROW EXECUTE FUNCTION "search_note_refresh"();

-- Sentences were re-aligned (re-seeding rewrites them): refresh the counterparts in that paragraph.
CREATE FUNCTION "search_sentence_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    para TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."paragraphId" ELSE NEW."paragraphId" END;
BEGIN
    UPDATE "SearchDoc" d SET "counterpart" = v."counterpart"
    FROM "SearchSource" v JOIN "Highlight" h ON h."id" = v."highlightId"
    WHERE v."highlightId" = d."highlightId" AND h."paragraphId" = para;
    RETURN NULL;
END $$;
CREATE TRIGGER "Sentence_search_ai" AFTER INSERT ON "Sentence" FOR EACH ROW EXECUTE FUNCTION "search_sentence_refresh"();
CREATE TRIGGER "Sentence_search_ad" AFTER DELETE ON "Sentence" FOR EACH ROW EXECUTE FUNCTION "search_sentence_refresh"();
