// The fix-up on a saved text, on real SQLite with every migration: who may
// fix, what is stored, and that annotations keep their anchors.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/features/review/test-db";
import * as store from "@/features/annotations/annotation-store";
import { toAlignedParagraphs } from "@/lib/import/preview-model";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { applyFixToSavedText, pairingFromSpans } from "./stored-pairing";

const { db, cleanup } = createTestDb();
const A = "alice";
const B = "bob";

// One paragraph pair the aligner got wrong: 甲 went with A and B, 乙 with nothing.
const paragraphs = toAlignedParagraphs([
  { zh: ["芯片是卡脖子的问题。", "大模型需要更多能源。"], en: ["Chips are a chokepoint.", "Large models need more energy."], beads: [[[0], [0, 1]], [[1], []]], beadScores: [0.3, 0.2] },
  { zh: ["算力越来越贵。"], en: ["Compute keeps getting dearer."], beads: [[[0], [0]]], beadScores: [0.95] },
]);

let paragraphId: string;

async function spans() {
  const rows = await db.sentence.findMany({ where: { paragraphId }, orderBy: [{ lang: "asc" }, { index: "asc" }] });
  return rows.map((r) => [r.lang, r.index, r.start, r.end, r.pair, r.confidence]);
}

beforeAll(async () => {
  for (const id of [A, B]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  await saveAlignedText(db, { slug: "mine", titleZh: "芯片", titleEn: "Chips", ownerId: A, paragraphs });
  await saveAlignedText(db, { slug: "seed", titleZh: "芯片", titleEn: "Chips", paragraphs });
  paragraphId = (await db.paragraph.findFirstOrThrow({ where: { text: { slug: "mine" }, index: 0 } })).id;
});
afterAll(cleanup);

const move = { kind: "move", bead: 0, side: "en", dir: "next" } as const;

describe("fixing sentence pairs on a saved text", () => {
  it("stores the calibrated confidence of each pair when the text is saved", async () => {
    expect(await spans()).toEqual([
      ["en", 0, 0, 23, 0, 0.3],
      ["en", 1, 24, 54, 0, 0.3],
      ["zh", 0, 0, 10, 0, 0.3],
      ["zh", 1, 10, 20, 1, 0.2],
    ]);
  });

  it("re-pairs the sentences and keeps every highlight exactly where it was", async () => {
    const para = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphId } });
    const made = await store.createAnnotation(db, A, {
      textSlug: "mine",
      color: "yellow",
      parts: [{ paragraphId, lang: "en", start: 24, end: 36, quote: para.en.slice(24, 36) }],
      note: "energy",
    });
    if (!made.ok) throw new Error(made.error);
    const before = (await store.loadTextAnnotations(db, A, "mine"))!.highlights;
    const counterpart = () => db.$queryRaw<{ counterpart: string }[]>`SELECT "counterpart" FROM "SearchDoc" WHERE "noteKey" = ${made.data.annotationId}`;
    // Paired with 芯片… at first: the highlighted English sentence was in bead 0.
    expect((await counterpart())[0].counterpart).toBe("芯片是卡脖子的问题。");

    const r = await applyFixToSavedText(db, A, { textSlug: "mine", paragraphId, beads: [[[0], [0, 1]], [[1], []]], fix: move });
    expect(r.ok).toBe(true);
    expect(await spans()).toEqual([
      ["en", 0, 0, 23, 0, null],
      ["en", 1, 24, 54, 1, null],
      ["zh", 0, 0, 10, 0, null],
      ["zh", 1, 10, 20, 1, null],
    ]);
    const after = (await store.loadTextAnnotations(db, A, "mine"))!.highlights;
    expect(after).toEqual(before);
    expect(after[0]).toMatchObject({ paragraphId, start: 24, end: 36, status: "exact", quote: "Large models" });
    // The search row follows the new pairing (the Sentence triggers).
    expect((await counterpart())[0].counterpart).toBe("大模型需要更多能源。");
    // The other paragraph's pair keeps its score.
    const other = await db.sentence.findFirstOrThrow({ where: { paragraph: { text: { slug: "mine" }, index: 1 } } });
    expect(other.confidence).toBe(0.95);
  });

  it("refuses a fix made on a pairing that has changed since", async () => {
    const r = await applyFixToSavedText(db, A, { textSlug: "mine", paragraphId, beads: [[[0], [0, 1]], [[1], []]], fix: move });
    expect(r).toEqual({ ok: false, error: "CONFLICT" });
  });

  it("refuses a fix that does not apply, and changes nothing", async () => {
    const before = await spans();
    const r = await applyFixToSavedText(db, A, { textSlug: "mine", paragraphId, beads: [[[0], [0]], [[1], [1]]], fix: { kind: "join", bead: 1 } });
    expect(r).toEqual({ ok: false, error: "NO_SUCH_PAIR" });
    expect(await spans()).toEqual(before);
  });

  it("lets only the owner fix: someone else's text and the shared seed look missing", async () => {
    const beads = pairingFromSpans({
      zh: "",
      en: "",
      zhSentences: [{ start: 0, end: 1, pair: 0 }, { start: 1, end: 2, pair: 1 }],
      enSentences: [{ start: 0, end: 1, pair: 0 }, { start: 1, end: 2, pair: 1 }],
    }).beads;
    expect(await applyFixToSavedText(db, B, { textSlug: "mine", paragraphId, beads, fix: { kind: "join", bead: 0 } })).toEqual({ ok: false, error: "NOT_FOUND" });
    const seedPara = await db.paragraph.findFirstOrThrow({ where: { text: { slug: "seed" }, index: 1 } });
    expect(await applyFixToSavedText(db, A, { textSlug: "seed", paragraphId: seedPara.id, beads: [[[0], [0]]], fix: { kind: "detach", bead: 0, side: "zh", sentence: 0 } })).toEqual({
      ok: false,
      error: "NOT_FOUND",
    });
    // A paragraph id of one text under another text's slug is not found either.
    expect(await applyFixToSavedText(db, A, { textSlug: "seed", paragraphId, beads, fix: { kind: "join", bead: 0 } })).toEqual({ ok: false, error: "NOT_FOUND" });
  });
});
