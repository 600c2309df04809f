// The JSON backup of a user's imported texts, annotations and study cards:
// its shape, and the validation a restore runs before touching the database.
// Anchors are stored by text slug and paragraph index, which survive
// re-seeding; each annotation also carries its id, so restoring into the same
// account can tell "still there" from "deleted since" (a new account gets
// fresh ids). Version 1 files (no texts, no ids) are still read.

import { z } from "zod";

export const BACKUP_FORMAT = "bilingual-reader-backup";
export const BACKUP_VERSION = 2;
/** Large enough for tens of thousands of notes, small enough to parse in one go. */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

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

const cardSchema = z.object({
  kind: z.enum(["forward", "reverse"]),
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
  // One card of each kind at most: a restore must not fail halfway on Card's unique key.
  cards: z
    .array(cardSchema)
    .max(2)
    .refine((cards) => new Set(cards.map((c) => c.kind)).size === cards.length, { message: "two cards of the same kind" }),
});

const sentenceSchema = z.object({
  lang: z.enum(["zh", "en"]),
  index: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  pair: z.number().int().min(0),
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

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDate,
  settings: settingsSchema,
  texts: z.array(textSchema).max(10_000),
  annotations: z.array(annotationSchema).max(200_000),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupAnnotation = Backup["annotations"][number];
export type BackupCard = BackupAnnotation["cards"][number];
export type BackupText = Backup["texts"][number];

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
  // Version 1 had no texts: it reads as a version 2 backup with none.
  const parsed = version === 1 ? backupV1Schema.safeParse(json) : backupSchema.safeParse(json);
  if (!parsed.success) {
    // Only where, not zod's English wording: the detail goes into a localized message.
    const issue = parsed.error.issues[0];
    return { ok: false, error: "invalid", detail: issue.path.join(".") || "(root)" };
  }
  const data = parsed.data;
  return { ok: true, backup: data.version === 1 ? { ...data, version: BACKUP_VERSION, texts: [] } : data };
}

export const serializeBackup = (b: Backup): string => JSON.stringify(b, null, 2) + "\n";
