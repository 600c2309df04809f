/**
 * Where to go after signing in. Only same-site paths are allowed, so a
 * crafted ?next= link cannot bounce a user to another site.
 */
export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
