import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Negotiates the locale from Accept-Language for "/" and prefixes every page route.
export default createMiddleware(routing);

export const config = {
  // Skip API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
