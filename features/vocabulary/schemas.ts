import { z } from "zod";

const id = z.string().min(1).max(64);

export const saveWordSchema = z
  .object({
    paragraphId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    headword: z.string().min(1).max(16),
    pinyin: z.string().max(200),
    definition: z.string().max(2000),
  })
  .refine((v) => v.end > v.start && v.end - v.start === v.headword.length, { message: "RANGE", path: ["end"] });

export const updateWordSchema = z.object({
  id,
  definition: z.string().max(2000).optional(),
  note: z.string().max(2000).optional(),
  status: z.enum(["learning", "known"]).optional(),
});

export const wordIdSchema = z.object({ id });

export const vocabularyFilterSchema = z.object({
  q: z.string().max(100).optional(),
  text: z.string().max(200).optional(),
  hsk: z.coerce.number().int().min(1).max(7).optional(),
  status: z.enum(["learning", "known"]).optional(),
  sort: z.enum(["recent", "pinyin", "hsk"]).optional(),
});

export const wordCardSchema = z.object({ id, kind: z.enum(["recognition", "recall", "cloze"]), enabled: z.boolean() });
