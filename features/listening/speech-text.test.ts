import { describe, expect, it } from "vitest";
import { readingOrder, splitForSpeech, utterancesFor } from "./speech-text";

describe("splitForSpeech", () => {
  it("keeps a short sentence whole", () => {
    expect(splitForSpeech("近两年人工智能的发展不可谓不快。", "zh")).toEqual(["近两年人工智能的发展不可谓不快。"]);
    expect(splitForSpeech("  ", "en")).toEqual([]);
  });

  it("cuts a long Chinese sentence at commas, packing clauses up to the limit, and loses no text", () => {
    const s = "近两年人工智能的发展不可谓不快，在聊天式人工智能、文生图、文生视频、文生音乐方面，一个接一个新的成果被快速推出，ChatGPT, Sora, Suno。";
    const parts = splitForSpeech(s, "zh", 28);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("").replace(/\s/g, "")).toBe(s.replace(/\s/g, ""));
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(28);
    expect(parts[0]).toBe("近两年人工智能的发展不可谓不快，在聊天式人工智能、");
  });

  it("cuts a long English sentence at commas and, failing those, at spaces", () => {
    const s = "One clause here, another clause there, and a final clause that is rather long without any comma at all in it";
    const parts = splitForSpeech(s, "en", 40);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(40);
    expect(parts.join(" ")).toBe(s);
    expect(parts[0]).toBe("One clause here, another clause there,");
  });

  it("cuts a comma-free Chinese run hard rather than exceed the limit", () => {
    const s = "字".repeat(70);
    expect(splitForSpeech(s, "zh", 28).map((p) => p.length)).toEqual([28, 28, 14]);
  });
});

describe("readingOrder", () => {
  it("lists sentence pairs paragraph by paragraph, joining a pair's English sentences", () => {
    const items = readingOrder([
      { zh: "甲。乙。", en: "A. B1. B2.", zhSentences: [{ start: 0, end: 2, pair: 0 }, { start: 2, end: 4, pair: 1 }], enSentences: [{ start: 0, end: 2, pair: 0 }, { start: 3, end: 6, pair: 1 }, { start: 7, end: 10, pair: 1 }] },
      { zh: "丙。", en: "", zhSentences: [{ start: 0, end: 2, pair: 0 }], enSentences: [] },
    ]);
    expect(items).toEqual([
      { key: "0.0", pairIndex: 0, zh: "甲。", en: "A." },
      { key: "0.1", pairIndex: 0, zh: "乙。", en: "B1. B2." },
      { key: "1.0", pairIndex: 1, zh: "丙。", en: null },
    ]);
  });
});

describe("utterancesFor", () => {
  const item = { key: "0.0", pairIndex: 0, zh: "甲。", en: "A." };
  it("reads the chosen side, or Chinese then English", () => {
    expect(utterancesFor(item, "zh", () => true)).toEqual([{ lang: "zh", text: "甲。" }]);
    expect(utterancesFor(item, "en", () => true)).toEqual([{ lang: "en", text: "A." }]);
    expect(utterancesFor(item, "zh-en", () => true)).toEqual([{ lang: "zh", text: "甲。" }, { lang: "en", text: "A." }]);
  });
  it("leaves out a language without a voice and a side without text", () => {
    expect(utterancesFor(item, "zh-en", (l) => l === "en")).toEqual([{ lang: "en", text: "A." }]);
    expect(utterancesFor({ ...item, en: null }, "en", () => true)).toEqual([]);
  });
  it("does not give away English that study mode covers when reading Chinese then English", () => {
    const covered = { ...item, enCovered: true };
    expect(utterancesFor(covered, "zh-en", () => true)).toEqual([{ lang: "zh", text: "甲。" }]);
    expect(utterancesFor(covered, "zh", () => true)).toEqual([{ lang: "zh", text: "甲。" }]);
    // Choosing English alone is asking to hear it.
    expect(utterancesFor(covered, "en", () => true)).toEqual([{ lang: "en", text: "A." }]);
  });
});
