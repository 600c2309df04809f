-- The note and tag triggers refresh search rows by noteKey; without an index
-- each note save scanned every search row of every user.
CREATE INDEX "SearchDoc_noteKey_idx" ON "SearchDoc"("noteKey");
