import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { routing } from "@/i18n/routing";
import { memoizedLocaleRouting } from "./locale-routing-memo";

const intl = createMiddleware(routing);
const get = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers });
const added = (url: string, headers: Record<string, string> = {}) =>
  [...intl(get(url, headers)).headers].filter(([name]) => !name.startsWith("x-middleware-"));

describe("next-intl's answer for a cached page, remembered", () => {
  it("is the same Link header and locale cookie next-intl adds itself", () => {
    const routeLocale = memoizedLocaleRouting(intl);
    for (const [url, headers] of [
      ["http://localhost:3000/en/texts/ai-limits", {}],
      ["http://localhost:3000/zh/texts/ai-limits?flash=1", { "accept-language": "en-US,en;q=0.9" }],
      ["http://localhost:3000/zh", { cookie: "NEXT_LOCALE=en", "x-forwarded-host": "reader.example", "x-forwarded-proto": "https" }],
    ] as const) {
      const expected = added(url, headers);
      expect(expected.map(([name]) => name)).toContain("link");
      expect(routeLocale(get(url, headers))).toEqual(expected);
      expect(routeLocale(get(url, headers)), "replayed").toEqual(expected);
    }
    // The cookie is next-intl's decision, so it differs by input: Chinese asked for on /zh sets none.
    expect(added("http://localhost:3000/zh", { "accept-language": "zh-CN" }).some(([n]) => n === "set-cookie")).toBe(false);
    expect(added("http://localhost:3000/zh", { "accept-language": "en" }).some(([n]) => n === "set-cookie")).toBe(true);
  });

  it("asks next-intl once per distinct input, whatever the session cookie", () => {
    const spy = vi.fn(intl);
    const routeLocale = memoizedLocaleRouting(spy);
    routeLocale(get("http://localhost/en", { cookie: "better-auth.session_token=a.sig; NEXT_LOCALE=en" }));
    routeLocale(get("http://localhost/en", { cookie: "NEXT_LOCALE=en; better-auth.session_token=b.sig" }));
    expect(spy).toHaveBeenCalledTimes(1);
    routeLocale(get("http://localhost/en", { cookie: "NEXT_LOCALE=zh" }));
    routeLocale(get("http://localhost/en", { "accept-language": "zh" }));
    routeLocale(get("http://localhost/en", { "sec-fetch-dest": "empty" }));
    routeLocale(get("http://localhost/en?x=1"));
    routeLocale(get("http://localhost/en", { host: "other.example" }));
    expect(spy).toHaveBeenCalledTimes(6);
  });

  it("leaves a redirect to next-intl, and never remembers it", () => {
    const spy = vi.fn(intl);
    const routeLocale = memoizedLocaleRouting(spy);
    expect(routeLocale(get("http://localhost/", { "accept-language": "zh" }))).toBeNull();
    expect(routeLocale(get("http://localhost/", { "accept-language": "zh" }))).toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("keeps at most `max` inputs", () => {
    const spy = vi.fn(intl);
    const routeLocale = memoizedLocaleRouting(spy, 2);
    for (const q of ["a", "b", "c", "a"]) routeLocale(get(`http://localhost/en?${q}`));
    // a and b filled it; c started it again, so a was asked for a second time.
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it("answers an outsized input without keeping it", () => {
    const spy = vi.fn(intl);
    const routeLocale = memoizedLocaleRouting(spy);
    const huge = { "accept-language": `en;q=0.9,${"x".repeat(5_000)}` };
    expect(routeLocale(get("http://localhost/en", huge))).toEqual(added("http://localhost/en", huge));
    routeLocale(get("http://localhost/en", huge));
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
