import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, ensureDatabaseDir } from "./lib/database-url";

// Prisma 7 downloads a native schema engine, which cannot happen offline;
// 6.19's JavaScript engine runs migrations through this driver adapter instead.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = databaseUrl();
    ensureDatabaseDir(url);
    return new PrismaBetterSQLite3({ url });
  },
});
