-- CreateTable
CREATE TABLE "Text" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "author" TEXT,
    "authorEn" TEXT,
    "source" TEXT,
    "sourceEn" TEXT,
    "url" TEXT,
    "publishedOn" TEXT,
    "sourceLang" TEXT NOT NULL DEFAULT 'zh',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "notice" TEXT,
    "contentHash" TEXT,
    "ownerId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "textId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    CONSTRAINT "Paragraph_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sentence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paragraphId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "pair" INTEGER NOT NULL,
    CONSTRAINT "Sentence_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Text_slug_key" ON "Text"("slug");

-- CreateIndex
CREATE INDEX "Text_ownerId_idx" ON "Text"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_textId_index_key" ON "Paragraph"("textId", "index");

-- CreateIndex
CREATE INDEX "Sentence_paragraphId_pair_idx" ON "Sentence"("paragraphId", "pair");

-- CreateIndex
CREATE UNIQUE INDEX "Sentence_paragraphId_lang_index_key" ON "Sentence"("paragraphId", "lang", "index");

