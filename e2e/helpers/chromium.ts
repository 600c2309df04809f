import { existsSync } from "node:fs";

// How every browser here is launched (the e2e tests, the annotation benchmark's
// sign-up, the README screenshot): Debian's Chromium where present, since no
// browser can be downloaded offline, and Playwright's own browser elsewhere.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumExecutablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
