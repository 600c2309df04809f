// The reader page renders the first paragraphs of a text; the rest of a long
// text comes in windows from GET /api/texts/{slug}/paragraphs. This holds the
// window sizes, the query schema (shared by the route and the client) and the
// client's fetch.
import { z } from "zod";
import type { ReaderParagraph } from "./queries";

/**
 * How many paragraph pairs the reader page renders itself. The rest of a long
 * text is fetched in the background right after the page loads, so a
 * book-length text opens as fast as an article and the reader can start
 * before the last chapter has arrived.
 */
export const FIRST_WINDOW = 100;
/** Paragraph pairs per background request. */
export const MAX_WINDOW = 250;

export const paragraphWindowQuery = z.object({
  from: z.coerce.number().int().min(0).max(1_000_000),
  count: z.coerce.number().int().min(1).max(MAX_WINDOW),
});

export interface ParagraphWindow {
  paragraphCount: number;
  paragraphs: ReaderParagraph[];
}

export async function fetchParagraphWindow(slug: string, from: number, count: number, signal?: AbortSignal): Promise<ParagraphWindow> {
  const res = await fetch(`/api/texts/${encodeURIComponent(slug)}/paragraphs?from=${from}&count=${count}`, { signal, headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`paragraphs ${from}+${count}: HTTP ${res.status}`);
  return (await res.json()) as ParagraphWindow;
}
