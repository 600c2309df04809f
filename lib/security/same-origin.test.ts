import { describe, expect, it } from "vitest";
import { isForeignOrigin } from "./same-origin";

describe("isForeignOrigin", () => {
  it("accepts this server's own origin and a missing header", () => {
    expect(isForeignOrigin("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(false);
    expect(isForeignOrigin(null, "127.0.0.1:3000")).toBe(false);
  });

  it("refuses another origin, Origin: null and garbage", () => {
    expect(isForeignOrigin("http://127.0.0.1:3001", "127.0.0.1:3000")).toBe(true);
    expect(isForeignOrigin("https://evil.example", "127.0.0.1:3000")).toBe(true);
    expect(isForeignOrigin("null", "127.0.0.1:3000")).toBe(true);
    expect(isForeignOrigin("::::", "127.0.0.1:3000")).toBe(true);
  });
});
