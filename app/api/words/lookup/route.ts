import { NextResponse } from "next/server";
import { lookupAt } from "@/lib/words/lookup";
import { lookupQuery } from "@/features/words/schemas";

// One dictionary lookup. The dictionary never changes while the server runs, so answers are cacheable.
export async function GET(req: Request) {
  const p = new URL(req.url).searchParams;
  const q = lookupQuery.safeParse({
    lang: p.get("lang"),
    text: p.get("text"),
    at: p.get("at"),
    length: p.get("length") ?? undefined,
    counterpart: p.get("counterpart") ?? undefined,
  });
  if (!q.success) return NextResponse.json({ error: "bad_request" }, { status: 400, headers: { "cache-control": "no-store" } });
  return NextResponse.json(lookupAt(q.data), { headers: { "cache-control": "public, max-age=3600" } });
}
