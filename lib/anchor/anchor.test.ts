import { describe, expect, it } from "vitest";
import { buildAnchor, checkAnchor, CONTEXT_CHARS, resolveAnchor } from "./anchor";

const zh = "近两年人工智能的发展不可谓不快，在聊天式人工智能、文生图方面，一个接一个新的成果被快速推出。";

describe("buildAnchor", () => {
  it("takes the quote and at most 32 characters of context each side", () => {
    const text = "x".repeat(50) + "QUOTE" + "y".repeat(50);
    const a = buildAnchor(text, 50, 55);
    expect(a.quote).toBe("QUOTE");
    expect(a.prefix).toHaveLength(CONTEXT_CHARS);
    expect(a.suffix).toHaveLength(CONTEXT_CHARS);
    expect(buildAnchor("abc", 0, 1)).toEqual({ start: 0, end: 1, quote: "a", prefix: "", suffix: "bc" });
  });
});

describe("checkAnchor", () => {
  it("accepts an exact match", () => {
    expect(checkAnchor(zh, { start: 3, end: 7, quote: "人工智能" })).toBeNull();
  });
  it("rejects offsets past the end, negative and reversed ranges", () => {
    expect(checkAnchor(zh, { start: 3, end: zh.length + 1, quote: "x" })).toBe("OUT_OF_RANGE");
    expect(checkAnchor(zh, { start: -1, end: 2, quote: "近两" })).toBe("OUT_OF_RANGE");
    expect(checkAnchor(zh, { start: 5, end: 5, quote: "" })).toBe("EMPTY");
    expect(checkAnchor(zh, { start: 1.5, end: 3, quote: "两" })).toBe("OUT_OF_RANGE");
    expect(checkAnchor(zh, { start: 7, end: 3, quote: "人工智能" })).toBe("OUT_OF_RANGE");
  });
  it("rejects a quote that does not match the text at the offsets", () => {
    expect(checkAnchor(zh, { start: 3, end: 7, quote: "机器学习" })).toBe("QUOTE_MISMATCH");
  });
  it("rejects offsets that split a surrogate pair", () => {
    const text = "a𠀀b"; // U+20000 is two UTF-16 code units
    expect(checkAnchor(text, { start: 2, end: 4, quote: text.slice(2, 4) })).toBe("SPLIT_SURROGATE");
    expect(checkAnchor(text, { start: 1, end: 3, quote: "𠀀" })).toBeNull();
  });
});

describe("resolveAnchor", () => {
  it("keeps the stored position when the quote is still there", () => {
    expect(resolveAnchor(zh, buildAnchor(zh, 3, 7))).toEqual({ status: "exact", start: 3, end: 7 });
  });
  it("follows the quote when text was inserted before it", () => {
    const a = buildAnchor(zh, 3, 7);
    const edited = "【编者按】" + zh;
    expect(resolveAnchor(edited, a)).toEqual({ status: "moved", start: 8, end: 12 });
  });
  it("uses the context to pick the right one of several occurrences", () => {
    // 人工智能 occurs twice; anchor the second one, then shift the text.
    const second = zh.indexOf("人工智能", 5);
    const a = buildAnchor(zh, second, second + 4);
    const edited = "前言。" + zh;
    expect(resolveAnchor(edited, a)).toEqual({ status: "moved", start: second + 3, end: second + 7 });
  });
  it("reports an orphan when the quote is gone", () => {
    const a = buildAnchor(zh, 3, 7);
    expect(resolveAnchor(zh.replaceAll("人工智能", "AI"), a)).toEqual({ status: "orphan" });
  });
});
