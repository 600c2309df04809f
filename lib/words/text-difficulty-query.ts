/**
 * The difficulty of a text or a whole book for one viewer, from the database:
 * each text's word profile is computed once per process (text-profile-cache),
 * so a book reuses its chapters' profiles and a chapter its book's.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { visibleTextWhere } from "@/lib/texts/visibility";
import { difficultyFor, mergeProfiles, type Difficulty } from "./difficulty";
import { cachedTextProfile } from "./text-profile-cache";

type Db = PrismaClient;

function textProfile(db: Db, text: { id: string; updatedAt: Date }) {
  return cachedTextProfile(`${text.id}:${text.updatedAt.getTime()}`, async () =>
    (await db.paragraph.findMany({ where: { textId: text.id }, orderBy: { index: "asc" }, select: { zh: true } })).map((p) => p.zh),
  );
}

async function forViewer(db: Db, profile: Parameters<typeof difficultyFor>[0], viewerId: string | null | undefined): Promise<Difficulty> {
  const vocabulary = viewerId
    ? new Set((await db.vocabularyItem.findMany({ where: { userId: viewerId }, select: { headword: true } })).map((v) => v.headword))
    : null;
  return difficultyFor(profile, vocabulary);
}

/** null when the viewer may not see the text (or it does not exist). */
export async function textDifficulty(db: Db, slug: string, viewerId: string | null | undefined): Promise<Difficulty | null> {
  const text = await db.text.findFirst({ where: { slug, ...visibleTextWhere(viewerId) }, select: { id: true, updatedAt: true } });
  return text ? forViewer(db, await textProfile(db, text), viewerId) : null;
}

/** A book's difficulty over all the chapters the viewer may see, in order; null when there are none. */
export async function bookDifficulty(db: Db, slug: string, viewerId: string | null | undefined): Promise<Difficulty | null> {
  const chapters = await db.text.findMany({
    where: { book: { slug }, ...visibleTextWhere(viewerId) },
    orderBy: { chapterIndex: "asc" },
    select: { id: true, updatedAt: true },
  });
  if (!chapters.length) return null;
  const profiles = [];
  // One chapter at a time: each is a synchronous segmentation, and other requests get their turn in between.
  for (const c of chapters) profiles.push(await textProfile(db, c));
  return forViewer(db, mergeProfiles(profiles), viewerId);
}
