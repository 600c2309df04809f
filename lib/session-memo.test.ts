import { describe, expect, it } from "vitest";
import { MEMO_MS, SessionMemo, sessionCookieKey } from "./session-memo";

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
    memo.set("abc.sig", "user", 1_000);
    expect(memo.get("abc.sig", 1_000 + MEMO_MS - 1)).toBe("user");
    expect(memo.get("abc.sig", 1_000 + MEMO_MS)).toBeUndefined();
    expect(memo.size).toBe(0);
  });

  it("matches only the exact cookie value", () => {
    const memo = new SessionMemo<string>();
    memo.set("abc.sig", "user", 0);
    expect(memo.get("abc.forged", 1)).toBeUndefined();
    expect(memo.get("abc", 1)).toBeUndefined();
  });

  it("forgets a session at sign-out", () => {
    const memo = new SessionMemo<string>();
    memo.set("abc.sig", "user", 0);
    memo.set("def.sig", "other", 0);
    memo.forget("abc.sig");
    expect(memo.get("abc.sig", 1)).toBeUndefined();
    expect(memo.get("def.sig", 1)).toBe("other");
  });

  it("stays bounded", () => {
    const memo = new SessionMemo<number>();
    for (let i = 0; i < 6_000; i++) memo.set(`t${i}`, i, 0);
    expect(memo.size).toBe(5_000);
    expect(memo.get("t0", 1)).toBeUndefined();
    expect(memo.get("t5999", 1)).toBe(5_999);
  });
});
