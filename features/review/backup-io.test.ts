import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation, deleteAnnotation, saveNote } from "@/features/annotations/annotation-store";
import { parseBackup, serializeBackup, type Backup } from "@/lib/export/backup";
import { newCardSchedule, rateCard } from "@/lib/srs/scheduler";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { exportBackup, restoreBackup } from "./backup-io";
import { createTestDb, seedTinyText, tinyText } from "./test-db";

const t = createTestDb();
const db = t.db;
const USER = "user-a";
const OTHER = "user-b";
const FRESH = "user-c";

async function annotate(userId: string, slug: string, parts: { p: { id: string; zh: string; en: string }; lang: "zh" | "en"; start: number; end: number }[], extra: { color?: "yellow" | "blue"; note?: string } = {}) {
  const r = await createAnnotation(db, userId, {
    textSlug: slug,
    color: extra.color ?? "yellow",
    parts: parts.map(({ p, lang, start, end }) => ({ paragraphId: p.id, lang, start, end, quote: p[lang].slice(start, end) })),
    note: extra.note,
  });
  if (!r.ok) throw new Error(r.error);
  return r.data.annotationId;
}

let singleId = "";
let groupId = "";
let privateId = "";

beforeAll(async () => {
  const text = await seedTinyText(db);
  const [p0, p1] = text.paragraphs;
  for (const id of [USER, OTHER, FRESH]) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  // A single highlight with a tagged note and a reviewed card, plus a suspended reverse card.
  singleId = await annotate(USER, "tiny", [{ p: p0, lang: "zh", start: 3, end: 6 }], { note: "**idiom**" });
  await saveNote(db, USER, singleId, "**idiom**", ["idiom"]);
  const t0 = new Date("2026-03-01T10:00:00Z");
  const rated = rateCard(newCardSchedule(t0), 3, t0);
  const card = await db.card.create({ data: { userId: USER, annotationId: singleId, kind: "forward", ...rated.card, createdAt: t0 } });
  await db.reviewLog.create({ data: { userId: USER, cardId: card.id, ...rated.log } });
  await db.card.create({ data: { userId: USER, annotationId: singleId, kind: "reverse", suspended: true, ...newCardSchedule(t0), createdAt: t0 } });
  // One annotation across both paragraphs, English side.
  groupId = await annotate(USER, "tiny", [{ p: p0, lang: "en", start: 10, end: 23 }, { p: p1, lang: "en", start: 0, end: 7 }], { color: "blue" });
  // A private import of USER's, annotated.
  await saveAlignedText(db, { ...tinyText("mine-x1"), titleEn: "My import", ownerId: USER });
  const mine = await db.text.findUniqueOrThrow({ where: { slug: "mine-x1" }, include: { paragraphs: { orderBy: { index: "asc" } } } });
  // The aligner doubted the first pair of paragraph 0; the rest were confirmed by hand (null).
  await db.sentence.updateMany({ where: { paragraphId: mine.paragraphs[0].id, pair: 0 }, data: { confidence: 0.31 } });
  privateId = await annotate(USER, "mine-x1", [{ p: mine.paragraphs[1], lang: "zh", start: 0, end: 2 }], { note: "on my own text" });
  await db.studySettings.create({ data: { userId: USER, autoCards: false, newPerDay: 5, reviewsPerDay: 50, frontMode: "emphasis" } });
});

afterAll(() => t.cleanup());

const NO_WORDS = { restored: 0, present: 0, unlinked: 0, noText: 0 };
const withoutStamp = (b: Backup) => ({ ...b, exportedAt: "" });
const roundTrip = async (userId: string) => {
  const parsed = parseBackup(serializeBackup(await exportBackup(db, userId)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
};

describe("backup and restore", () => {
  it("holds the user's imported texts whole, and every annotation with its id", async () => {
    const backup = await roundTrip(USER);
    expect(backup.version).toBe(3);
    expect(backup.texts.map((x) => x.slug)).toEqual(["mine-x1"]);
    expect(backup.texts[0].paragraphs[1].zh).toBe("算力越来越贵。");
    expect(backup.annotations.map((a) => a.id).sort()).toEqual([singleId, groupId, privateId].sort());
  });

  it("brings back what was deleted since the backup, skips what is still there, and changes nothing else", async () => {
    const backup = await roundTrip(USER);
    const before = withoutStamp(await exportBackup(db, USER));
    expect((await deleteAnnotation(db, USER, groupId)).ok).toBe(true);
    // An edit made after the backup must survive the restore.
    await saveNote(db, USER, singleId, "edited after the backup");
    const result = await restoreBackup(db, USER, backup);
    expect(result).toEqual({ restored: 1, orphans: 0, textsCreated: 0, booksCreated: 0, skipped: { present: 2, noText: 0 }, words: NO_WORDS });
    const after = withoutStamp(await exportBackup(db, USER));
    expect(after.annotations.find((a) => a.id === singleId)?.note?.body).toBe("edited after the backup");
    await saveNote(db, USER, singleId, "**idiom**");
    expect(withoutStamp(await exportBackup(db, USER)).annotations.map((a) => ({ ...a, note: a.note && { ...a.note, updatedAt: "" } }))).toEqual(
      before.annotations.map((a) => ({ ...a, note: a.note && { ...a.note, updatedAt: "" } })),
    );
    // A second restore is a no-op.
    expect((await restoreBackup(db, USER, backup)).restored).toBe(0);
    expect(await db.annotation.count({ where: { userId: USER } })).toBe(3);
  });

  it("rewrites annotations that were removed entirely, with their notes, tags, cards and review logs", async () => {
    const backup = await roundTrip(USER);
    const before = withoutStamp(await exportBackup(db, USER));
    await db.annotation.deleteMany({ where: { userId: USER } });
    await db.tag.deleteMany({ where: { userId: USER } });
    expect(await db.card.count({ where: { userId: USER } })).toBe(0);
    expect(await restoreBackup(db, USER, backup)).toEqual({ restored: 3, orphans: 0, textsCreated: 0, booksCreated: 0, skipped: { present: 0, noText: 0 }, words: NO_WORDS });
    expect(withoutStamp(await exportBackup(db, USER))).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: USER } })).toBe(1);
  });

  it("restores into a new account: recreates the imported text under a fresh slug, and every annotation on it", async () => {
    const backup = await roundTrip(USER);
    const result = await restoreBackup(db, FRESH, backup);
    expect(result).toEqual({ restored: 3, orphans: 0, textsCreated: 1, booksCreated: 0, skipped: { present: 0, noText: 0 }, words: NO_WORDS });
    const copy = await db.text.findFirstOrThrow({ where: { ownerId: FRESH } });
    expect(copy.slug).not.toBe("mine-x1");
    // The copy keeps which sentence pairs were doubtful, so the reader marks the same ones.
    const scores = async (textId: string) =>
      (await db.sentence.findMany({ where: { paragraph: { textId } }, orderBy: [{ paragraph: { index: "asc" } }, { lang: "asc" }, { index: "asc" }] })).map((x) => x.confidence);
    const original = await db.text.findUniqueOrThrow({ where: { slug: "mine-x1" } });
    expect(await scores(copy.id)).toEqual(await scores(original.id));
    expect((await scores(copy.id)).filter((c) => c === 0.31).length).toBeGreaterThan(0);
    const restored = await exportBackup(db, FRESH);
    const onCopy = restored.annotations.find((a) => a.textSlug === copy.slug);
    expect(onCopy?.note?.body).toBe("on my own text");
    expect(onCopy?.parts[0].quote).toBe("算力");
    // Fresh ids: the first account's rows are untouched.
    expect(restored.annotations.some((a) => [singleId, groupId, privateId].includes(a.id!))).toBe(false);
    expect(await db.annotation.count({ where: { userId: USER } })).toBe(3);
    // Restoring again finds the earlier copy instead of making a second one.
    expect((await restoreBackup(db, FRESH, backup)).textsCreated).toBe(0);
    expect(await db.text.count({ where: { ownerId: FRESH } })).toBe(1);
  });

  it("skips annotations whose text it cannot find, and says so", async () => {
    const backup = await roundTrip(USER);
    backup.annotations.push({ ...backup.annotations[0], id: undefined, textSlug: "no-such-text" });
    const result = await restoreBackup(db, OTHER, backup);
    expect(result.skipped.noText).toBe(1);
    expect(result.restored).toBe(3);
  });

  it("keeps an anchor that no longer fits its paragraph as an orphan with its quote", async () => {
    const backup = await roundTrip(USER);
    const a = backup.annotations.find((x) => x.id === singleId)!;
    const lost = { ...a, id: undefined, parts: [{ ...a.parts[0], start: 500, end: 505, quote: "不存在的字", prefix: "", suffix: "" }], note: null, cards: [] };
    const result = await restoreBackup(db, USER, { ...backup, texts: [], annotations: [lost] });
    expect(result).toMatchObject({ restored: 1, orphans: 1 });
    const part = await db.highlight.findFirstOrThrow({ where: { quote: "不存在的字" } });
    expect(part.paragraphId).toBeNull();
  });

  it("still reads a version 1 backup", async () => {
    const v2 = await roundTrip(USER);
    const v1 = { ...v2, version: 1, texts: undefined, annotations: v2.annotations.map((a) => ({ ...a, id: undefined })) };
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const live = await db.annotation.count({ where: { userId: USER, deletedAt: null } });
    expect(await restoreBackup(db, USER, parsed.backup)).toMatchObject({ restored: 0, skipped: { present: live, noText: 0 }, words: NO_WORDS });
    expect(await db.annotation.count({ where: { userId: USER } })).toBe(live);
  });
});

describe("a large backup", () => {
  it("exports and restores thousands of annotations (past SQLite's bind-parameter limit) with their notes", async () => {
    const BIG = "user-big";
    const TO = "user-big-2";
    for (const id of [BIG, TO]) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
    const text = await db.text.findUniqueOrThrow({ where: { slug: "tiny" }, include: { paragraphs: { orderBy: { index: "asc" } } } });
    const p0 = text.paragraphs[0];
    const N = 1_500;
    const now = new Date();
    await db.annotation.createMany({ data: Array.from({ length: N }, (_, i) => ({ id: `big-${i}`, userId: BIG, textId: text.id, color: "yellow", createdAt: now, updatedAt: now })) });
    await db.highlight.createMany({
      data: Array.from({ length: N }, (_, i) => ({ id: `big-h-${i}`, annotationId: `big-${i}`, position: 0, paragraphId: p0.id, paragraphIndex: 0, lang: "zh", start: i % 8, end: (i % 8) + 1, quote: p0.zh.slice(i % 8, (i % 8) + 1), prefix: "", suffix: "" })),
    });
    await db.note.createMany({ data: Array.from({ length: N }, (_, i) => ({ userId: BIG, annotationId: `big-${i}`, body: `n${i}` })) });
    const backup = await exportBackup(db, BIG);
    expect(backup.annotations).toHaveLength(N);
    // Many of them share a place (8 places for 1,500): in a fresh account each is still its own annotation.
    expect(await restoreBackup(db, TO, backup)).toMatchObject({ restored: N, skipped: { present: 0, noText: 0 }, words: NO_WORDS });
    expect(await db.note.count({ where: { userId: TO } })).toBe(N);
    expect((await restoreBackup(db, TO, backup)).skipped.present).toBe(N);
    // Into the same account after deleting everything: all come back under their ids.
    await db.annotation.updateMany({ where: { userId: BIG }, data: { deletedAt: new Date() } });
    expect((await restoreBackup(db, BIG, backup)).restored).toBe(N);
    expect(await db.note.count({ where: { userId: BIG } })).toBe(N);
  }, 60_000);
});
