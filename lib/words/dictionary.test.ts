import { describe, expect, it, vi } from "vitest";

// The dictionaries take seconds to load on a busy machine; each file loads them once.
vi.setConfig({ testTimeout: 30_000 });
import { loadLexicon } from "@/lib/align/lexicon";
import { loadDictionary } from "./dictionary";
import { englishToChinese } from "./english-lookup";
import { contentStems } from "@/lib/align/english-tokens";
import { resizeSpan, segment, wordAt } from "./segment";
import { linksInChinese, linksInEnglish } from "./word-links";
import { parseHsk } from "./word-stats";

const dict = loadDictionary();

describe("dictionary", () => {
  it("looks up a word with tone-marked readings, traditional form, HSK and frequency", () => {
    const e = dict.lookup("显卡");
    expect(e?.readings[0].pinyin).toBe("xiǎn kǎ");
    expect(e?.readings[0].definitions.join("; ")).toMatch(/graphics card/);
    expect(e?.traditional).toEqual(["顯卡"]);
    const study = dict.lookup("学习");
    expect(study?.hskLevel).toBe(1);
    expect(study?.frequencyBand).toBe(1);
    expect(dict.lookup("學習")?.word).toBe("學習");
    expect(dict.lookup("学习x")).toBeNull();
  });

  it("reads the HSK lists with a word's first level winning", () => {
    const src = 'let hsk = [\n    ["的", "得"],\n    ["得", "学"]\n];\n';
    expect([...parseHsk(src)]).toEqual([["的", 1], ["得", 1], ["学", 2]]);
    expect(() => parseHsk("module.exports = 1")).toThrow();
  });
});

describe("segmentation at a position", () => {
  const text = "当然这个耐心是需要用显卡和能源消耗来代偿的。";
  it("finds the word containing the position, from either of its characters", () => {
    const at = text.indexOf("显卡");
    expect(wordAt(dict, text, at)).toEqual({ start: at, end: at + 2 });
    expect(wordAt(dict, text, at + 1)).toEqual({ start: at, end: at + 2 });
    expect(wordAt(dict, text, text.length - 1)).toBeNull(); // punctuation
  });
  it("moves the end one character shorter or longer, within the Chinese run", () => {
    const at = text.indexOf("显卡");
    expect(resizeSpan(text, { start: at, end: at + 2 }, -1)).toEqual({ start: at, end: at + 1 });
    expect(resizeSpan(text, { start: at, end: at + 1 }, -1)).toEqual({ start: at, end: at + 1 });
    expect(resizeSpan(text, { start: at, end: at + 2 }, 1)).toEqual({ start: at, end: at + 3 });
    const end = text.length - 1;
    expect(resizeSpan(text, { start: end - 1, end }, 1)).toEqual({ start: end - 1, end });
  });
  it("splits tokens the dictionary does not know into dictionary words, with offsets", () => {
    const toks = segment(dict, "他干的事。");
    expect(toks.map((t) => [t.text, t.start, t.end])).toEqual([["他", 0, 1], ["干", 1, 2], ["的", 2, 3], ["事", 3, 4], ["。", 4, 5]]);
  });
  it("joins single characters jieba left apart into the CC-CEDICT word they spell", () => {
    const s = "一是本来就没这么强的算力。";
    expect(wordAt(dict, s, s.indexOf("算"))).toEqual({ start: s.indexOf("算"), end: s.indexOf("算") + 2 });
    expect(wordAt(dict, s, s.indexOf("力"))).toEqual({ start: s.indexOf("算"), end: s.indexOf("算") + 2 });
    const t = "早在小波流行的时代";
    expect(segment(dict, t).map((x) => x.text)).toContain("小波");
    // Particles keep their own token, so 了 in 办得了 is still read by the rules.
    expect(segment(dict, "这件事你办得了吗？").map((x) => x.text)).toContain("了");
  });
});

describe("English reverse lookup", () => {
  it("finds Chinese words whose gloss is the English word, exact senses first", () => {
    const words = englishToChinese(dict, "card").map((m) => m.word);
    expect(words).toContain("卡");
    expect(words).toContain("卡片");
    expect(englishToChinese(dict, "energy").map((m) => m.word)).toContain("能源");
    expect(englishToChinese(dict, "the")).toEqual([]);
  });
  it("reads plurals, acronym plurals and inflections as their base word", () => {
    const gpu = englishToChinese(dict, "GPU").map((m) => m.word);
    expect(gpu.length).toBeGreaterThan(0);
    expect(englishToChinese(dict, "GPUs").map((m) => m.word)).toEqual(gpu);
    expect(englishToChinese(dict, "CPUs").map((m) => m.word)).toEqual(englishToChinese(dict, "CPU").map((m) => m.word));
    expect(englishToChinese(dict, "wavelets").map((m) => m.word)).toContain("小波");
    expect(englishToChinese(dict, "trained").map((m) => m.word)).toEqual(englishToChinese(dict, "train").map((m) => m.word));
    expect(contentStems("GPUs status APIs")).toEqual(["gpu", "status", "api"]);
  });
});

describe("word links", () => {
  const lex = loadLexicon()!;
  const en = "Of course, this patience has to be paid for with graphics cards and energy consumption.";
  const words = (s: string, spans: { start: number; end: number }[]) => spans.map((x) => s.slice(x.start, x.end));
  it("links a Chinese word to the English words its glosses name", () => {
    expect(words(en, linksInEnglish(lex, dict, "显卡", en))).toEqual(["graphics", "cards"]);
    expect(words(en, linksInEnglish(lex, dict, "能源", en))).toEqual(["energy"]);
    expect(linksInEnglish(lex, dict, "的", en)).toEqual([]);
  });
  it("links an English word to the Chinese words that gloss it", () => {
    const zh = "当然这个耐心是需要用显卡和能源消耗来代偿的";
    expect(words(zh, linksInChinese(lex, dict, "energy", zh))).toEqual(["能源"]);
    expect(words(zh, linksInChinese(lex, dict, "patience", zh))).toEqual(["耐心"]);
    expect(linksInChinese(lex, dict, "with", zh)).toEqual([]);
  });
  it("links a word a longer headword glosses (显卡 in 集成显卡 'integrated GPU'), in both directions", () => {
    const gpus = "Even so, the patience has to be paid for in GPUs and energy.";
    expect(words(gpus, linksInEnglish(lex, dict, "显卡", gpus))).toEqual(["GPUs"]);
    const zh = "当然这个耐心是需要用显卡和能源消耗来代偿的";
    expect(words(zh, linksInChinese(lex, dict, "GPUs", zh))).toEqual(["显卡"]);
    // Only when the word's own glosses name nothing there: 时间 is "time", not "thing" (第一时间 "first thing").
    const time = "The first thing to trade is time.";
    expect(words(time, linksInEnglish(lex, dict, "时间", time))).toEqual(["time"]);
  });
  it("links 小波 to 'wavelets' once the segmenter keeps it whole, and British spellings", () => {
    const zh = "早在小波流行的时代，大家就知道扩充维度";
    expect(words(zh, linksInChinese(lex, dict, "wavelets", zh))).toEqual(["小波"]);
    const en = "the cost of human labour";
    expect(words(en, linksInEnglish(lex, dict, "人力", en))).toEqual(["labour"]);
  });
});
