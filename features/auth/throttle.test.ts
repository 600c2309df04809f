import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createTestDb } from "@/features/review/test-db";
import { beginSignIn, beginSignUp, DEFAULT_RULES, delayAfter, pruneThrottle, rulesFromEnv, signInFailed, signInSucceeded } from "./throttle";

let t: ReturnType<typeof createTestDb>;
beforeEach(() => {
  t = createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
const keys = (account: string, client = "198.51.100.7") => ({ account, client });

/** One failed sign-in attempt at `now`: allowed, then (the password being wrong) left counted. */
async function fail(account: string, now: number, client?: string) {
  const v = await beginSignIn(t.db, keys(account, client), now);
  expect(v, `attempt at +${now - T0} ms`).toEqual({ allowed: true });
}

describe("delayAfter", () => {
  it("doubles from 1 s and stops at 60 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => delayAfter(n, 0))).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60].map((s) => s * 1000));
    expect(delayAfter(10, 10)).toBe(0);
    expect(delayAfter(11, 10)).toBe(1000);
  });
});

describe("sign-in throttle", () => {
  it("slows an account down after each failure, and the right password works once the delay has passed", async () => {
    let now = T0;
    await fail("owner@example.test", now);
    // Within the 1 s delay: refused, with the time left.
    expect(await beginSignIn(t.db, keys("owner@example.test"), now + 400)).toEqual({ allowed: false, retryAfterMs: 600 });
    now += 1000;
    await fail("owner@example.test", now);
    expect(await beginSignIn(t.db, keys("owner@example.test"), now + 1999)).toEqual({ allowed: false, retryAfterMs: 1 });
    now += 2000;
    // The owner, after the 2 s delay: allowed; the right password clears the account.
    expect(await beginSignIn(t.db, keys("owner@example.test"), now)).toEqual({ allowed: true });
    await signInSucceeded(t.db, keys("owner@example.test"), now);
    expect(await t.db.authThrottle.findUnique({ where: { key: "account:owner@example.test" } })).toBeNull();
  });

  it("runs the delay from when the failure is known, not from when the attempt began", async () => {
    await fail("slow@example.test", T0);
    // The password check took 1.5 s: the 1 s delay starts only then.
    await signInFailed(t.db, keys("slow@example.test"), T0 + 1500);
    expect(await beginSignIn(t.db, keys("slow@example.test"), T0 + 2000)).toEqual({ allowed: false, retryAfterMs: 500 });
    expect(await beginSignIn(t.db, keys("slow@example.test"), T0 + 2500)).toEqual({ allowed: true });
  });

  it("never locks an account for more than 60 s, however many failures", async () => {
    let now = T0;
    for (let i = 0; i < 12; i++) {
      await fail("victim@example.test", now, `203.0.113.${i}`);
      now += delayAfter(i + 1, 0);
    }
    const refused = await beginSignIn(t.db, keys("victim@example.test", "192.0.2.1"), now - 1);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(await beginSignIn(t.db, keys("victim@example.test", "192.0.2.1"), now)).toEqual({ allowed: true });
    const row = await t.db.authThrottle.findUniqueOrThrow({ where: { key: "account:victim@example.test" } });
    expect(delayAfter(row.count, 0)).toBe(60_000);
  });

  it("refuses parallel guesses: only one of a burst is checked", async () => {
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => beginSignIn(t.db, keys("burst@example.test"), T0)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(1);
  });

  it("slows one client trying many emails once each, after its free failures", async () => {
    const rules = DEFAULT_RULES;
    let now = T0;
    for (let i = 0; i < rules.clientFreeFailures; i++) await fail(`user${i}@example.test`, now++);
    expect(await beginSignIn(t.db, keys("fresh@example.test"), now)).toEqual({ allowed: true });
    // That was the 11th failure: a new email from the same client now waits 1 s; from another client it does not.
    expect(await beginSignIn(t.db, keys("other@example.test"), now + 10)).toEqual({ allowed: false, retryAfterMs: 990 });
    expect(await beginSignIn(t.db, keys("other@example.test", "192.0.2.99"), now + 10)).toEqual({ allowed: true });
  });

  it("a client's successful sign-ins do not count against it", async () => {
    for (let i = 0; i < 30; i++) {
      const now = T0 + i * 10;
      expect(await beginSignIn(t.db, keys(`ok${i}@example.test`), now)).toEqual({ allowed: true });
      await signInSucceeded(t.db, keys(`ok${i}@example.test`), now);
    }
    expect((await t.db.authThrottle.findUniqueOrThrow({ where: { key: "client:198.51.100.7" } })).count).toBe(0);
  });

  it("stops every sign-in for the rest of the minute past the global ceiling", async () => {
    const rules = { ...DEFAULT_RULES, globalPerMinute: 5 };
    const start = T0 + 10_000; // 10 s into a minute
    for (let i = 0; i < 5; i++) {
      expect(await beginSignIn(t.db, keys(`g${i}@example.test`, `203.0.113.${i}`), start + i, rules)).toEqual({ allowed: true });
    }
    expect(await beginSignIn(t.db, keys("innocent@example.test", "192.0.2.5"), start + 100, rules)).toEqual({
      allowed: false,
      retryAfterMs: 49_900,
    });
    expect(await beginSignIn(t.db, keys("innocent@example.test", "192.0.2.5"), T0 + 60_000, rules)).toEqual({ allowed: true });
  });

  it("keeps the counters across a restart and shares them between servers on one database", async () => {
    await fail("shared@example.test", T0);
    // A second client on the same database: another process, or the same one after a restart.
    const other = createPrismaClient(t.url);
    try {
      expect(await beginSignIn(other, keys("shared@example.test"), T0 + 500)).toEqual({ allowed: false, retryAfterMs: 500 });
    } finally {
      await other.$disconnect();
    }
  });

  it("forgets a count after the window without attempts, and prune drops it", async () => {
    await fail("old@example.test", T0);
    await fail("old@example.test", T0 + 1000);
    const later = T0 + DEFAULT_RULES.windowMs + 1000;
    expect(await beginSignIn(t.db, keys("old@example.test"), later)).toEqual({ allowed: true });
    expect((await t.db.authThrottle.findUniqueOrThrow({ where: { key: "account:old@example.test" } })).count).toBe(1);
    expect(await pruneThrottle(t.db, later + DEFAULT_RULES.signUpWindowMs + 1)).toBeGreaterThan(0);
    expect(await t.db.authThrottle.count()).toBe(0);
  });
});

describe("sign-up throttle", () => {
  it("allows signUpsPerClient per window per client, then says when to come back", async () => {
    const rules = { ...DEFAULT_RULES, signUpsPerClient: 3 };
    for (let i = 0; i < 3; i++) expect(await beginSignUp(t.db, "198.51.100.1", T0 + i, rules)).toEqual({ allowed: true });
    expect(await beginSignUp(t.db, "198.51.100.1", T0 + 10, rules)).toEqual({ allowed: false, retryAfterMs: rules.signUpWindowMs - 10 });
    expect(await beginSignUp(t.db, "198.51.100.2", T0 + 10, rules)).toEqual({ allowed: true });
    expect(await beginSignUp(t.db, "198.51.100.1", T0 + rules.signUpWindowMs, rules)).toEqual({ allowed: true });
  });
});

describe("rulesFromEnv", () => {
  it("takes positive integers and ignores anything else", () => {
    expect(rulesFromEnv({ SIGN_UPS_PER_CLIENT_PER_HOUR: "500", SIGN_IN_FAILURES_PER_MINUTE: "7" })).toMatchObject({ signUpsPerClient: 500, globalPerMinute: 7 });
    expect(rulesFromEnv({ SIGN_UPS_PER_CLIENT_PER_HOUR: "-1", SIGN_IN_FAILURES_PER_MINUTE: "x" })).toEqual(DEFAULT_RULES);
  });
});
