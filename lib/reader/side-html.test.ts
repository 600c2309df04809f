import { describe, expect, it } from "vitest";
import { escapeHtml, sideHtml } from "./side-html";

/** The text a browser would show for the HTML (tags dropped, entities decoded; no ruby here). */
const textOf = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

describe("sideHtml", () => {
  const text = "甲乙丙。丁戊己。";
  const sentences = [
    { start: 0, end: 4, pair: 0 },
    { start: 4, end: 8, pair: 1 },
  ];

  it("wraps each sentence with its pair key and offsets, and keeps the text exact", () => {
    const html = sideHtml({ pairIndex: 3, text, sentences, highlights: [] });
    expect(html).toBe(
      '<span class="sentence" data-sentence="3.0" data-start="0" data-end="4" tabindex="0">甲乙丙。</span>' +
        '<span class="sentence" data-sentence="3.1" data-start="4" data-end="8" tabindex="0">丁戊己。</span>',
    );
    expect(textOf(html)).toBe(text);
  });

  it("marks the sentences of a doubtful pair, and no other", () => {
    const html = sideHtml({ pairIndex: 0, text, sentences: [{ ...sentences[0], confidence: 0.2 }, { ...sentences[1], confidence: 0.9 }], highlights: [] });
    expect(html.match(/data-doubtful/g)).toHaveLength(1);
    expect(html).toContain('data-end="4" data-doubtful tabindex="0">甲乙丙。');
  });

  it("nests overlapping highlights as marks that never cross a sentence edge", () => {
    const html = sideHtml({
      pairIndex: 0,
      text,
      sentences,
      highlights: [
        { id: "a", start: 1, end: 6, color: "yellow" },
        { id: "b", start: 2, end: 3, color: "blue" },
      ],
    });
    expect(textOf(html)).toBe(text);
    expect(html).toContain('<mark data-highlight-id="a" class="hl hl-yellow"><mark data-highlight-id="b" class="hl hl-blue">丙</mark></mark>');
    // "a" is cut at every edge: around "b" (three runs) and at the sentence boundary (one more).
    expect(html.match(/data-highlight-id="a"/g)).toHaveLength(4);
    expect(html).toContain('data-start="4" data-end="8" tabindex="0"><mark data-highlight-id="a" class="hl hl-yellow">丁戊</mark>己。</span>');
  });

  it("escapes text and attributes, so stored text can never become markup", () => {
    const evil = '<img src=x onerror="alert(1)"> & more';
    const html = sideHtml({ pairIndex: 0, text: evil, sentences: [{ start: 0, end: evil.length, pair: 0 }], highlights: [{ id: '"x', start: 0, end: 4, color: 'red" onclick="y' }] });
    expect(html).not.toContain("<img");
    expect(html).not.toContain('" onclick');
    expect(textOf(html)).toBe(evil);
  });

  it("keeps text outside any sentence, and adds ruby readings when asked", () => {
    const html = sideHtml({
      pairIndex: 0,
      text: "「中文」",
      sentences: [{ start: 1, end: 3, pair: 0 }],
      highlights: [],
      ruby: (t) => Array.from(t, (c) => ({ text: c, reading: c === "中" ? "zhōng" : c === "文" ? "wén" : null })),
    });
    expect(html).toBe(
      '「<span class="sentence" data-sentence="0.0" data-start="1" data-end="3" tabindex="0">' +
        "<ruby>中<rp>(</rp><rt>zhōng</rt><rp>)</rp></ruby><ruby>文<rp>(</rp><rt>wén</rt><rp>)</rp></ruby></span>」",
    );
  });

  it("escapeHtml leaves plain text untouched", () => {
    expect(escapeHtml("人工智能 AI")).toBe("人工智能 AI");
    expect(escapeHtml(`a<b>&"'`)).toBe("a&lt;b&gt;&amp;&quot;&#39;");
  });
});
