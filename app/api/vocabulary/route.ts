import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getVocabulary } from "@/features/vocabulary/queries";

const NO_STORE = { "cache-control": "private, no-store" };

// The signed-in user's saved words, for the vocabulary page's client cache.
export async function GET() {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  return NextResponse.json(await getVocabulary(user.id), { headers: NO_STORE });
}
