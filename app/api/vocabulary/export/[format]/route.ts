import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getVocabulary } from "@/features/vocabulary/queries";
import { vocabularyToAnkiTsv, vocabularyToCsv } from "@/features/vocabulary/vocabulary-export";

const NO_STORE = { "cache-control": "private, no-store" };

// The vocabulary as an Anki TSV or a CSV download.
export async function GET(_req: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (format !== "tsv" && format !== "csv") return NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE });
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  const items = await getVocabulary(user.id);
  const body = format === "tsv" ? vocabularyToAnkiTsv(items) : vocabularyToCsv(items);
  return new NextResponse(body, {
    headers: {
      ...NO_STORE,
      "content-type": format === "tsv" ? "text/tab-separated-values; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="vocabulary.${format}"`,
    },
  });
}
