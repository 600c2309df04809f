import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, databaseUrl, ensureDatabaseDir } from "./lib/database-url";
import { createPostgresAdapter } from "./lib/postgres-adapter";

// Prisma 7 downloads a native schema engine, which cannot happen offline;
// 6.19's JavaScript engine runs migrations through a driver adapter instead.
// DATABASE_URL picks the provider, and with it the schema and the migrations:
// PostgreSQL has its own (derived) schema file and migration history, since
// Prisma fixes the provider per schema.
const url = databaseUrl();
const postgres = databaseProvider(url) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    if (postgres) return createPostgresAdapter(url);
    ensureDatabaseDir(url);
    return new PrismaBetterSQLite3({ url });
  },
});
