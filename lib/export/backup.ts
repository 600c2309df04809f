// The JSON backup of a user's imported texts and books, annotations, saved
// words and study cards: its shape, and the validation a restore runs before
// touching the database. Anchors are stored by text slug and paragraph index,
// which survive re-seeding; each annotation also carries its id, so restoring
// into the same account can tell "still there" from "deleted since" (a new
// account gets fresh ids). Saved words are keyed by headword, as in the
// account. Older files are still read: version 1 (no texts, no ids) and
// version 2 (no books, no words; a book's chapters were plain texts).

import { z } from "zod";

export const BACKUP_FORMAT = "bilingual-reader-backup";
export const BACKUP_VERSION = 3;
/**
 * Large enough for tens of thousands of notes and about ten imported novels
 * (a 300,000-character novel and its translation take about 5 MB), small
 * enough to parse in one go in a worker.
 */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;

const isoDate = z.iso.datetime({ offset: true });
const short = (max: number) => z.string().max(max);

const logSchema = z.object({
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  due: isoDate,
  stability: z.number().finite(),
  difficulty: z.number().finite(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reviewedAt: isoDate,
});

const scheduleSchema = z.object({
  suspended: z.boolean(),
  due: isoDate,
  stability: z.number().finite(),
  difficulty: z.number().finite(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: isoDate.nullable(),
  createdAt: isoDate,
  logs: z.array(logSchema).max(100_000),
});
const cardSchema = scheduleSchema.extend({ kind: z.enum(["forward", "reverse"]) });
const wordCardSchema = scheduleSchema.extend({ kind: z.enum(["recognition", "recall", "cloze"]) });

// One card of each kind at most: a restore must not fail halfway on Card's unique key.
const oneOfEachKind = <T extends { kind: string }>(cards: T[]) => new Set(cards.map((c) => c.kind)).size === cards.length;

const partSchema = z.object({
  paragraphIndex: z.number().int().min(0),
  lang: z.enum(["zh", "en"]),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: short(200_000).min(1),
  prefix: short(1000),
  suffix: short(1000),
});

const annotationSchema = z.object({
  /** Absent in version 1. */
  id: short(64).min(1).optional(),
  textSlug: short(200).min(1),
  color: z.enum(["yellow", "green", "blue", "pink", "purple"]),
  createdAt: isoDate,
  parts: z.array(partSchema).min(1).max(200),
  note: z
    .object({ body: short(10_000), tags: z.array(short(40).min(1)).max(20), createdAt: isoDate, updatedAt: isoDate })
    .nullable(),
  cards: z.array(cardSchema).max(2).refine(oneOfEachKind, { message: "two cards of the same kind" }),
});

const sentenceSchema = z.object({
  lang: z.enum(["zh", "en"]),
  index: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  pair: z.number().int().min(0),
  /** The pair's calibrated confidence (null: confirmed by hand). Absent before it was stored, and in older files. */
  confidence: z.number().min(0).max(1).nullable().optional(),
});

/** A text the user imported, whole: a restore into a new account or a fresh database recreates it. */
const textSchema = z.object({
  slug: short(200).min(1),
  titleZh: short(300),
  titleEn: short(300),
  author: short(200).nullable(),
  authorEn: short(200).nullable(),
  source: short(300).nullable(),
  sourceEn: short(300).nullable(),
  url: short(2000).nullable(),
  publishedOn: short(40).nullable(),
  notice: short(2000).nullable(),
  paragraphs: z
    .array(z.object({ zh: short(2_000_000), en: short(2_000_000), sentences: z.array(sentenceSchema).max(100_000) }))
    .max(50_000),
});

/** A book the user imported: its details and its chapters in order (a chapter's index is its place here). */
const bookSchema = z.object({
  slug: short(200).min(1),
  titleZh: short(300),
  titleEn: short(300),
  author: short(200).nullable(),
  source: short(300).nullable(),
  url: short(2000).nullable(),
  chapters: z.array(textSchema.pick({ slug: true, titleZh: true, titleEn: true, paragraphs: true })).min(1).max(5_000),
});

/** A saved word with every place it was saved from, and its study cards. */
const wordSchema = z.object({
  headword: short(16).min(1),
  pinyin: short(200),
  definition: short(2000),
  note: short(2000),
  status: z.enum(["learning", "known"]),
  createdAt: isoDate,
  contexts: z
    .array(
      z.object({
        textSlug: short(200).min(1),
        paragraphIndex: z.number().int().min(0),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        sentence: short(100_000),
        translation: short(100_000),
        createdAt: isoDate,
      }),
    )
    .max(10_000),
  cards: z.array(wordCardSchema).max(3).refine(oneOfEachKind, { message: "two cards of the same kind" }),
});

const settingsSchema = z
  .object({
    autoCards: z.boolean(),
    newPerDay: z.number().int().min(0).max(1000),
    reviewsPerDay: z.number().int().min(0).max(10_000),
    frontMode: z.enum(["cloze", "emphasis"]),
  })
  .nullable();

const backupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: isoDate,
  settings: settingsSchema,
  annotations: z.array(annotationSchema).max(200_000),
});

const backupV2Schema = backupV1Schema.extend({ version: z.literal(2), texts: z.array(textSchema).max(10_000) });

export const backupSchema = backupV2Schema.extend({
  version: z.literal(BACKUP_VERSION),
  books: z.array(bookSchema).max(1_000),
  words: z.array(wordSchema).max(100_000),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupAnnotation = Backup["annotations"][number];
export type BackupCard = BackupAnnotation["cards"][number];
export type BackupText = Backup["texts"][number];
export type BackupBook = Backup["books"][number];
export type BackupWord = Backup["words"][number];

export type ParsedBackup =
  | { ok: true; backup: Backup }
  | { ok: false; error: "tooLarge" | "notJson" | "foreign" | "invalid" | "newerVersion"; detail?: string };

/** Validates a backup file's text. Nothing is written until this says ok. */
export function parseBackup(text: string): ParsedBackup {
  if (Buffer.byteLength(text, "utf8") > BACKUP_MAX_BYTES) return { ok: false, error: "tooLarge" };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "notJson" };
  }
  // Any JSON that does not even claim to be our backup is "foreign", not "damaged".
  if (typeof json !== "object" || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, error: "foreign" };
  const version = (json as { version?: unknown }).version;
  if (typeof version === "number" && version > BACKUP_VERSION) return { ok: false, error: "newerVersion" };
  // Older versions read as the current one with what they lacked left empty.
  const parsed = version === 1 ? backupV1Schema.safeParse(json) : version === 2 ? backupV2Schema.safeParse(json) : backupSchema.safeParse(json);
  if (!parsed.success) {
    // Only where, not zod's English wording: the detail goes into a localized message.
    const issue = parsed.error.issues[0];
    return { ok: false, error: "invalid", detail: issue.path.join(".") || "(root)" };
  }
  const data = parsed.data;
  if (data.version === BACKUP_VERSION) return { ok: true, backup: data };
  return { ok: true, backup: { texts: [], ...data, version: BACKUP_VERSION, books: [], words: [] } };
}

// Compact: indenting books' sentence offsets made backups half as large again, for a file no one reads by eye.
export const serializeBackup = (b: Backup): string => JSON.stringify(b) + "\n";
