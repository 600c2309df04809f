-- Books, their chapters and reading positions. Written by hand and additive:
-- the Text table gains two columns with ALTER TABLE instead of Prisma's
-- table rebuild, which would drop and re-create Text under the SearchSource
-- view and the search triggers.

CREATE TABLE "Book" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "author" TEXT,
    "source" TEXT,
    "url" TEXT,
    "ownerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
CREATE UNIQUE INDEX "Book_slug_key" ON "Book"("slug");
CREATE INDEX "Book_ownerId_idx" ON "Book"("ownerId");

ALTER TABLE "Text" ADD COLUMN "bookId" TEXT REFERENCES "Book" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Text" ADD COLUMN "chapterIndex" INTEGER;
CREATE INDEX "Text_bookId_chapterIndex_idx" ON "Text"("bookId", "chapterIndex");

CREATE TABLE "ReadingPosition" (
    "userId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "paragraphIndex" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "textId"),
    CONSTRAINT "ReadingPosition_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReadingPosition_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ReadingPosition_userId_updatedAt_idx" ON "ReadingPosition"("userId", "updatedAt");
