import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getReaderParagraphs } from "@/features/reader/queries";
import { paragraphWindowQuery } from "@/features/reader/paragraph-window";
import { paragraphRuby } from "@/lib/words/ruby-cache";

const NO_STORE = { "cache-control": "private, no-store" };

// Pinyin words for a window of a text's paragraphs, fetched only once a reader turns pinyin on.
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const url = new URL(req.url);
  const query = paragraphWindowQuery.safeParse({ from: url.searchParams.get("from"), count: url.searchParams.get("count") });
  if (!query.success) return NextResponse.json({ error: "bad_request" }, { status: 400, headers: NO_STORE });
  const [{ slug }, user] = await Promise.all([params, getSessionUser()]);
  const window = await getReaderParagraphs(slug, user?.id, query.data.from, query.data.count);
  if (!window) return NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE });
  const paragraphs = window.paragraphs.map((p) => ({ index: p.index, words: paragraphRuby(p.id, p.zh).map((w) => [w.text, w.reading]) }));
  return NextResponse.json({ paragraphs }, { headers: NO_STORE });
}
