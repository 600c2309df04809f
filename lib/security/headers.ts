// The security headers every response carries (proxy.ts sets them). One
// policy for the whole app: pages, API routes, server-action answers and
// static files alike.

/** A fresh, unguessable nonce for one request's inline scripts (base64 of 16 random bytes). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy for a response. Scripts come only from this
 * origin or carry the request's nonce (the layout's two boot scripts and
 * Next's own inline Flight scripts, which Next tags with the nonce it finds in
 * the request's CSP header). React needs `eval` only for its development
 * call-stack tooling, so production never allows it. Styles allow inline
 * attributes because React writes `style=""` into server HTML; a nonce there
 * would switch `unsafe-inline` off for them.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
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
