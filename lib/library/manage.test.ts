import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, tinyText } from "@/features/review/test-db";
import { saveAlignedText } from "@/lib/texts/save-aligned-text";
import { annotatedTexts, deleteEntry, entryDetailsSchema, updateEntryDetails } from "./manage";

describe("managing an imported text or book", () => {
  const { db, cleanup } = createTestDb();
  beforeAll(async () => {
    for (const id of ["alice", "bob"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
    await saveAlignedText(db, tinyText("public"));
    await saveAlignedText(db, { ...tinyText("alices"), ownerId: "alice" });
    const book = await db.book.create({ data: { slug: "alices-book", titleZh: "书", titleEn: "Book", ownerId: "alice" } });
    for (const i of [0, 1]) {
      const saved = await saveAlignedText(db, { ...tinyText(`alices-book-${i}`), ownerId: "alice" });
      await db.text.update({ where: { id: saved.id }, data: { bookId: book.id, chapterIndex: i } });
    }
  });
  afterAll(cleanup);

  async function annotate(slug: string, userId = "alice") {
    const text = await db.text.findUniqueOrThrow({ where: { slug }, include: { paragraphs: { orderBy: { index: "asc" } } } });
    const para = text.paragraphs[0];
    return db.annotation.create({
      data: {
        userId,
        textId: text.id,
        color: "yellow",
        parts: { create: [{ position: 0, paragraphId: para.id, paragraphIndex: 0, lang: "zh", start: 0, end: 2, quote: para.zh.slice(0, 2), prefix: "", suffix: "" }] },
        note: { create: { userId, body: "a note" } },
        cards: { create: [{ userId, due: new Date() }] },
      },
    });
  }

  it("validates the details: a title on either side, an http(s) URL", () => {
    expect(entryDetailsSchema.safeParse({ titleZh: " ", titleEn: "" }).success).toBe(false);
    expect(entryDetailsSchema.safeParse({ titleEn: "X", url: "javascript:alert(1)" }).success).toBe(false);
    expect(entryDetailsSchema.parse({ titleEn: " Walk ", url: "https://example.com/a" })).toMatchObject({ titleEn: "Walk", titleZh: "", author: "" });
  });

  it("renames only for the owner, and not a chapter on its own", async () => {
    const details = entryDetailsSchema.parse({ titleZh: "新名", author: "李四", url: "https://example.com" });
    expect(await updateEntryDetails(db, "bob", { kind: "text", slug: "alices" }, details)).toBe("missing");
    expect(await updateEntryDetails(db, "alice", { kind: "text", slug: "public" }, details)).toBe("missing");
    expect(await updateEntryDetails(db, "alice", { kind: "text", slug: "alices-book-0" }, details)).toBe("missing");
    expect(await updateEntryDetails(db, "alice", { kind: "text", slug: "alices" }, details)).toBe("updated");
    expect(await db.text.findUniqueOrThrow({ where: { slug: "alices" } })).toMatchObject({ titleZh: "新名", titleEn: "", author: "李四", source: null, url: "https://example.com" });
    expect(await updateEntryDetails(db, "alice", { kind: "book", slug: "alices-book" }, details)).toBe("updated");
    expect((await db.book.findUniqueOrThrow({ where: { slug: "alices-book" } })).titleZh).toBe("新名");
  });

  it("lists what would be lost, then deletes a text with its annotations, cards and search rows", async () => {
    await annotate("alices");
    await annotate("alices", "bob"); // not alice's to export
    expect(await annotatedTexts(db, "alice", { kind: "text", slug: "alices" })).toEqual([{ slug: "alices", title: "新名", count: 1 }]);
    expect(await deleteEntry(db, "bob", { kind: "text", slug: "alices" })).toBe("missing");
    const searchRows = async () => (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*) AS n FROM "SearchDoc"`))[0].n;
    expect(Number(await searchRows())).toBe(2);
    expect(await deleteEntry(db, "alice", { kind: "text", slug: "alices" })).toBe("deleted");
    expect(await db.text.findUnique({ where: { slug: "alices" } })).toBeNull();
    expect(await db.annotation.count()).toBe(0);
    expect(await db.card.count()).toBe(0);
    expect(await db.note.count()).toBe(0);
    expect(Number(await searchRows())).toBe(0);
    expect(await db.text.findUnique({ where: { slug: "public" } })).not.toBeNull();
  });

  it("deletes a book with all its chapters", async () => {
    await annotate("alices-book-1");
    expect(await annotatedTexts(db, "alice", { kind: "book", slug: "alices-book" })).toEqual([{ slug: "alices-book-1", title: "芯片与能源", count: 1 }]);
    expect(await deleteEntry(db, "alice", { kind: "text", slug: "alices-book-1" })).toBe("missing");
    expect(await deleteEntry(db, "alice", { kind: "book", slug: "alices-book" })).toBe("deleted");
    expect(await db.text.count({ where: { slug: { startsWith: "alices-book" } } })).toBe(0);
    expect(await db.annotation.count()).toBe(0);
  });
});
