import { NextResponse } from "next/server";
import { paragraphWindowFromRequest } from "@/features/reader/window-request";

// A window of a text's paragraph pairs: the reader fetches the rest of a long text with it after the first page.
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { window, error } = await paragraphWindowFromRequest(req, params);
  if (error) return error;
  return NextResponse.json({ paragraphCount: window.paragraphCount, paragraphs: window.paragraphs }, { headers: { "cache-control": "private, no-store" } });
}
