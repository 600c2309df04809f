import { defineConfig } from "vitest/config";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const EXCLUDE = ["node_modules/**", "e2e/**", ".next/**", ".next-*/**"];

// With TEST_POSTGRES_URL (a server where the user may create databases), the
// integration tests (every test that opens a database through test-db.ts)
// run a second time, on PostgreSQL. Tests of SQLite itself stay SQLite-only:
// its connection settings and the SQLite migration history.
const SQLITE_ONLY = ["lib/prisma-client.test.ts", "prisma/tests/annotation-model-migration.test.ts"];
const SKIP_DIRS = /^(node_modules|e2e|\.next.*|\.git|lib\/generated)$/;
function testFiles(dir = "."): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.test(rel) ? [] : testFiles(rel);
    return e.name.endsWith(".test.ts") ? [rel] : [];
  });
}
const databaseTests = () => testFiles().filter((f) => !SQLITE_ONLY.includes(f) && /\b(createTestDb|freshTestDbs)\b/.test(readFileSync(f, "utf8")));

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    // next-intl's ESM imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      { extends: true, test: { name: "sqlite", include: ["**/*.test.ts"], exclude: EXCLUDE } },
      ...(process.env.TEST_POSTGRES_URL
        ? [
            {
              extends: true as const,
              test: {
                name: "postgresql",
                include: databaseTests(),
                exclude: EXCLUDE,
                env: { TEST_DATABASE: "postgresql" },
                globalSetup: ["features/review/test-db-postgres.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
