import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseBusy } from "./database-busy";

const known = (code: string) => new Prisma.PrismaClientKnownRequestError("x", { code, clientVersion: "6.19.3" });

describe("isDatabaseBusy", () => {
  it("knows Prisma's pool, transaction and timeout errors, and SQLite's busy lock", () => {
    for (const code of ["P2024", "P2028", "P2034", "P1008"]) expect(isDatabaseBusy(known(code))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
    expect(isDatabaseBusy(new Error("SqliteError: database is locked"))).toBe(true);
  });
  it("leaves every other error to fail loudly", () => {
    expect(isDatabaseBusy(known("P2002"))).toBe(false); // a unique key: a bug or a race the caller must handle
    expect(isDatabaseBusy(known("P2025"))).toBe(false);
    expect(isDatabaseBusy(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
    expect(isDatabaseBusy("P2028")).toBe(false);
  });
});
