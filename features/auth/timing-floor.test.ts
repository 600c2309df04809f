import { describe, expect, it } from "vitest";
import { TimingFloor } from "./timing-floor";

describe("TimingFloor", () => {
  it("is the minimum until slower runs are recorded, then the slowest recent one", () => {
    const f = new TimingFloor(300, 3);
    expect(f.floor()).toBe(300);
    f.record(250);
    expect(f.floor()).toBe(300);
    f.record(420);
    expect(f.floor()).toBe(420);
    // Only the last 3 count: the 420 ms run ages out.
    for (const ms of [310, 320, 330]) f.record(ms);
    expect(f.floor()).toBe(330);
  });

  it("waits out the rest of the floor, and not at all once it has passed", async () => {
    const f = new TimingFloor(80);
    const t0 = Date.now();
    await f.wait(t0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(75);
    const t1 = Date.now();
    await f.wait(t1 - 500);
    expect(Date.now() - t1).toBeLessThan(30);
  });
});
