import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, testDialect } from "@/features/review/test-db";
import { createPostgresAdapter } from "./postgres-adapter";

// What Prisma's schema engine needs from the adapter to run `prisma migrate
// deploy` on PostgreSQL (lib/postgres-adapter.ts): catalog columns of type
// `name` decoded, and a migration script run whole, all or nothing.
describe.runIf(testDialect() === "postgresql")("the PostgreSQL adapter", () => {
  const t = createTestDb();
  afterAll(() => t.cleanup());

  it("reads pg_catalog's name columns as text", async () => {
    const adapter = await createPostgresAdapter(t.url).connect();
    try {
      const res = await adapter.queryRaw({ sql: `SELECT tablename FROM pg_tables WHERE tablename = 'Text'`, args: [], argTypes: [] });
      expect(res.rows).toEqual([["Text"]]);
    } finally {
      await adapter.dispose();
    }
  });

  it("runs a script whole: a function body survives, and a failing script leaves nothing behind", async () => {
    const adapter = await createPostgresAdapter(t.url).connect();
    try {
      await adapter.executeScript(`CREATE FUNCTION "t_two"() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 2; END $$; CREATE TABLE "t_ok" (x int);`);
      await expect(adapter.executeScript(`CREATE TABLE "t_half" (x int); SELECT 1 / 0;`)).rejects.toThrow();
      const res = await adapter.queryRaw({ sql: `SELECT "t_two"() AS two, to_regclass('"t_ok"') IS NOT NULL AS ok, to_regclass('"t_half"') IS NULL AS gone`, args: [], argTypes: [] });
      expect(res.rows).toEqual([[2, true, true]]);
    } finally {
      await adapter.dispose();
    }
  });
});
