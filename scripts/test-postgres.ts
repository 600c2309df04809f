// `npm run test:postgres`: the core e2e flows and the two-server spec on
// PostgreSQL (playwright.config.ts, E2E_SUITE=postgresql), when
// TEST_POSTGRES_URL names a server where the user may create databases.
// Without it there is nothing to run on, and it says so: `npm test` stays
// runnable on a machine without PostgreSQL.
import { spawnSync } from "node:child_process";

if (!process.env.TEST_POSTGRES_URL) {
  console.log("test:postgres: TEST_POSTGRES_URL is not set, so the PostgreSQL e2e suite is skipped");
  process.exit(0);
}
const res = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, E2E_SUITE: "postgresql" } });
process.exit(res.status ?? 1);
