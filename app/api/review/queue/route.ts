import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getStudyQueue } from "@/features/review/queries";
import { parseStudyFilter } from "@/features/review/schemas";

const NO_STORE = { "cache-control": "private, no-store" };

// Today's study queue and stats for the signed-in user (the study page's react-query source), narrowed by ?type=.
export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  return NextResponse.json(await getStudyQueue(user.id, parseStudyFilter(new URL(req.url).searchParams.get("type"))), { headers: NO_STORE });
}
