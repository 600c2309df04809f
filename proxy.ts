import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import en from "./messages/en.json";
import zh from "./messages/zh.json";
import { contentSecurityPolicy, newNonce, NONCE_HEADER, STATIC_SECURITY_HEADERS } from "./lib/security/headers";
import { isOversizedBody } from "./lib/security/action-size";
import { notFoundPage } from "./lib/security/not-found-page";
import { isServablePath } from "./lib/security/safe-path";

// Negotiates the locale from Accept-Language for "/" and prefixes every page route.
const intl = createMiddleware(routing);

const LOCALE_PREFIX = /^\/(en|zh)(?=\/|$)/;

function isPage(pathname: string): boolean {
  return !/^\/(api|_next|_vercel)(\/|$)/.test(pathname) && !/\.[^/]*$/.test(pathname);
}

/** The response for this request before security headers: locale routing for pages, a plain pass-through otherwise. */
function route(request: NextRequest, headers: Headers): NextResponse {
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
  if (isPage(pathname)) return intl(new NextRequest(request, { headers }));
  return NextResponse.next({ request: { headers } });
}

/** Every response gets the security headers (lib/security/headers.ts); pages also get locale routing. */
export default function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", csp);
  const response = route(request, headers);
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path, static files included, so every response carries the headers.
  matcher: "/:path*",
};
