// Which page requests are answered from Next's page cache, and which
// signed-in reader requests must leave it. The library and the reader of a
// public text are the same HTML for every visitor (the per-user parts are
// fetched by the browser: features/shell/use-viewer.ts), so they are
// rendered once and cached (lib/security/static-page-cache.js). A private
// text is never in that cache: its reader is rendered per request, for its
// owner only, at PERSONAL_READER_PREFIX.

const LIBRARY = /^\/(en|zh)\/?$/;
const READER = /^\/(en|zh)\/texts\/([^/]+)\/?$/;

/** The internal route of the reader rendered per request (app/[locale]/reader/[slug]). */
export const PERSONAL_READER_SEGMENT = "reader";

/** Whether Next answers this page path from its page cache (the response then carries the cached page's hash policy). */
export function isCachedPage(pathname: string): boolean {
  return LIBRARY.test(pathname) || READER.test(pathname);
}

/** The locale and slug of a reader path, or null. */
export function readerPath(pathname: string): { locale: string; slug: string } | null {
  const m = READER.exec(pathname);
  if (!m) return null;
  try {
    return { locale: m[1], slug: decodeURIComponent(m[2]) };
  } catch {
    return null;
  }
}

/** The per-request reader's path for a text. */
export const personalReaderPath = (locale: string, slug: string) => `/${locale}/${PERSONAL_READER_SEGMENT}/${encodeURIComponent(slug)}`;
