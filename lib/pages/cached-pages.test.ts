import { describe, expect, it } from "vitest";
import { isCachedPage, personalReaderPath, readerPath } from "./cached-pages";

describe("cached pages", () => {
  it("are the library and the reader, in both locales", () => {
    for (const path of ["/en", "/zh", "/en/", "/en/texts/ai-limits", "/zh/texts/%E4%B8%AD"]) expect(isCachedPage(path), path).toBe(true);
  });
  it("are no other page", () => {
    for (const path of ["/", "/fr", "/en/review", "/en/texts", "/en/texts/a/b", "/en/reader/ai-limits", "/en/import", "/api/texts/a/annotations"])
      expect(isCachedPage(path), path).toBe(false);
  });
  it("reads a reader path's slug, and maps it to the per-request reader", () => {
    expect(readerPath("/zh/texts/%E4%B8%AD")).toEqual({ locale: "zh", slug: "中" });
    expect(readerPath("/en/review")).toBeNull();
    expect(personalReaderPath("zh", "中")).toBe("/zh/reader/%E4%B8%AD");
  });
});
