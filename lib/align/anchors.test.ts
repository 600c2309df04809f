import { describe, expect, it } from "vitest";
import { anchorCost, enAnchors, zhAnchors } from "./anchors";
import { englishNumberPhrases, parseChineseNumeral } from "./numerals";

const cost = (zh: string, en: string) => {
  const z = zhAnchors(zh);
  const e = enAnchors(en);
  return anchorCost(z.sym, z.latin, e.sym, e.latin);
};

describe("numerals", () => {
  it("parses Chinese numerals", () => {
    expect(parseChineseNumeral("二〇一七")).toBe(2017);
    expect(parseChineseNumeral("三十")).toBe(30);
    expect(parseChineseNumeral("十五")).toBe(15);
    expect(parseChineseNumeral("一百三十")).toBe(130);
    expect(parseChineseNumeral("八百九十五")).toBe(895);
    expect(parseChineseNumeral("两万")).toBe(20000);
    expect(parseChineseNumeral("天")).toBeNull();
  });

  it("reads English number phrases", () => {
    expect(englishNumberPhrases("an hundred and thirty years".split(" "))).toEqual([130]);
    expect(englishNumberPhrases("eight hundred ninety and five".split(" "))).toEqual([895]);
    expect(englishNumberPhrases("twenty and two men and three".split(" "))).toEqual([22, 3]);
  });
});

describe("anchor extraction", () => {
  it("normalises years, ranges and percentages", () => {
    expect(zhAnchors("到2035年，耗电量将占到20-30%。").sym).toEqual(["pct:", "n:2035", "n:20", "n:30"]);
    expect(enAnchors("by 2035 AI will account for 20–30 percent").sym).toEqual(["pct:", "n:2035", "n:20", "n:30"]);
  });

  it("maps chapter headings and months", () => {
    expect(zhAnchors("第一章 起源").sym).toEqual(["ch:1"]);
    expect(enAnchors("Chapter 1: Origins").sym).toEqual(["ch:1"]);
    expect(enAnchors("CHAPTER IV").sym).toEqual(["ch:4"]);
    expect(zhAnchors("3月份").sym).toEqual(["m:3"]);
    expect(enAnchors("by March").sym).toEqual(["m:3"]);
    expect(enAnchors("it may rain").sym).toEqual([]);
  });

  it("scales 亿 and billion alike, and reads Chinese numerals before classifiers", () => {
    expect(zhAnchors("超过200亿张").sym).toEqual(["n:20000000000"]);
    expect(enAnchors("more than 20 billion").sym).toEqual(["n:20000000000"]);
    expect(zhAnchors("活了三十个年头，十分高兴").sym).toEqual(["n:30"]);
  });

  it("collects Latin tokens, questions and quotes", () => {
    const z = zhAnchors("Claude3和GPT6谁更强？他说“好”。");
    expect(z.latin).toEqual(["claude", "gpt"]);
    expect(z.sym).toEqual(["n:3", "n:6", "q:", "qt:"]);
    const e = enAnchors('Is Claude 3 stronger than GPT-6? He said "yes".');
    expect(e.latin).toEqual(expect.arrayContaining(["claude", "gpt"]));
    expect(e.sym).toEqual(["n:3", "n:6", "q:", "qt:"]);
  });
});

describe("anchor matching", () => {
  it("rewards shared anchors and penalises unmatched ones", () => {
    expect(cost("2017年OpenAI发布了ChatGPT。", "In 2017 OpenAI released ChatGPT.")).toBeLessThan(-8);
    expect(cost("2017年OpenAI发布了ChatGPT。", "Nothing happened in 1999.")).toBeGreaterThan(3);
    expect(cost("今天天气很好。", "The weather is fine today.")).toBe(0);
  });

  it("treats anchors as a multiset", () => {
    expect(cost("3和3", "3 and 3")).toBeLessThan(cost("3和3", "3 and 4"));
  });
});
