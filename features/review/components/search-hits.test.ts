import { describe, expect, it } from "vitest";
import { searchTerms, splitByTerms } from "./search-hits";

describe("search hits", () => {
  it("splits a query into distinct lower-case words, longest first", () => {
    expect(searchTerms("  GPU  显卡 gpu ")).toEqual(["gpu", "显卡"]);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it("marks every occurrence, case-insensitively, keeping the text's own case", () => {
    expect(splitByTerms("GPU and gpus", ["gpu"])).toEqual([
      { text: "GPU", hit: true },
      { text: " and ", hit: false },
      { text: "gpu", hit: true },
      { text: "s", hit: false },
    ]);
    expect(splitByTerms("显卡公司股份的一路飙升", ["显卡", "飙升"]).filter((r) => r.hit).map((r) => r.text)).toEqual(["显卡", "飙升"]);
  });

  it("leaves text without a match whole", () => {
    expect(splitByTerms("nothing here", ["gpu"])).toEqual([{ text: "nothing here", hit: false }]);
    expect(splitByTerms("text", [])).toEqual([{ text: "text", hit: false }]);
  });
});
