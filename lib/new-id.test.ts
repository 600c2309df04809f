import { describe, expect, it } from "vitest";
import { newId } from "./new-id";

describe("newId", () => {
  it("looks like a cuid: 'c' and 24 lowercase base-36 characters", () => {
    expect(newId()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("never repeats within a process", () => {
    const ids = Array.from({ length: 20_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sorts by creation time across milliseconds", async () => {
    const a = newId();
    await new Promise((r) => setTimeout(r, 5));
    expect(newId() > a).toBe(true);
  });
});
