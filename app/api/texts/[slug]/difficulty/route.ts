import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { textDifficulty } from "@/lib/words/text-difficulty-query";

const NO_STORE = { "cache-control": "private, no-store" };

// A text's difficulty for the library: HSK level shares, and the words the viewer has not saved or marked known.
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }, user] = await Promise.all([params, getSessionUser()]);
  const difficulty = await textDifficulty(db, slug, user?.id);
  if (!difficulty) return NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE });
  return NextResponse.json(difficulty, { headers: NO_STORE });
}
