import { describe, expect, it } from "vitest";
import { planSearch, tokenizeQuery } from "./search-query";

describe("tokenizeQuery", () => {
  it("splits English on spaces and punctuation", () => {
    expect(tokenizeQuery("  energy, chips. energy ")).toEqual(["energy", "chips"]);
  });
  it("keeps a Chinese phrase whole and splits on Chinese punctuation", () => {
    expect(tokenizeQuery("人工智能，卡脖子。卡")).toEqual(["人工智能", "卡脖子", "卡"]);
  });
  it("normalizes full-width letters and caps the number of terms", () => {
    expect(tokenizeQuery("ＬＬＭ")).toEqual(["LLM"]);
    expect(tokenizeQuery("a b c d e f g h i j")).toHaveLength(8);
  });
  it("returns nothing for blank or punctuation-only input", () => {
    expect(tokenizeQuery(" ，。 ")).toEqual([]);
    expect(planSearch("  ")).toBeNull();
  });
});

describe("planSearch", () => {
  it("sends 3+ character terms to the trigram index as quoted phrases", () => {
    expect(planSearch("人工智能 energy")).toEqual({ match: '"人工智能" AND "energy"', likes: [] });
  });
  it("falls back to LIKE for one- and two-character terms", () => {
    expect(planSearch("卡")).toEqual({ match: null, likes: ["%卡%"] });
    expect(planSearch("算力 AI")).toEqual({ match: null, likes: ["%算力%", "%AI%"] });
    expect(planSearch("卡 chips")).toEqual({ match: '"chips"', likes: ["%卡%"] });
  });
  it("quotes FTS syntax and escapes LIKE wildcards", () => {
    expect(planSearch("x-ray* NOT")).toEqual({ match: '"x-ray*" AND "NOT"', likes: [] });
    expect(planSearch("5%")).toEqual({ match: null, likes: ["%5\\%%"] });
  });
  it("counts characters, not UTF-16 units (an astral ideograph is one character)", () => {
    expect(planSearch("𠀀𠀀")).toEqual({ match: null, likes: ["%𠀀𠀀%"] });
  });
});
