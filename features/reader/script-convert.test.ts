import { describe, expect, it } from "vitest";
import { sideHtml } from "@/lib/reader/side-html";
import { convertKeepingOffsets, convertSideHtml, type Convert } from "./script-convert";

// A tiny converter with the shapes OpenCC can produce: phrase rules, a
// character that becomes two UTF-16 units, and a phrase that changes length.
const RULES: Array<[string, string]> = [["头发", "頭髮"], ["发", "發"], ["长", "長"], ["鼠标", "滑鼠"], ["计算机", "電腦"], ["计", "計"], ["算", "算"], ["机", "機"], ["㐀", "𠀀"]];
const fake: Convert = (s) => {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const rule = RULES.find(([from]) => s.startsWith(from, i));
    if (rule) {
      out += rule[1];
      i += rule[0].length;
    } else out += s[i++];
  }
  return out;
};

describe("convertKeepingOffsets", () => {
  it("converts runs with their phrase rules and keeps every other character in place", () => {
    expect(convertKeepingOffsets("头发长，发展 OpenAI", fake)).toBe("頭髮長，發展 OpenAI");
  });

  it("falls back to single characters when a phrase would change the length", () => {
    const text = "计算机好";
    expect(fake(text)).toBe("電腦好");
    const out = convertKeepingOffsets(text, fake);
    expect(out).toBe("計算機好");
    expect(out.length).toBe(text.length);
  });

  it("keeps a character whose conversion changes its UTF-16 length", () => {
    expect(convertKeepingOffsets("㐀发", fake)).toBe("㐀發");
  });
});

describe("convertSideHtml", () => {
  const text = "头发<长> & 发";
  const sentences = [{ start: 0, end: text.length, pair: 0 }];
  const converted = convertKeepingOffsets(text, fake);

  it("converts the text and leaves the markup, escapes and offsets alone", () => {
    const html = sideHtml({ pairIndex: 0, text, sentences, highlights: [{ id: "h1", start: 1, end: 3, color: "blue" }] });
    const out = convertSideHtml(html, text, converted);
    expect(out).toContain('data-start="0"');
    expect(out).toContain('<mark data-highlight-id="h1" class="hl hl-blue">髮&lt;</mark>');
    const plain = out.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    expect(plain).toBe("頭髮<長> & 發");
  });

  it("keeps ruby readings of the stored text", () => {
    const html = sideHtml({ pairIndex: 0, text: "长", sentences: [{ start: 0, end: 1, pair: 0 }], highlights: [], ruby: (t) => [{ text: t, reading: "cháng" }] });
    expect(convertSideHtml(html, "长", "長")).toContain("<ruby>長<rp>(</rp><rt>cháng</rt><rp>)</rp></ruby>");
  });

  it("returns the HTML unchanged when its text is not the given text", () => {
    const html = sideHtml({ pairIndex: 0, text: "发", sentences: [], highlights: [] });
    expect(convertSideHtml(html, "长", "長")).toBe(html);
  });
});
