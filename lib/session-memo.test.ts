import { describe, expect, it, vi } from "vitest";
import { MEMO_MS, processSessionMemo, SessionMemo, sessionCookieKey } from "./session-memo";

describe("sessionCookieKey", () => {
  it("is the signed session token, whatever the cookie prefix", () => {
    expect(sessionCookieKey("NEXT_LOCALE=en; __Secure-better-auth.session_token=abc.sig")).toBe("abc.sig");
    expect(sessionCookieKey("better-auth.session_token=abc.sig; NEXT_LOCALE=zh")).toBe("abc.sig");
  });

  it("is null without a session token", () => {
    expect(sessionCookieKey(null)).toBeNull();
    expect(sessionCookieKey("NEXT_LOCALE=zh")).toBeNull();
    expect(sessionCookieKey("better-auth.session_token=")).toBeNull();
  });
});

describe("SessionMemo", () => {
  it("returns a value until MEMO_MS has passed", () => {
    const memo = new SessionMemo<string>();
    memo.set("abc.sig", "user", Infinity, 1_000);
    expect(memo.get("abc.sig", 1_000 + MEMO_MS - 1)).toBe("user");
    expect(memo.get("abc.sig", 1_000 + MEMO_MS)).toBeUndefined();
    expect(memo.size).toBe(0);
  });

  it("matches only the exact cookie value", () => {
    const memo = new SessionMemo<string>();
    memo.set("abc.sig", "user", Infinity, 0);
    expect(memo.get("abc.forged", 1)).toBeUndefined();
    expect(memo.get("abc", 1)).toBeUndefined();
  });

  it("forgets a session at sign-out", () => {
    const memo = new SessionMemo<string>();
    memo.set("abc.sig", "user", Infinity, 0);
    memo.set("def.sig", "other", Infinity, 0);
    memo.forget("abc.sig", 1);
    expect(memo.get("abc.sig", 1)).toBeUndefined();
    expect(memo.get("def.sig", 1)).toBe("other");
  });

  it("stays bounded", () => {
    const memo = new SessionMemo<number>();
    for (let i = 0; i < 6_000; i++) memo.set(`t${i}`, i, Infinity, 0);
    expect(memo.size).toBe(5_000);
    expect(memo.get("t0", 1)).toBeUndefined();
    expect(memo.get("t5999", 1)).toBe(5_999);
  });

  it("is never used past the session's expiresAt", () => {
    const memo = new SessionMemo<string>();
    memo.set("abc.sig", "user", 3_000, 1_000);
    expect(memo.get("abc.sig", 2_999)).toBe("user");
    expect(memo.get("abc.sig", 3_000)).toBeUndefined();
    // Already expired when verified: not kept at all.
    memo.set("old.sig", "user", 500, 1_000);
    expect(memo.get("old.sig", 1_000)).toBeUndefined();
  });

  it("does not keep a verification that started before the sign-out", () => {
    const memo = new SessionMemo<string>();
    memo.forget("abc.sig", 2_000);
    memo.set("abc.sig", "user", Infinity, 1_500);
    expect(memo.get("abc.sig", 2_001)).toBeUndefined();
  });
});

describe("processSessionMemo", () => {
  it("is one memo per process, however many copies of the module are loaded", async () => {
    const first = processSessionMemo<string>();
    first.set("abc.sig", "user", Infinity);
    vi.resetModules();
    const fresh = (await import("./session-memo")) as typeof import("./session-memo");
    expect(fresh.SessionMemo).not.toBe(SessionMemo); // really a second copy of the module
    expect(fresh.processSessionMemo<string>().get("abc.sig")).toBe("user");
  });
});
