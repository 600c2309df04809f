import { describe, expect, it } from "vitest";
import { alignChapters, type ChapterInput } from "./chapter-align";
import { chapterNumber } from "./chapter-features";

const zhChapter = (title: string, hanzi: number, extra = ""): ChapterInput => ({ title, text: "天".repeat(hanzi) + extra });
const enChapter = (title: string, letters: number, extra = ""): ChapterInput => ({ title, text: "word ".repeat(letters / 4) + extra });

describe("chapter numbers", () => {
  it("reads Chinese, Arabic, Roman and spelled-out numbers", () => {
    expect(chapterNumber("第一章 初见")).toBe(1);
    expect(chapterNumber("第十二回")).toBe(12);
    expect(chapterNumber("第一百零三章")).toBe(103);
    expect(chapterNumber("第３章")).toBe(3);
    expect(chapterNumber("Chapter 7: The Well")).toBe(7);
    expect(chapterNumber("CHAPTER XIV")).toBe(14);
    expect(chapterNumber("Chapter Twenty-Three")).toBe(23);
    expect(chapterNumber("IV")).toBe(4);
    expect(chapterNumber("Preface")).toBeNull();
    expect(chapterNumber("序")).toBeNull();
  });
});

describe("aligning two chapter lists", () => {
  it("leaves one side's preface without a counterpart", () => {
    const zh = [zhChapter("序", 800), zhChapter("第一章", 5000), zhChapter("第二章", 3000), zhChapter("第三章", 7000)];
    const en = [enChapter("Chapter 1", 20000), enChapter("Chapter 2", 12400), enChapter("Chapter 3", 27600)];
    expect(alignChapters(zh, en).map((p) => [p.zh, p.en])).toEqual([
      [[0], []],
      [[1], [0]],
      [[2], [1]],
      [[3], [2]],
    ]);
  });

  it("does so by length alone when no chapter is numbered, on either side", () => {
    const zh = [zhChapter("开端", 5000), zhChapter("中途", 3000), zhChapter("结局", 7000)];
    const en = [enChapter("Translator's preface", 3000), enChapter("Beginnings", 20000), enChapter("Midway", 12000), enChapter("The end", 28000), enChapter("Notes", 2400)];
    expect(alignChapters(zh, en).map((p) => [p.zh, p.en])).toEqual([
      [[], [0]],
      [[0], [1]],
      [[1], [2]],
      [[2], [3]],
      [[], [4]],
    ]);
  });

  it("lets chapter numbers win over a misleading length", () => {
    // Chapter 2 of the translation is much shorter (abridged); numbers still pair them.
    const zh = [zhChapter("第一章", 4000), zhChapter("第二章", 4000), zhChapter("第三章", 4000)];
    const en = [enChapter("Chapter 1", 16000), enChapter("Chapter 2", 7000), enChapter("Chapter 3", 16000)];
    const pairs = alignChapters(zh, en);
    expect(pairs.map((p) => [p.zh, p.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    expect(pairs[0].score).toBeGreaterThan(0.9);
  });

  it("matches a chapter the translation split in two", () => {
    const zh = [zhChapter("一", 4000), zhChapter("二", 8000), zhChapter("三", 4000)];
    const en = [enChapter("One", 16000), enChapter("Two (a)", 16000), enChapter("Two (b)", 16000), enChapter("Three", 16000)];
    expect(alignChapters(zh, en).map((p) => [p.zh, p.en])).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]]]);
  });

  it("uses shared numbers and Latin names as anchors", () => {
    const zh = [zhChapter("甲", 4000, " 1967 NASA 2001 Apollo"), zhChapter("乙", 4000, " 1842 London Shanghai 1911")];
    const en = [enChapter("A", 16000, " 1967 NASA 2001 Apollo"), enChapter("B", 16000, " 1842 London Shanghai 1911")];
    const pairs = alignChapters(zh, en);
    expect(pairs.map((p) => [p.zh, p.en])).toEqual([[[0], [0]], [[1], [1]]]);
    expect(pairs.every((p) => p.score > 0.9)).toBe(true);
  });
});
