import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { fail, type ActionResult } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth";
import { readUploadedBook } from "@/features/books/read-upload";
import { MAX_BOOK_BYTES } from "@/lib/books/types";
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
  // Answers are the actions' result union, so the page handles both alike; only a broken request is an HTTP error.
  if (!user) return answer(fail("UNAUTHENTICATED", t("errors.unauthenticated")));
  // Refused before the body is buffered: two books of 30 MB and the form around them.
  if (Number(req.headers.get("content-length") ?? 0) > 2 * MAX_BOOK_BYTES + 64 * 1024) return answer(fail("VALIDATION", t("errors.tooLargeBoth")));
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return NextResponse.json(fail("VALIDATION", t("errors.invalid")), { status: 400 });
  }
  return answer(await readUploadedBook(user.id, form.get("zh"), form.get("en"), t));
}

const answer = (result: ActionResult<unknown>) => NextResponse.json(result, { headers: { "cache-control": "no-store" } });
