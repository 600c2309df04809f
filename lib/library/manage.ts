// What the owner of an import may do with it: change its details and delete
// it. A text that is a chapter of a book is managed through its book, so a
// book never loses a chapter from under its numbering. Someone else's entry
// and one that does not exist answer alike ("missing"), as lib/texts/visibility.ts asks.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type EntryKind = "text" | "book";

const optional = (max: number) => z.string().trim().max(max).optional().default("");

/** The details form, for a text and for a book alike. */
export const entryDetailsSchema = z
  .object({
    titleZh: optional(300),
    titleEn: optional(300),
    author: optional(200),
    source: optional(300),
    url: optional(2000).refine((u) => u === "" || /^https?:\/\/\S+$/i.test(u), { message: "url" }),
  })
  .refine((d) => d.titleZh !== "" || d.titleEn !== "", { message: "title", path: ["titleZh"] });

export type EntryDetails = z.output<typeof entryDetailsSchema>;

export const entryRefSchema = z.object({ kind: z.enum(["text", "book"]), slug: z.string().min(1).max(200) });
export type EntryRef = z.output<typeof entryRefSchema>;

type Db = Pick<PrismaClient, "text" | "book" | "annotation">;

/** The entry's id when `userId` owns it; chapters of a book are not entries of their own. */
async function ownedId(db: Db, userId: string, ref: EntryRef): Promise<string | null> {
  if (ref.kind === "book") {
    const book = await db.book.findFirst({ where: { slug: ref.slug, ownerId: userId }, select: { id: true } });
    return book?.id ?? null;
  }
  const text = await db.text.findFirst({ where: { slug: ref.slug, ownerId: userId, bookId: null }, select: { id: true } });
  return text?.id ?? null;
}

const stored = (d: EntryDetails) => ({
  titleZh: d.titleZh,
  titleEn: d.titleEn,
  author: d.author || null,
  source: d.source || null,
  url: d.url || null,
});

export async function updateEntryDetails(db: Db, userId: string, ref: EntryRef, details: EntryDetails): Promise<"updated" | "missing"> {
  const id = await ownedId(db, userId, ref);
  if (!id) return "missing";
  if (ref.kind === "book") await db.book.update({ where: { id }, data: stored(details) });
  else await db.text.update({ where: { id }, data: stored(details) });
  return "updated";
}

/** Deletes the entry; its paragraphs, chapters, annotations, cards and reading positions go with it (cascades). */
export async function deleteEntry(db: Db, userId: string, ref: EntryRef): Promise<"deleted" | "missing"> {
  const id = await ownedId(db, userId, ref);
  if (!id) return "missing";
  if (ref.kind === "book") await db.book.delete({ where: { id } });
  else await db.text.delete({ where: { id } });
  return "deleted";
}

/** The texts of an entry that hold live annotations of `userId`, with how many, for the "export first" offer. */
export async function annotatedTexts(db: Db, userId: string, ref: EntryRef): Promise<{ slug: string; title: string; count: number }[]> {
  const where = ref.kind === "book" ? { book: { slug: ref.slug, ownerId: userId } } : { slug: ref.slug, ownerId: userId, bookId: null };
  const texts = await db.text.findMany({
    where,
    orderBy: { chapterIndex: "asc" },
    select: { id: true, slug: true, titleZh: true, titleEn: true, _count: { select: { annotations: { where: { userId, deletedAt: null } } } } },
  });
  return texts
    .filter((t) => t._count.annotations > 0)
    .map((t) => ({ slug: t.slug, title: t.titleZh || t.titleEn || t.slug, count: t._count.annotations }));
}
