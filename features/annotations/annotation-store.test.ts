// The annotation rules on real SQLite: what may be created, who may change
// it, and that a text's marks load however many there are.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, seedTinyText, tinyText } from "@/features/review/test-db";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import * as store from "./annotation-store";

const { db, cleanup } = createTestDb();
const A = "alice";
const B = "bob";
let p0: { id: string; zh: string; en: string };
let p1: { id: string; zh: string; en: string };
let privateP: { id: string; zh: string };

const part = (p: { id: string; zh: string; en: string }, start: number, end: number, lang: "zh" | "en" = "zh") => ({
  paragraphId: p.id,
  lang,
  start,
  end,
  quote: p[lang].slice(start, end),
});

beforeAll(async () => {
  for (const id of [A, B]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  const text = await seedTinyText(db);
  [p0, p1] = text.paragraphs;
  await saveAlignedText(db, { ...tinyText("alices-import"), ownerId: A });
  privateP = (await db.paragraph.findFirstOrThrow({ where: { text: { slug: "alices-import" }, index: 0 } })) as typeof privateP;
});
afterAll(cleanup);

async function created(userId: string, input: Parameters<typeof store.createAnnotation>[2]) {
  const r = await store.createAnnotation(db, userId, input);
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

describe("creating an annotation", () => {
  it("stores one annotation with ordered parts across paragraphs, and its note", async () => {
    const a = await created(A, { textSlug: "tiny", color: "green", parts: [part(p1, 0, 2), part(p0, 3, 6)], note: "two places" });
    expect(a.highlights.map((h) => [h.paragraphIndex, h.quote, h.annotationId])).toEqual([
      [0, "卡脖子", a.annotationId],
      [1, "算力", a.annotationId],
    ]);
    expect(a.note?.body).toBe("two places");
    const loaded = await store.loadTextAnnotations(db, A, "tiny");
    expect(loaded?.highlights.filter((h) => h.annotationId === a.annotationId)).toHaveLength(2);
    expect(loaded?.notes.map((n) => n.annotationId)).toContain(a.annotationId);
    expect(await db.highlight.findMany({ where: { annotationId: a.annotationId }, select: { position: true, prefix: true }, orderBy: { position: "asc" } })).toEqual([
      { position: 0, prefix: "芯片是" },
      { position: 1, prefix: "" },
    ]);
  });

  it("refuses anchors that do not fit the stored text, with a reason for each", async () => {
    const bad = async (parts: ReturnType<typeof part>[]) => {
      const r = await store.createAnnotation(db, A, { textSlug: "tiny", color: "yellow", parts });
      return r.ok ? "ok" : r.error;
    };
    expect(await bad([{ ...part(p0, 0, 2), end: 999 }])).toBe("OUT_OF_RANGE");
    expect(await bad([{ ...part(p0, 0, 2), quote: "不对" }])).toBe("QUOTE_MISMATCH");
    expect(await bad([{ ...part(p0, 0, 2), start: 2, end: 2, quote: " " }])).toBe("EMPTY");
    expect(await bad([part(p0, 0, 2), part(p1, 0, 7, "en")])).toBe("MIXED_LANGUAGES");
    expect(await bad([part(p0, 0, 2), part(p0, 3, 6)])).toBe("INVALID");
    expect(await bad([{ ...part(p0, 0, 2), paragraphId: "no-such-paragraph" }])).toBe("NOT_FOUND");
    expect(await db.annotation.count({ where: { userId: A, color: "yellow" } })).toBe(0);
  });

  it("lets only the owner annotate a private import, and hides it like a missing text", async () => {
    const own = await store.createAnnotation(db, A, { textSlug: "alices-import", color: "blue", parts: [{ paragraphId: privateP.id, lang: "zh", start: 0, end: 2, quote: privateP.zh.slice(0, 2) }] });
    expect(own.ok).toBe(true);
    const other = await store.createAnnotation(db, B, { textSlug: "alices-import", color: "blue", parts: [{ paragraphId: privateP.id, lang: "zh", start: 0, end: 2, quote: privateP.zh.slice(0, 2) }] });
    expect(other).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await store.loadTextAnnotations(db, B, "alices-import")).toBeNull();
    expect(await store.loadTextAnnotations(db, B, "no-such-text")).toBeNull();
    // A paragraph of another text under a visible slug is refused too.
    expect(await store.createAnnotation(db, B, { textSlug: "tiny", color: "blue", parts: [{ paragraphId: privateP.id, lang: "zh", start: 0, end: 2, quote: privateP.zh.slice(0, 2) }] })).toEqual({ ok: false, error: "NOT_FOUND" });
  });
});

describe("changing an annotation", () => {
  it("gives someone else's id exactly the answer of an id that never existed, and changes nothing", async () => {
    const a = await created(A, { textSlug: "tiny", color: "pink", parts: [part(p0, 0, 2)], note: "mine" });
    const snapshot = async () => JSON.stringify(await db.annotation.findUnique({ where: { id: a.annotationId }, include: { parts: true, note: { include: { tags: true } } } }));
    const before = await snapshot();
    for (const id of [a.annotationId, "never-existed"]) {
      expect(await store.recolorAnnotation(db, B, id, "blue")).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await store.deleteAnnotation(db, B, id)).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await store.restoreAnnotation(db, B, id)).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await store.saveNote(db, B, id, "hijacked", ["x"])).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await store.setTags(db, B, id, ["x"])).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await store.deleteNote(db, B, id)).toEqual({ ok: false, error: "NOT_FOUND" });
    }
    expect(await snapshot()).toBe(before);
    expect(await db.tag.count({ where: { userId: B } })).toBe(0);
  });

  it("recolours every part at once, deletes softly and restores exactly, and keeps notes and tags on the annotation", async () => {
    const a = await created(A, { textSlug: "tiny", color: "yellow", parts: [part(p0, 0, 2, "en"), part(p1, 0, 7, "en")] });
    expect(await store.recolorAnnotation(db, A, a.annotationId, "purple")).toEqual({ ok: true, data: { annotationId: a.annotationId, color: "purple" } });
    const note = await store.saveNote(db, A, a.annotationId, "a note", ["two", "one", "two"]);
    expect(note.ok && note.data.tags).toEqual(["one", "two"]);
    const tagsOnly = await store.setTags(db, A, a.annotationId, ["three"]);
    expect(tagsOnly.ok && [tagsOnly.data.body, tagsOnly.data.tags]).toEqual(["a note", ["three"]]);

    const marks = async () => (await store.loadTextAnnotations(db, A, "tiny"))!.highlights.filter((h) => h.annotationId === a.annotationId);
    expect((await marks()).map((h) => h.color)).toEqual(["purple", "purple"]);
    expect((await store.deleteAnnotation(db, A, a.annotationId)).ok).toBe(true);
    expect(await marks()).toEqual([]);
    expect(await store.saveNote(db, A, a.annotationId, "on a deleted one")).toEqual({ ok: false, error: "NOT_FOUND" });
    expect((await store.restoreAnnotation(db, A, a.annotationId)).ok).toBe(true);
    expect((await marks()).map((h) => h.quote)).toEqual([p0.en.slice(0, 2), "Compute"]);
    const loaded = await store.loadTextAnnotations(db, A, "tiny");
    expect(loaded!.notes.find((n) => n.annotationId === a.annotationId)?.body).toBe("a note");
    expect(await store.deleteNote(db, A, a.annotationId)).toMatchObject({ ok: true });
    expect((await store.loadTextAnnotations(db, A, "tiny"))!.notes.find((n) => n.annotationId === a.annotationId)).toBeUndefined();
  });
});

describe("a text with very many annotations", () => {
  it("loads every mark and every note past SQLite's bind-parameter limit", async () => {
    const text = await db.text.findUniqueOrThrow({ where: { slug: "tiny" } });
    const N = 2_500;
    const now = new Date();
    await db.annotation.createMany({ data: Array.from({ length: N }, (_, i) => ({ id: `bulk-${i}`, userId: B, textId: text.id, color: "yellow", createdAt: now, updatedAt: now })) });
    await db.highlight.createMany({
      data: Array.from({ length: N }, (_, i) => ({ id: `bulk-h-${i}`, annotationId: `bulk-${i}`, position: 0, paragraphId: p0.id, paragraphIndex: 0, lang: "zh", start: i % 8, end: (i % 8) + 2, quote: p0.zh.slice(i % 8, (i % 8) + 2), prefix: "", suffix: "" })),
    });
    await db.note.createMany({ data: Array.from({ length: N }, (_, i) => ({ userId: B, annotationId: `bulk-${i}`, body: `note ${i}` })) });
    const loaded = await store.loadTextAnnotations(db, B, "tiny");
    expect(loaded?.highlights).toHaveLength(N);
    expect(loaded?.notes).toHaveLength(N);
    expect(loaded?.highlights.every((h) => h.status === "exact")).toBe(true);
    expect(await store.countTextAnnotations(db, B, text.id)).toBe(N);
  }, 30_000);
});
