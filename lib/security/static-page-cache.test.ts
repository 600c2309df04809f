import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import StaticPageCache from "./static-page-cache";

const html = '<html><head><script>var boot=1</script><script src="/_next/static/chunks/a.js"></script></head><body><script>self.__next_f.push([1,"x"])</script></body></html>';
const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
type Value = { kind: string; html: string; headers: Record<string, string>; status: number };
/** The handler as Next calls it, typed loosely: the test builds the values Next would pass. */
interface Handler {
  get(key: string, ctx: object): Promise<{ value: Value } | null>;
  set(key: string, value: Value, ctx: object): Promise<void>;
}
const page = (status = 200): Value => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "t" }, status });
// The memory store only: nothing is written to disk.
const cache = () =>
  new (StaticPageCache as unknown as new (ctx: object) => Handler)({ dev: false, flushToDisk: false, serverDistDir: "/nonexistent", revalidatedTags: [], maxMemoryCacheSize: 10_000_000 });
const ctx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };

describe("the page cache of the cached pages", () => {
  it("serves nothing this process did not render itself (a build's or an earlier server's pages)", async () => {
    expect(await cache().get("/en/never-rendered-here", ctx)).toBeNull();
  });

  it("stores each page with a CSP that lists exactly its inline scripts' hashes", async () => {
    const c = cache();
    const value = page();
    await c.set("/en/with-policy", value, { ...ctx, cacheControl: { revalidate: false } });
    // The very object Next goes on to serve carries the policy too.
    expect(value.headers["content-security-policy"]).toContain(`script-src 'self' ${sha("var boot=1")} ${sha('self.__next_f.push([1,"x"])')};`);
    const entry = await c.get("/en/with-policy", ctx);
    expect(entry?.value.headers["content-security-policy"]).toBe(value.headers["content-security-policy"]);
    expect(entry?.value.headers["x-next-cache-tags"]).toBe("t");
    const scripts = entry?.value.headers["content-security-policy"].split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).not.toMatch(/unsafe-inline|nonce-/);
  });

  it("serves a not-found with its policy but does not keep it", async () => {
    const c = cache();
    const value = page(404);
    await c.set("/en/texts/made-up", value, { ...ctx, cacheControl: { revalidate: false } });
    expect(value.headers["content-security-policy"]).toContain(sha("var boot=1"));
    expect(await c.get("/en/texts/made-up", ctx)).toBeNull();
  });
});
