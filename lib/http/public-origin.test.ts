import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

const headers = (h: Record<string, string>) => new Headers(h);
const base = { requestUrl: "http://localhost:3000/api/export/csv?x=1" };

describe("publicOrigin", () => {
  it("uses the Host the visitor reached, not the server's own address", () => {
    expect(publicOrigin({ ...base, headers: headers({ host: "reader.example.org:8080" }) })).toBe("http://reader.example.org:8080");
    expect(publicOrigin({ ...base, headers: headers({ host: "192.168.1.20:3000" }) })).toBe("http://192.168.1.20:3000");
  });

  it("prefers APP_URL when it is set, keeping only its origin", () => {
    expect(publicOrigin({ ...base, appUrl: "https://notes.example.com/some/path", headers: headers({ host: "internal:3000" }) })).toBe("https://notes.example.com");
    expect(publicOrigin({ ...base, appUrl: "not a url", headers: headers({ host: "a.example" }) })).toBe("http://a.example");
    expect(publicOrigin({ ...base, appUrl: "javascript:alert(1)", headers: headers({ host: "a.example" }) })).toBe("http://a.example");
  });

  it("reads X-Forwarded-Host/Proto only behind a trusted proxy", () => {
    const h = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "reader.example.org, proxy.internal", "x-forwarded-proto": "https" });
    expect(publicOrigin({ ...base, headers: h })).toBe("http://127.0.0.1:3000");
    expect(publicOrigin({ ...base, trustProxy: true, headers: h })).toBe("https://reader.example.org");
  });

  it("ignores a malformed Host", () => {
    expect(publicOrigin({ ...base, headers: headers({ host: "evil.example/<script>" }) })).toBe("http://localhost:3000");
    expect(publicOrigin({ ...base, headers: headers({}) })).toBe("http://localhost:3000");
  });
});
