import "server-only";
import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getReaderParagraphs } from "./queries";
import { paragraphWindowQuery } from "./paragraph-window";

const NO_STORE = { "cache-control": "private, no-store" };

/**
 * The window of a text's paragraphs that a GET /api/texts/{slug}/… request
 * asks for (?from=&count=), as the signed-in viewer may see it; or the
 * response to send instead (400 bad window, 404 unknown or private text).
 */
export async function paragraphWindowFromRequest(req: Request, params: Promise<{ slug: string }>) {
  const url = new URL(req.url);
  const query = paragraphWindowQuery.safeParse({ from: url.searchParams.get("from"), count: url.searchParams.get("count") });
  if (!query.success) return { error: NextResponse.json({ error: "bad_request" }, { status: 400, headers: NO_STORE }) };
  const [{ slug }, user] = await Promise.all([params, getSessionUser()]);
  const window = await getReaderParagraphs(slug, user?.id, query.data.from, query.data.count);
  if (!window) return { error: NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE }) };
  return { window };
}
