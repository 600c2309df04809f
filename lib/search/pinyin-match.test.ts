import { describe, expect, it } from "vitest";
import { matchesPinyin, pinyinQuery, syllablesOf } from "./pinyin-match";

const finds = (quote: string, q: string) => matchesPinyin(syllablesOf(quote), pinyinQuery(q)!);

describe("toneless pinyin search", () => {
  it("reads a query as pinyin only when it can be", () => {
    expect(pinyinQuery("diedie")).toBe("diedie");
    expect(pinyinQuery("Die Die")).toBe("diedie");
    expect(pinyinQuery("lüse")).toBe("lvse");
    expect(pinyinQuery("卡")).toBeNull();
    expect(pinyinQuery("a")).toBeNull();
    expect(pinyinQuery("gpt6")).toBeNull();
    // English words that no run of syllables spells are not searched as pinyin.
    expect(pinyinQuery("energy")).toBeNull();
    expect(pinyinQuery("model")).toBeNull();
    expect(pinyinQuery("x".repeat(61))).toBeNull();
    // Many ways to split, then no way at the end (a backtracking pattern took seconds on this).
    expect(pinyinQuery("ian".repeat(19) + "q")).toBeNull();
    expect(pinyinQuery("ian".repeat(19))).toBe("ian".repeat(19));
  });

  it("finds a quote by its toneless pinyin, with or without spaces", () => {
    expect(finds("喋喋不休", "diedie")).toBe(true);
    expect(finds("喋喋不休", "die die bu xiu")).toBe(true);
    expect(finds("显卡公司", "xianka")).toBe(true);
    expect(finds("卡脖子的问题", "bozi")).toBe(true);
  });

  it("matches whole syllables only, so a short query does not find every syllable containing it", () => {
    expect(finds("人工智能", "ai")).toBe(false);
    expect(finds("来了", "ai")).toBe(false);
    expect(finds("我爱你", "ai")).toBe(true);
    expect(finds("大模型", "mode")).toBe(false);
  });

  it("keeps syllables aligned with characters around Latin text and digits", () => {
    expect(syllablesOf("用GPT6训练")).toEqual(["yong", "", "", "", "", "xun", "lian"]);
    expect(finds("用GPT6训练", "xunlian")).toBe(true);
    expect(finds("用GPT6训练", "yongxun")).toBe(false);
  });
});
