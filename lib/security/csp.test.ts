import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cspWithScripts, inlineScriptHashes, scriptHash } from "./csp";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("hash-based CSP for cached pages", () => {
  it("hashes each inline script's exact text, once, and skips scripts loaded from a file", () => {
    const html =
      '<html><head><script>var a=1</script><script src="/_next/static/chunks/x.js" async=""></script></head>' +
      '<body><script>self.__next_f.push([1,"\\u003cb\\u003e中文"])</script><script id="x">var a=1</script><SCRIPT type="text/javascript">b()</SCRIPT ></body></html>';
    expect(inlineScriptHashes(html)).toEqual([sha("var a=1"), sha('self.__next_f.push([1,"\\u003cb\\u003e中文"])'), sha("b()")]);
  });

  it("matches what a browser computes for a known script (CSP3 example)", () => {
    // sha256 of "alert('Hello, world.');" as given in the CSP specification.
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it("allows scripts from this origin and the listed sources only: no unsafe-inline, no eval in production", () => {
    const policy = cspWithScripts(["'sha256-abc='"], false);
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scripts).toBe("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(cspWithScripts([], true)).toContain("'unsafe-eval'");
  });
});
