// Playwright globalTeardown of the PostgreSQL suite: drops the run's database
// (playwright.config.ts made it on TEST_POSTGRES_URL's server).
import { dropPostgresDatabase, testPostgresUrl } from "../../features/review/test-db-postgres";

export default function teardown(): void {
  const url = process.env.E2E_DATABASE_URL;
  if (url?.startsWith("postgres")) dropPostgresDatabase(testPostgresUrl(), new URL(url).pathname.slice(1));
}
