// Every annotation matching a filter, as export entries (lib/export formats
// them). Takes the Prisma client as a parameter, like notes-list.ts.

import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ExportEntry } from "@/lib/export/entry";
import { findAnnotationIds, loadReviewItems } from "./notes-list";
import type { ReviewFilter, ReviewItem } from "./types";

/** Items are loaded in slices, so a 10,000-note export never builds one giant IN (…) list. */
const SLICE = 500;

export function toExportEntry(item: ReviewItem, origin: string, locale: string): ExportEntry {
  const first = item.contexts[0];
  const link = item.text
    ? `${origin}/${locale}/texts/${encodeURIComponent(item.text.slug)}?h=${encodeURIComponent(item.highlightId)}#pair-${item.pairIndex}`
    : "";
  return {
    text: item.text,
    lang: item.lang,
    quote: item.quote,
    // A group's context is its first part; the quote already joins all parts.
    before: item.contexts.length === 1 ? first.before : "",
    after: item.contexts.length === 1 ? first.after : "",
    counterpart: item.counterpart.text,
    note: item.note?.body ?? "",
    tags: item.note?.tags ?? [],
    color: item.color,
    createdAt: item.createdAt,
    link,
  };
}

export async function loadExportEntries(db: PrismaClient, userId: string, filter: ReviewFilter, origin: string, locale: string): Promise<ExportEntry[]> {
  // Grouped by text for every format: Markdown needs it, and it reads best in a spreadsheet too.
  const { ids } = await findAnnotationIds(db, userId, { ...filter, view: "text" }, null);
  const entries: ExportEntry[] = [];
  for (let i = 0; i < ids.length; i += SLICE) {
    const items = await loadReviewItems(db, userId, ids.slice(i, i + SLICE));
    entries.push(...items.map((item) => toExportEntry(item, origin, locale)));
  }
  return entries;
}
