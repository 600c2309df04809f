import { describe, expect, it } from "vitest";
import { isServablePath, MAX_SEGMENT_LENGTH } from "./safe-path";

describe("isServablePath", () => {
  it("accepts the app's own paths, including Chinese text in a query-free path", () => {
    for (const p of ["/", "/en", "/zh/texts/ai-limits", "/api/texts/ai-limits/annotations", "/en/texts/%E8%8A%AF%E7%89%87", "/_next/static/chunks/a-b.js"]) {
      expect(isServablePath(p), p).toBe(true);
    }
  });

  it("refuses bad percent-encoding", () => {
    expect(isServablePath("/en/texts/%E4%BA")).toBe(false);
    expect(isServablePath("/api/texts/%ZZ/annotations")).toBe(false);
  });

  it("refuses control characters and padded segments", () => {
    expect(isServablePath("/en/texts/ai-limits%00")).toBe(false);
    expect(isServablePath("/en/texts/ai-limits%0A")).toBe(false);
    expect(isServablePath("/en/texts/ai-limits%20")).toBe(false);
    expect(isServablePath("/en/texts/%20ai-limits")).toBe(false);
  });

  it("refuses an oversized segment or path", () => {
    expect(isServablePath(`/en/texts/${"a".repeat(MAX_SEGMENT_LENGTH)}`)).toBe(true);
    expect(isServablePath(`/en/texts/${"a".repeat(MAX_SEGMENT_LENGTH + 1)}`)).toBe(false);
    expect(isServablePath(`/en/texts/${"a".repeat(10_000)}`)).toBe(false);
    expect(isServablePath(`/${"ab/".repeat(1_000)}`)).toBe(false);
  });
});
