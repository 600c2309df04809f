// next-intl's middleware answer for a cached page, remembered per input.
//
// For a path that already carries its locale (/en, /zh/texts/…) next-intl
// always lets the request through; what it adds is a Link header (the page
// in every locale) and sometimes a NEXT_LOCALE cookie. Working that out took
// a quarter of the proxy's time per cached page (bench:pages' profile: the
// Accept-Language matcher of @formatjs/intl-localematcher, URL building, and a
// copy of the request for it), for an answer that depends only on the
// inputs below. So next-intl is asked once per distinct input and its
// headers are replayed; it stays the one place that decides them.
import type { NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE } from "@/i18n/routing";

/** Response headers next-intl adds to a pass-through (its Link header, its locale cookie). */
export type LocaleHeaders = ReadonlyArray<readonly [string, string]>;

/** Distinct inputs kept; past it the memo starts again (any visitor can vary Accept-Language or the query). */
export const LOCALE_MEMO_MAX = 1_000;
/** Longer inputs (a padded Accept-Language, a long query) are answered but not kept: at most ~4 MB in all. */
const KEY_MAX_LENGTH = 4_000;

/**
 * Everything next-intl's middleware reads from a request to a locale-prefixed path: the URL (the Link
 * header repeats path, query and origin), the host headers it builds the links from, the locale cookie
 * and Accept-Language (whether to set that cookie), and Sec-Fetch-Dest (background requests never set it).
 * Never the rest of the Cookie header: that holds sessions.
 */
export function localeRoutingKey(request: NextRequest): string {
  const h = request.headers;
  return [
    request.url,
    h.get("host"),
    h.get("x-forwarded-host"),
    h.get("x-forwarded-proto"),
    request.cookies.get(LOCALE_COOKIE)?.value,
    h.get("accept-language"),
    h.get("sec-fetch-dest"),
  ].join("\n");
}

/**
 * `intl` (next-intl's middleware) behind a memo: the headers it adds when it lets the request through, or
 * null when it answers otherwise (a redirect or a rewrite: the caller then uses `intl`'s own response).
 */
export function memoizedLocaleRouting(intl: (request: NextRequest) => NextResponse, max = LOCALE_MEMO_MAX) {
  const answers = new Map<string, LocaleHeaders>();
  return (request: NextRequest): LocaleHeaders | null => {
    const key = localeRoutingKey(request);
    const known = answers.get(key);
    if (known) return known;
    const response = intl(request);
    if (!response.headers.has("x-middleware-next") || response.headers.has("x-middleware-rewrite")) return null;
    // Its x-middleware-* headers only carry the request on to rendering; the caller builds its own.
    const added = [...response.headers].filter(([name]) => !name.startsWith("x-middleware-"));
    if (key.length > KEY_MAX_LENGTH) return added;
    if (answers.size >= max) answers.clear();
    answers.set(key, added);
    return added;
  };
}
