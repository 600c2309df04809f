// Whether a request's Origin header names this server. Browsers send Origin
// on every cross-site POST; "null" (a sandboxed frame, a file: page, some
// redirects) and anything unparseable are foreign. No Origin at all is a
// same-site navigation or a non-browser client, whose cookies a browser
// would not have attached cross-site anyway (SameSite=Lax).
export function isForeignOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
