// Next's page cache (ISR), plus two things the library and the reader need
// to be served from it (next.config.js: cacheHandler):
//
// 1. Each cached page carries its own Content-Security-Policy, with the
//    sha256 of every inline script in that exact HTML. Next sends a cached
//    entry's headers with it, so the policy always matches the bytes served,
//    also after a revalidation re-rendered the page. proxy.ts leaves these
//    routes without its nonce policy (two policies would both apply).
// 2. A page prerendered by `next build`, or left on disk by an earlier
//    server, is rendered again once by this process before it is served: the
//    build may have read another database (benchmarks and the e2e suites
//    reuse one build with fresh databases), and the ids in the reader's HTML
//    must be this database's.
// 3. A not-found (an unknown or private slug) is served with its policy but
//    not kept: anyone can ask for any number of slugs, and each kept page is
//    a file on disk.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { cspWithScripts, inlineScriptHashes } = require("./csp");

const APP_PAGE = "APP_PAGE";
const CSP = "content-security-policy";

/** Adds the hash policy of its HTML to an app page's cached value (in place: Next serves this same object). */
function withPolicy(value) {
  if (value?.kind !== APP_PAGE || typeof value.html !== "string") return value;
  value.headers = { ...value.headers, [CSP]: cspWithScripts(inlineScriptHashes(value.html)) };
  return value;
}

class StaticPageCache extends FileSystemCache {
  /** Keys this process stored itself; anything else in the cache predates it. */
  static renderedHere = new Set();

  async get(key, ctx) {
    if (ctx?.kind === APP_PAGE && !StaticPageCache.renderedHere.has(key)) return null;
    const entry = await super.get(key, ctx);
    // Stored by set() with its policy; only an entry read back from disk may lack it.
    if (entry?.value && !entry.value.headers?.[CSP]) withPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    if (data?.kind === APP_PAGE) {
      withPolicy(data);
      if (data.status === 404) return;
      StaticPageCache.renderedHere.add(key);
    }
    return super.set(key, data, ctx);
  }
}

module.exports = StaticPageCache;
