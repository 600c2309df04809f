import { defineConfig, devices } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumArgs, chromiumExecutablePath as executablePath } from "./e2e/helpers/chromium";
import { createPostgresTestDatabase } from "./features/review/test-db-postgres";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DIST_DIR = process.env.E2E_PORT ? `.next-e2e-${PORT}` : ".next-e2e";
// Specs that read build output (the server-action manifest) find it through this.
process.env.E2E_DIST_DIR = DIST_DIR;
const baseURL = `http://127.0.0.1:${PORT}`;
// `npm run test:security` (E2E_SUITE=security) runs the security specs, `npm run test:e2e` everything else,
// and `npm run test:postgres` (E2E_SUITE=postgresql) the core flows and the two-server spec on PostgreSQL.
const SECURITY_SPECS = /security[^/]*\.spec\.ts$/;
const securitySuite = process.env.E2E_SUITE === "security";
const postgresSuite = process.env.E2E_SUITE === "postgresql";
const POSTGRES_SPECS = /\/(reader|annotations|annotations-advanced|review|review-polish|import|books|two-servers)\.spec\.ts$/;
const TWO_SERVERS_SPEC = /two-servers\.spec\.ts$/;
// `npm test` runs the security suite right after the e2e suite built the same code: E2E_REUSE_BUILD=1 skips a second build.
const build = process.env.E2E_REUSE_BUILD === "1" && existsSync(path.join(DIST_DIR, "BUILD_ID")) ? "" : "npm run build && ";

// Every run gets a fresh database, so tests never see a previous run's users.
// The path is kept in the environment so Playwright's worker processes, which
// re-read this file, use the same database as the web server.
// On PostgreSQL (TEST_POSTGRES_URL names the server), a new database per run, and one secret for both servers.
process.env.E2E_DATABASE_URL ??= postgresSuite
  ? createPostgresTestDatabase("template0").url
  : `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "reader-e2e-")), "e2e.db")}`;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL;
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("hex");
/** The second app server of the PostgreSQL suite: the same database, another process (e2e/two-servers.spec.ts). */
export const SECOND_PORT = PORT + 1;
process.env.E2E_BASE_URL = baseURL;
process.env.E2E_SECOND_URL = postgresSuite ? `http://127.0.0.1:${SECOND_PORT}` : "";

const serverEnv = {
  DATABASE_URL: E2E_DATABASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: DIST_DIR,
  // A zone west of UTC catches dates rendered a day early (calendar dates must format in UTC).
  TZ: "America/Los_Angeles",
  // Every test signs its own user up from 127.0.0.1; the per-client sign-up limit is unit-tested.
  SIGN_UPS_PER_CLIENT_PER_HOUR: "100000",
  ...(postgresSuite ? { BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET } : {}),
};
const desktop = { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: chromiumArgs } };

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  ...(postgresSuite ? { globalTeardown: "./e2e/helpers/postgres-teardown.ts" } : {}),
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
    ? [{ name: "desktop", testMatch: SECURITY_SPECS, use: desktop }]
    : postgresSuite
      ? [{ name: "postgresql", testMatch: POSTGRES_SPECS, use: desktop }]
      : [
          {
            name: "desktop",
            testIgnore: [/mobile\.spec\.ts/, SECURITY_SPECS, TWO_SERVERS_SPEC],
            use: desktop,
          },
          {
            name: "phone",
            testMatch: /mobile\.spec\.ts/,
            use: { ...devices["Pixel 7"], launchOptions: { executablePath, args: chromiumArgs } },
          },
        ],
  webServer: [
    {
      // A production build on a fresh database: migrations and seed run first, as in `npm start`.
      command: `npm run db:setup && ${build}npx next start -p ${PORT}`,
      url: `${baseURL}/en`,
      timeout: 600_000,
      reuseExistingServer: false,
      env: serverEnv,
    },
    // Started once the first is up (Playwright starts web servers in order), so the build and the migrations are done.
    ...(postgresSuite
      ? [{ command: `npx next start -p ${SECOND_PORT}`, url: `${process.env.E2E_SECOND_URL}/en`, timeout: 120_000, reuseExistingServer: false, env: serverEnv }]
      : []),
  ],
});
