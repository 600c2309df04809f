import { notFound } from "next/navigation";

// Rendered per request, so Next's inline scripts carry the request's CSP nonce: only the cached pages
// (lib/pages/cached-pages.ts) come from Next's page cache, with their own hash policy.
export const dynamic = "force-dynamic";

// Unknown paths under a locale render the localized not-found page.
export default function CatchAll() {
  notFound();
}
