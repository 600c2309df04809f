// The Content-Security-Policy of every response, in plain CommonJS: Next
// loads the page-cache handler (static-page-cache.js) at run time, outside
// its bundler, and that handler must build the same policy as proxy.ts.
//
// Two ways to allow an inline script, never 'unsafe-inline':
// - a page rendered per request carries a fresh nonce (proxy.ts);
// - a page served from the cache carries the sha256 of each of its inline
//   scripts, computed from the exact HTML that is served (a nonce in cached
//   HTML would be the same for every visitor, so no secret at all).
const { createHash } = require("node:crypto");

/**
 * The policy for a response whose inline scripts are allowed by `scriptSources`
 * ('nonce-…' or 'sha256-…' tokens). React needs `eval` only for its development
 * call-stack tooling, so production never allows it. Styles allow inline
 * attributes because React writes `style=""` into server HTML; a nonce there
 * would switch `unsafe-inline` off for them.
 * @param {string[]} scriptSources
 * @param {boolean} [dev]
 * @returns {string}
 */
function cspWithScripts(scriptSources, dev = process.env.NODE_ENV === "development") {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])].join(" "),
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

/**
 * The CSP source token for one inline script's text, as the browser hashes it.
 * @param {string} source
 */
function scriptHash(source) {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

// An inline script is a <script> without src; its text runs to the first </script>
// (HTML has no escaping inside a script: React and Next write "<\/script" or \u003c).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /\ssrc\s*=/i;

/**
 * The hash tokens of every inline script in an HTML document, each once, in order.
 * @param {string} html
 * @returns {string[]}
 */
function inlineScriptHashes(html) {
  const tokens = new Set();
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (!HAS_SRC.test(attrs)) tokens.add(scriptHash(body));
  }
  return [...tokens];
}

module.exports = { cspWithScripts, scriptHash, inlineScriptHashes };
