import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { getSessionUser } from "@/lib/auth";
import { readUploadedBook } from "@/features/books/read-upload";
import type { Translator } from "@/lib/server-action";

// Step one of a book import: the two files (multipart, up to 30 MB each: too
// big for a server action's body limit) are read into chapters in the book
// worker pool and matched; the answer is the outline the page shows for checking.

export async function POST(req: Request) {
  const url = new URL(req.url);
  const requested = url.searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = (await getTranslations({ locale, namespace: "Books" })) as unknown as Translator;
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: t("errors.unauthenticated") }, { status: 401 });
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return NextResponse.json({ error: t("errors.invalid") }, { status: 400 });
  }
  const result = await readUploadedBook(user.id, form.get("zh"), form.get("en"), t);
  return NextResponse.json(result.ok ? result.data : { error: result.error.message }, {
    status: result.ok ? 200 : result.error.code === "RATE_LIMITED" ? 503 : 400,
    headers: { "cache-control": "no-store" },
  });
}
