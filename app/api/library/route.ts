import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { listLibraryTexts } from "@/features/reader/queries";

// The signed-in user's library (their private texts and books, where they stopped reading): the
// per-user part of the cached library page (features/library/components/viewer-library.tsx).
export async function GET() {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: { "cache-control": "no-store" } });
  return NextResponse.json({ entries: await listLibraryTexts(user.id) }, { headers: { "cache-control": "private, no-store" } });
}
