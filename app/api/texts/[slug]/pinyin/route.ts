import { NextResponse } from "next/server";
import { paragraphWindowFromRequest } from "@/features/reader/window-request";
import { paragraphRuby } from "@/lib/words/ruby-cache";

// Pinyin words for a window of a text's paragraphs, fetched only once a reader turns pinyin on.
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { window, error } = await paragraphWindowFromRequest(req, params);
  if (error) return error;
  const paragraphs = window.paragraphs.map((p) => ({ index: p.index, words: paragraphRuby(p.id, p.zh).map((w) => [w.text, w.reading]) }));
  return NextResponse.json({ paragraphs }, { headers: { "cache-control": "private, no-store" } });
}
