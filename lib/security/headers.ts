// The security headers every response carries (proxy.ts sets them). One
// policy for the whole app: pages, API routes, server-action answers and
// static files alike.
import { cspWithScripts, scriptHash } from "./csp";
import { readerSettingsBootScript } from "@/features/reader/reader-settings";
import { timeZoneCookieScript } from "@/features/shell/time-zone-cookie";

/** A fresh, unguessable nonce for one request's inline scripts (base64 of 16 random bytes). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The layout's two boot scripts (constant text): allowed by their hash on every page, cached or not. */
const BOOT_SCRIPT_HASHES = [readerSettingsBootScript, timeZoneCookieScript].map(scriptHash);

/**
 * The Content-Security-Policy of a response rendered for this request: scripts
 * come only from this origin, carry the request's nonce (Next tags its own
 * inline Flight scripts with the nonce it finds in the request's CSP header),
 * or are the layout's boot scripts. Cached pages get the same policy with the
 * hashes of their inline scripts instead (lib/security/static-page-cache.js).
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return cspWithScripts([`'nonce-${nonce}'`, ...BOOT_SCRIPT_HASHES], dev);
}

/** Browser features the reader never uses, switched off for the page and anything it embeds. */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "payment",
  "usb",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** The headers that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
  // For browsers without CSP frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Request headers the proxy passes to rendering: Next reads the nonce from the CSP header, the layout from x-nonce. */
export const NONCE_HEADER = "x-nonce";
