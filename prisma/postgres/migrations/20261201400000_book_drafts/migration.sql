-- The PostgreSQL twin of prisma/migrations/20261201400000_book_drafts: book
-- import drafts and jobs in the database, so the steps of an import may reach
-- different app servers.
CREATE TABLE "BookDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "payload" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookDraft_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BookDraft_userId_createdAt_idx" ON "BookDraft"("userId", "createdAt");
ALTER TABLE "BookDraft" ADD CONSTRAINT "BookDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "BookImportJob" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BookImportJob_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BookImportJob_updatedAt_idx" ON "BookImportJob"("updatedAt");
ALTER TABLE "BookImportJob" ADD CONSTRAINT "BookImportJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
