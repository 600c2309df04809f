import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { visibleTextWhere } from "@/lib/texts/visibility";
import { difficultyFor } from "@/lib/words/difficulty";
import { cachedTextProfile } from "@/lib/words/text-profile-cache";

const NO_STORE = { "cache-control": "private, no-store" };

// A text's difficulty for the library: HSK level shares, and the words the viewer has not saved or marked known.
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }, user] = await Promise.all([params, getSessionUser()]);
  const text = await db.text.findFirst({
    where: { slug, ...visibleTextWhere(user?.id) },
    select: { id: true, updatedAt: true },
  });
  if (!text) return NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE });
  const profile = await cachedTextProfile(`${text.id}:${text.updatedAt.getTime()}`, async () =>
    (await db.paragraph.findMany({ where: { textId: text.id }, orderBy: { index: "asc" }, select: { zh: true } })).map((p) => p.zh),
  );
  const vocabulary = user
    ? new Set((await db.vocabularyItem.findMany({ where: { userId: user.id }, select: { headword: true } })).map((v) => v.headword))
    : null;
  return NextResponse.json(difficultyFor(profile, vocabulary), { headers: NO_STORE });
}
