// A request path that no route of the app can serve: bad percent-encoding
// (`%E4%BA`, `%ZZ`), control characters (`%00`), a segment padded with
// spaces, or a segment far longer than any slug. Such paths are answered
// with a 404 before any route sees them, so a route never has to guard
// against a decode error (it was a 500) or match `ai-limits%00` to the text
// `ai-limits` (SQLite stops a string at NUL), and next-intl never echoes a
// 10,000-character path back in a 30 KB `Link` header.

/** Longer than any slug the app makes (lib/import/slug.ts: about 50) or any route name. */
export const MAX_SEGMENT_LENGTH = 200;
export const MAX_PATH_LENGTH = 2_000;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function isServablePath(pathname: string): boolean {
  if (pathname.length > MAX_PATH_LENGTH) return false;
  for (const raw of pathname.split("/")) {
    if (raw.length > MAX_SEGMENT_LENGTH) return false;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return false;
    }
    if (CONTROL.test(segment) || segment !== segment.trim()) return false;
  }
  return true;
}
