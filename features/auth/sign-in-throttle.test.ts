import { describe, expect, it } from "vitest";
import { FailureThrottle } from "./sign-in-throttle";

describe("FailureThrottle", () => {
  it("blocks a key after maxFailures inside the window, and frees it when the window passes", () => {
    let now = 1_000_000;
    const t = new FailureThrottle({ maxFailures: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 2; i++) t.recordFailure("a@x.org");
    expect(t.retryAfter("a@x.org")).toBe(0);
    t.recordFailure("a@x.org");
    expect(t.retryAfter("a@x.org")).toBe(60_000);
    now += 30_000;
    expect(t.retryAfter("a@x.org")).toBe(30_000);
    now += 30_001;
    expect(t.retryAfter("a@x.org")).toBe(0);
  });

  it("keeps keys independent and resets on success", () => {
    const t = new FailureThrottle({ maxFailures: 1, windowMs: 1000 }, () => 0);
    t.recordFailure("a");
    expect(t.retryAfter("a")).toBeGreaterThan(0);
    expect(t.retryAfter("b")).toBe(0);
    t.reset("a");
    expect(t.retryAfter("a")).toBe(0);
  });
});
