import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import en from "./messages/en.json";
import zh from "./messages/zh.json";
import { contentSecurityPolicy, newNonce, NONCE_HEADER, STATIC_SECURITY_HEADERS } from "./lib/security/headers";
import { isOversizedBody } from "./lib/security/action-size";
import { notFoundPage } from "./lib/security/not-found-page";
import { isServablePath } from "./lib/security/safe-path";
import { isCachedPage, personalReaderPath, readerPath } from "./lib/pages/cached-pages";
import { sessionCookieKey } from "./lib/session-memo";
import { db } from "./lib/db";
import { findVisibleTextId } from "./lib/texts/visibility";

// Negotiates the locale from Accept-Language for "/" and prefixes every page route.
const intl = createMiddleware(routing);

const LOCALE_PREFIX = /^\/(en|zh)(?=\/|$)/;

function isPage(pathname: string): boolean {
  return !/^\/(api|_next|_vercel)(\/|$)/.test(pathname) && !/\.[^/]*$/.test(pathname);
}

// Public texts change only with the seed, before the server starts: a slug found public is remembered
// (bounded), so a reader's stream of server actions does not ask the database each time. A slug not
// found public is asked again every time: it may be a text imported a moment ago.
const PUBLIC_SLUGS_MAX = 1_000;
const publicSlugs = new Set<string>();

async function isPublicText(slug: string): Promise<boolean> {
  if (publicSlugs.has(slug)) return true;
  if (!(await findVisibleTextId(db, null, slug))) return false;
  if (publicSlugs.size >= PUBLIC_SLUGS_MAX) publicSlugs.clear();
  publicSlugs.add(slug);
  return true;
}

/**
 * A signed-in visitor's reader request for a text that is not public goes to the reader rendered per request
 * (which shows it to its owner only); public texts, and everything signed out, stay on the cached page.
 */
async function personalReader(request: NextRequest): Promise<URL | null> {
  const reader = readerPath(request.nextUrl.pathname);
  if (!reader || !sessionCookieKey(request.headers.get("cookie"))) return null;
  if (await isPublicText(reader.slug)) return null;
  return new URL(personalReaderPath(reader.locale, reader.slug) + request.nextUrl.search, request.url);
}

/** The response for this request before security headers: locale routing for pages, a plain pass-through otherwise. */
function route(request: NextRequest, headers: Headers, personal: URL | null): NextResponse {
  const { pathname } = request.nextUrl;
  if (!isServablePath(pathname)) {
    if (!isPage(pathname)) return NextResponse.json({ error: "not_found" }, { status: 404 });
    const locale = (LOCALE_PREFIX.exec(pathname)?.[1] ?? routing.defaultLocale) as "en" | "zh";
    return new NextResponse(notFoundPage(locale), { status: 404, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  // A server action over the body limit: Next would read it and fail with a 500; say what is wrong instead.
  if (request.headers.has("next-action") && isOversizedBody(request.headers.get("content-length"))) {
    const locale = LOCALE_PREFIX.exec(pathname)?.[1] === "zh" ? zh : en;
    return NextResponse.json({ ok: false, error: { code: "VALIDATION", message: locale.Security.tooLarge } }, { status: 413 });
  }
  if (personal) {
    // next-intl's middleware, which this rewrite skips, tells rendering and server actions the locale in this header.
    headers.set("X-NEXT-INTL-LOCALE", personal.pathname.split("/")[1]);
    return NextResponse.rewrite(personal, { request: { headers } });
  }
  if (isPage(pathname)) return intl(new NextRequest(request, { headers }));
  return NextResponse.next({ request: { headers } });
}

/**
 * Every response gets the security headers (lib/security/headers.ts); pages also get locale routing. A page
 * served from the page cache brings its own policy, with its inline scripts' hashes (lib/security/static-page-cache.js):
 * a nonce policy on top would block them, since a browser enforces every policy it is sent.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  // Only reads are served from the cache. A server action posted from a private text's reader goes to the
  // per-request reader too: the cached route would answer its re-render with the not-found.
  const read = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
  const personal = isServablePath(request.nextUrl.pathname) ? await personalReader(request) : null;
  const cached = read && !personal && isCachedPage(request.nextUrl.pathname);
  const headers = new Headers(request.headers);
  // A cached page is rendered without a nonce: Next would write the first visitor's into everyone's HTML
  // (or one a client sent in these request headers itself).
  if (cached) {
    headers.delete(NONCE_HEADER);
    headers.delete("content-security-policy");
  } else {
    headers.set(NONCE_HEADER, nonce);
    headers.set("content-security-policy", csp);
  }
  const response = route(request, headers, personal);
  if (!cached || response.status !== 200 || response.headers.has("location")) response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path, static files included, so every response carries the headers.
  matcher: "/:path*",
};
