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
import { memoizedLocaleRouting } from "./lib/pages/locale-routing-memo";
import { sessionCookieKey } from "./lib/session-memo";
import { db } from "./lib/db";
import { findVisibleTextId } from "./lib/texts/visibility";

// Negotiates the locale from Accept-Language for "/" and prefixes every page route.
const intl = createMiddleware(routing);
const cachedPageLocaleHeaders = memoizedLocaleRouting(intl);
// next-intl tells rendering and server actions the locale in this request header.
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

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
    // The rewrite skips next-intl's middleware, which would set this header.
    headers.set(LOCALE_HEADER, personal.pathname.split("/")[1]);
    return NextResponse.rewrite(personal, { request: { headers } });
  }
  if (isPage(pathname)) return intl(new NextRequest(request, { headers }));
  return NextResponse.next({ request: { headers } });
}

/**
 * A read of the library or a public reader, answered from Next's page cache with the policy stored beside
 * the page (its inline scripts' hashes): no nonce is made for it. Null when next-intl does not simply let
 * the request through (a redirect, say).
 */
function cachedPage(request: NextRequest, locale: string): NextResponse | null {
  const added = cachedPageLocaleHeaders(request);
  if (!added) return null;
  const response = NextResponse.next(hasRenderingHeaders(request.headers) ? { request: { headers: forCachedRendering(request.headers, locale) } } : undefined);
  for (const [name, value] of added) response.headers.append(name, value);
  return response;
}

// Request headers that would change what a cached page's render writes: Next puts a nonce it finds into the
// HTML (a client's own, kept for everyone), next-intl reads the locale from its header.
const RENDERING_HEADERS = [NONCE_HEADER, "content-security-policy", LOCALE_HEADER];
const hasRenderingHeaders = (headers: Headers) => RENDERING_HEADERS.some((name) => headers.has(name));

/**
 * The request headers a cached page is rendered with when a client sent any of those itself. Without any, the
 * request passes unchanged (copying every header into the response, for Next to copy back, was most of what
 * remained of the proxy's own cost for a cached page): its render takes the locale from the path
 * (setRequestLocale) and reads no header.
 */
function forCachedRendering(requestHeaders: Headers, locale: string): Headers {
  const headers = new Headers(requestHeaders);
  headers.delete(NONCE_HEADER);
  headers.delete("content-security-policy");
  headers.set(LOCALE_HEADER, locale);
  return headers;
}

/** Every other response: a fresh nonce for rendering, and the policy that allows it. */
function withNonce(request: NextRequest, personal: URL | null): NextResponse {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", csp);
  const response = route(request, headers, personal);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Every response gets the security headers (lib/security/headers.ts); pages also get locale routing. A page
 * served from the page cache brings its own policy, with its inline scripts' hashes (lib/security/static-page-cache.js):
 * a nonce policy on top would block them, since a browser enforces every policy it is sent.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  // Only reads are served from the cache. A server action posted from a private text's reader goes to the
  // per-request reader too: the cached route would answer its re-render with the not-found.
  const read = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
  const servable = isServablePath(pathname);
  const personal = servable ? await personalReader(request) : null;
  const cached = read && servable && !personal && isCachedPage(pathname) ? cachedPage(request, pathname.split("/")[1]) : null;
  const response = cached ?? withNonce(request, personal);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path, static files included, so every response carries the headers.
  matcher: "/:path*",
};
