// For test files whose tests each want a database of their own: call it in a
// describe block; open() makes one, and it is dropped after that test.
// (vitest.config.ts runs every file that uses it on PostgreSQL too, as it does
// for createTestDb.)
import { afterEach } from "vitest";
import { createTestDb } from "./test-db";

export function freshTestDbs(): () => ReturnType<typeof createTestDb>["db"] {
  let cleanup: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await cleanup?.();
    cleanup = null;
  });
  return () => {
    const t = createTestDb();
    cleanup = t.cleanup;
    return t.db;
  };
}
