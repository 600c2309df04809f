import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getReviewNotes } from "@/features/review/queries";
import { parseFilter } from "@/features/review/schemas";

const NO_STORE = { "cache-control": "private, no-store" };

// One page of the signed-in user's notes list (the notes page's react-query source).
export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  const filter = parseFilter(new URL(req.url).searchParams);
  return NextResponse.json(await getReviewNotes(user.id, filter), { headers: NO_STORE });
}
