import { describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl, redactPassword } from "./database-url";
import { poolSize } from "./postgres-adapter";
import { createPrismaClient, sqlDialect } from "./prisma-client";

describe("which database DATABASE_URL selects", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(databaseUrl({})).toMatch(/^file:.*prisma\/data\/app\.db$/);
    expect(databaseProvider(databaseUrl({}))).toBe("sqlite");
  });

  it("takes a PostgreSQL URL in either spelling", () => {
    expect(databaseProvider(databaseUrl({ DATABASE_URL: "postgresql://u:p@db:5432/reader" }))).toBe("postgresql");
    expect(databaseProvider("postgres://db/reader")).toBe("postgresql");
  });

  it("refuses anything else, without printing the password", () => {
    expect(() => databaseUrl({ DATABASE_URL: "mysql://root:hunter2@db/reader" })).toThrow(/mysql:\/\/root:\*\*\*@db\/reader/);
    expect(redactPassword("postgresql://u:secret@db/x")).toBe("postgresql://u:***@db/x");
  });

  it("gives each client the dialect its raw SQL must speak", async () => {
    // Neither client connects until its first query.
    const pg = createPrismaClient("postgresql://nobody@127.0.0.1:1/none");
    const lite = createPrismaClient("file::memory:");
    expect([sqlDialect(pg), sqlDialect(lite)]).toEqual(["postgresql", "sqlite"]);
    await Promise.all([pg.$disconnect(), lite.$disconnect()]);
  });

  it("sizes the PostgreSQL pool from DATABASE_POOL_SIZE, 10 otherwise", () => {
    expect([poolSize({}), poolSize({ DATABASE_POOL_SIZE: "25" }), poolSize({ DATABASE_POOL_SIZE: "0" }), poolSize({ DATABASE_POOL_SIZE: "x" })]).toEqual([10, 25, 10, 10]);
  });
});
