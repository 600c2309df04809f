import { defineConfig, devices } from "@playwright/test";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumArgs, chromiumExecutablePath as executablePath } from "./e2e/helpers/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DIST_DIR = process.env.E2E_PORT ? `.next-e2e-${PORT}` : ".next-e2e";
// Specs that read build output (the server-action manifest) find it through this.
process.env.E2E_DIST_DIR = DIST_DIR;
const baseURL = `http://127.0.0.1:${PORT}`;
// `npm run test:security` (E2E_SUITE=security) runs the security specs, `npm run test:e2e` everything else.
const SECURITY_SPECS = /security[^/]*\.spec\.ts$/;
const securitySuite = process.env.E2E_SUITE === "security";
// `npm test` runs the security suite right after the e2e suite built the same code: E2E_REUSE_BUILD=1 skips a second build.
const build = process.env.E2E_REUSE_BUILD === "1" && existsSync(path.join(DIST_DIR, "BUILD_ID")) ? "" : "npm run build && ";

// Every run gets a fresh database, so tests never see a previous run's users.
// The path is kept in the environment so Playwright's worker processes, which
// re-read this file, use the same database as the web server.
process.env.E2E_DATABASE_URL ??= `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "reader-e2e-")), "e2e.db")}`;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: securitySuite
    ? [{ name: "desktop", testMatch: SECURITY_SPECS, use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: chromiumArgs } } }]
    : [
        {
          name: "desktop",
          testIgnore: [/mobile\.spec\.ts/, SECURITY_SPECS],
          use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: chromiumArgs } },
        },
        {
          name: "phone",
          testMatch: /mobile\.spec\.ts/,
          use: { ...devices["Pixel 7"], launchOptions: { executablePath, args: chromiumArgs } },
        },
      ],
  webServer: {
    // A production build on a fresh database: migrations and seed run first, as in `npm start`.
    command: `npm run db:setup && ${build}npx next start -p ${PORT}`,
    url: `${baseURL}/en`,
    timeout: 600_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      // A zone west of UTC catches dates rendered a day early (calendar dates must format in UTC).
      TZ: "America/Los_Angeles",
      // Every test signs its own user up from 127.0.0.1; the per-client sign-up limit is unit-tested.
      SIGN_UPS_PER_CLIENT_PER_HOUR: "100000",
    },
  },
});
