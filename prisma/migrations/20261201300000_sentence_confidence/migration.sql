-- The calibrated confidence of each sentence pair, so the reader can mark the
-- doubtful ones. Additive (ALTER TABLE, no table rebuild): the search triggers
-- on "Sentence" stay as they are.
ALTER TABLE "Sentence" ADD COLUMN "confidence" REAL;
