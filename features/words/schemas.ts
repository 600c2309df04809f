import { z } from "zod";

/** Sentences are short; the bound keeps a lookup from asking the server to segment a book. */
const SENTENCE = z.string().min(1).max(2000);

export const lookupQuery = z.object({
  lang: z.enum(["zh", "en"]),
  text: SENTENCE,
  at: z.coerce.number().int().min(0),
  length: z.coerce.number().int().min(1).max(16).optional(),
  counterpart: z.string().max(4000).optional(),
});
