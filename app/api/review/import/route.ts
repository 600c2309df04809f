import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { fail, ok } from "@/lib/action-result";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { BACKUP_MAX_BYTES, parseBackup } from "@/lib/export/backup";
import { restoreBackup } from "@/features/review/backup-io";
import { isForeignOrigin } from "@/lib/security/same-origin";

const NO_STORE = { "cache-control": "no-store" };

/** The request body, or null once it passes `max` bytes (read no further than that). */
async function readCapped(req: Request, max: number): Promise<string | null> {
  if (Number(req.headers.get("content-length") ?? 0) > max) return null;
  const reader = req.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

// Restores a JSON backup for the signed-in user. Answers with the same result
// union as the server actions, the message localized by ?locale=.
export async function POST(req: Request) {
  const requested = new URL(req.url).searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "Export" });
  // Session cookies are SameSite=Lax already; refusing foreign origins outright also covers older browsers.
  if (isForeignOrigin(req.headers.get("origin"), req.headers.get("host"))) {
    const security = await getTranslations({ locale, namespace: "Security" });
    return NextResponse.json(fail("VALIDATION", security("crossOrigin")), { status: 403, headers: NO_STORE });
  }
  const user = await getSessionUser();
  if (!user) return NextResponse.json(fail("UNAUTHENTICATED", t("errors.unauthenticated")), { status: 401, headers: NO_STORE });

  const text = await readCapped(req, BACKUP_MAX_BYTES);
  const maxMb = BACKUP_MAX_BYTES / 1024 / 1024;
  if (text === null) return NextResponse.json(fail("VALIDATION", t("errors.tooLarge", { max: maxMb })), { status: 413, headers: NO_STORE });
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    const message =
      parsed.error === "tooLarge" ? t("errors.tooLarge", { max: maxMb }) : parsed.error === "invalid" ? t("errors.invalid", { detail: parsed.detail ?? "" }) : t(`errors.${parsed.error}`);
    return NextResponse.json(fail("VALIDATION", message), { status: 400, headers: NO_STORE });
  }
  try {
    const result = await restoreBackup(db, user.id, parsed.backup);
    return NextResponse.json(ok(result), { headers: NO_STORE });
  } catch (err) {
    console.error("backup restore failed", err);
    return NextResponse.json(fail("INTERNAL", t("errors.failed")), { status: 500, headers: NO_STORE });
  }
}
