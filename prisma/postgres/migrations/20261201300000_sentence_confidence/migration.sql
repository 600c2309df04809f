-- The PostgreSQL twin of prisma/migrations/20261201300000_sentence_confidence:
-- the calibrated confidence of each sentence pair. Additive; the search
-- triggers on "Sentence" are unaffected.
ALTER TABLE "Sentence" ADD COLUMN "confidence" DOUBLE PRECISION;
