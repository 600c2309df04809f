// Who may see a text: the one rule, used by every page, route, action and
// query that reads a text or something anchored in it. A text with no owner
// (the seed) is public; an import is seen only by the user who made it.
// Someone else's private text must look exactly like one that does not exist.
// Books are always imports (Book.ownerId is required): the same rule, for the
// Book table, is visibleBookWhere.

import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** The Prisma filter for texts `viewerId` may see (null: a signed-out visitor). */
export function visibleTextWhere(viewerId: string | null | undefined): Prisma.TextWhereInput {
  return viewerId ? { OR: [{ ownerId: null }, { ownerId: viewerId }] } : { ownerId: null };
}

/** The Prisma filter for books `viewerId` may see: only their own; a signed-out visitor none. */
export function visibleBookWhere(viewerId: string | null | undefined): Prisma.BookWhereInput {
  return viewerId ? { ownerId: viewerId } : { id: { in: [] } };
}

/** The same rule as a SQL condition on the Text table aliased `alias`, for raw queries. */
export function visibleTextSql(alias: string, viewerId: string | null | undefined): Prisma.Sql {
  const owner = Prisma.raw(`${alias}."ownerId"`);
  return viewerId ? Prisma.sql`(${owner} IS NULL OR ${owner} = ${viewerId})` : Prisma.sql`${owner} IS NULL`;
}

/** Whether `viewerId` may see a text with this owner. */
export const canSeeText = (ownerId: string | null, viewerId: string | null | undefined): boolean =>
  ownerId === null || (viewerId != null && ownerId === viewerId);

/** The visible text's id for a slug, or null (unknown slug and someone else's text alike). */
export async function findVisibleTextId(db: Pick<PrismaClient, "text">, viewerId: string | null | undefined, slug: string): Promise<string | null> {
  const text = await db.text.findFirst({ where: { slug, ...visibleTextWhere(viewerId) }, select: { id: true } });
  return text?.id ?? null;
}
