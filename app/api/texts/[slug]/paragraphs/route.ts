import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getReaderParagraphs } from "@/features/reader/queries";
import { paragraphWindowQuery } from "@/features/reader/paragraph-window";

const NO_STORE = { "cache-control": "private, no-store" };

// A window of a text's paragraph pairs: the reader fetches the rest of a long text with it after the first page.
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const url = new URL(req.url);
  const query = paragraphWindowQuery.safeParse({ from: url.searchParams.get("from"), count: url.searchParams.get("count") });
  if (!query.success) return NextResponse.json({ error: "bad_request" }, { status: 400, headers: NO_STORE });
  const [{ slug }, user] = await Promise.all([params, getSessionUser()]);
  const window = await getReaderParagraphs(slug, user?.id, query.data.from, query.data.count);
  if (!window) return NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE });
  return NextResponse.json({ paragraphCount: window.paragraphCount, paragraphs: window.paragraphs }, { headers: NO_STORE });
}
