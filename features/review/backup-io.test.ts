import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackup, serializeBackup } from "@/lib/export/backup";
import { newCardSchedule, rateCard } from "@/lib/srs/scheduler";
import { exportBackup, restoreBackup } from "./backup-io";
import { createTestDb, seedTinyText } from "./test-db";

const t = createTestDb();
const db = t.db;
const USER = "user-a";
const OTHER = "user-b";

beforeAll(async () => {
  const text = await seedTinyText(db);
  const [p0, p1] = text.paragraphs;
  for (const id of [USER, OTHER]) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  const base = { userId: USER, textId: text.id, prefix: "", suffix: "" };
  // A single highlight with a tagged note and a reviewed card.
  const h1 = await db.highlight.create({ data: { ...base, paragraphId: p0.id, paragraphIndex: 0, lang: "zh", start: 3, end: 6, quote: "卡脖子", color: "yellow", createdAt: new Date("2026-03-01T09:00:00Z") } });
  const note = await db.note.create({ data: { userId: USER, highlightId: h1.id, body: "**idiom**", createdAt: new Date("2026-03-01T09:01:00Z"), updatedAt: new Date("2026-03-01T09:02:00Z") } });
  const tag = await db.tag.create({ data: { userId: USER, name: "idiom" } });
  await db.noteTag.create({ data: { noteId: note.id, tagId: tag.id } });
  const t0 = new Date("2026-03-01T10:00:00Z");
  const rated = rateCard(newCardSchedule(t0), 3, t0);
  const card = await db.card.create({ data: { userId: USER, highlightId: h1.id, kind: "forward", ...rated.card, createdAt: t0 } });
  await db.reviewLog.create({ data: { userId: USER, cardId: card.id, ...rated.log } });
  await db.card.create({ data: { userId: USER, highlightId: h1.id, kind: "reverse", suspended: true, ...newCardSchedule(t0), createdAt: t0 } });
  // A group across both paragraphs, English side, no note.
  const g = await db.highlightGroup.create({ data: { userId: USER, textId: text.id } });
  await db.highlight.create({ data: { ...base, paragraphId: p0.id, paragraphIndex: 0, lang: "en", start: 24, end: 36, quote: p0.en.slice(24, 36), color: "blue", groupId: g.id, createdAt: new Date("2026-03-02T09:00:00Z") } });
  await db.highlight.create({ data: { ...base, paragraphId: p1.id, paragraphIndex: 1, lang: "en", start: 0, end: 7, quote: "Compute", color: "blue", groupId: g.id, createdAt: new Date("2026-03-02T09:00:00Z") } });
  await db.studySettings.create({ data: { userId: USER, autoCards: false, newPerDay: 5, reviewsPerDay: 50, frontMode: "emphasis" } });
});

afterAll(() => t.cleanup());

const withoutStamp = (b: Awaited<ReturnType<typeof exportBackup>>) => ({ ...b, exportedAt: "" });

describe("backup round trip", () => {
  it("export → wipe → import gives identical data, and a second import skips everything", async () => {
    const before = await exportBackup(db, USER);
    expect(before.annotations).toHaveLength(2);
    const file = serializeBackup(before);

    // Wipe everything the backup covers.
    await db.highlight.deleteMany({ where: { userId: USER } });
    await db.highlightGroup.deleteMany({ where: { userId: USER } });
    await db.tag.deleteMany({ where: { userId: USER } });
    await db.studySettings.deleteMany({ where: { userId: USER } });
    expect(await db.card.count({ where: { userId: USER } })).toBe(0);
    expect((await exportBackup(db, USER)).annotations).toEqual([]);

    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await restoreBackup(db, USER, parsed.backup)).toEqual({ imported: 2, skipped: 0 });
    expect(withoutStamp(await exportBackup(db, USER))).toEqual(withoutStamp(before));

    expect(await restoreBackup(db, USER, parsed.backup)).toEqual({ imported: 0, skipped: 2 });
    expect(await db.highlight.count({ where: { userId: USER } })).toBe(3);
  });

  it("restores into another account without touching the first, and skips unknown texts", async () => {
    const backup = await exportBackup(db, USER);
    backup.annotations.push({ ...backup.annotations[0], textSlug: "no-such-text" });
    expect(await restoreBackup(db, OTHER, backup)).toEqual({ imported: 2, skipped: 1 });
    expect(await db.highlight.count({ where: { userId: OTHER } })).toBe(3);
    expect(await db.highlight.count({ where: { userId: USER } })).toBe(3);
  });

  it("rolls everything back when one annotation fails", async () => {
    const backup = await exportBackup(db, USER);
    await db.highlight.deleteMany({ where: { userId: USER } });
    // Two forward cards on one annotation break Card's unique key: a failure halfway through the restore.
    backup.annotations[1].cards = [backup.annotations[0].cards[0], backup.annotations[0].cards[0]];
    await expect(restoreBackup(db, USER, backup)).rejects.toThrow();
    expect(await db.highlight.count({ where: { userId: USER } })).toBe(0);
  });
});
