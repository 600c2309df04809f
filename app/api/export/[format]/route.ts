import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { toAnkiTsv } from "@/lib/export/anki";
import { serializeBackup } from "@/lib/export/backup";
import { toCsv } from "@/lib/export/csv";
import type { ExportLabels } from "@/lib/export/entry";
import { toMarkdown } from "@/lib/export/markdown";
import { requestOrigin } from "@/lib/http/public-origin";
import { exportBackup } from "@/features/review/backup-io";
import { loadExportEntries } from "@/features/review/export-entries";
import { parseFilter } from "@/features/review/schemas";

// Downloads of the signed-in user's notes: Markdown, CSV and Anki TSV follow
// the notes page's filter (same query parameters); the JSON backup is always
// everything. Route handlers rather than actions, so the browser saves a file.

const FORMATS = {
  markdown: { type: "text/markdown; charset=utf-8", ext: "md" },
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
  anki: { type: "text/tab-separated-values; charset=utf-8", ext: "txt" },
  json: { type: "application/json; charset=utf-8", ext: "json" },
} as const;

export async function GET(req: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (!(format in FORMATS)) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: { "cache-control": "no-store" } });
  const url = new URL(req.url);
  const requested = url.searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const spec = FORMATS[format as keyof typeof FORMATS];
  const stamp = new Date().toISOString().slice(0, 10);

  let body: string;
  if (format === "json") {
    body = serializeBackup(await exportBackup(db, user.id));
  } else {
    const t = await getTranslations({ locale, namespace: "Export" });
    const tr = await getTranslations({ locale, namespace: "Review" });
    const labels: ExportLabels = {
      text: t("columns.text"),
      quote: t("columns.quote"),
      context: t("columns.context"),
      counterpart: t("columns.counterpart"),
      note: t("columns.note"),
      tags: t("columns.tags"),
      color: t("columns.color"),
      created: t("columns.created"),
      link: t("columns.link"),
      by: (author) => t("by", { author }),
      source: (source) => t("sourceLabel", { source }),
      untitled: tr("unknownText"),
      empty: t("noNotes"),
    };
    const entries = await loadExportEntries(db, user.id, parseFilter(url.searchParams), requestOrigin(req), locale);
    body = format === "markdown" ? toMarkdown(entries, labels, tr("title")) : format === "csv" ? toCsv(entries, labels) : toAnkiTsv(entries, labels);
  }
  return new NextResponse(body, {
    headers: {
      "content-type": spec.type,
      "content-disposition": `attachment; filename="reader-notes-${stamp}.${spec.ext}"`,
      "cache-control": "private, no-store",
    },
  });
}
