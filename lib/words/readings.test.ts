import { describe, expect, it, vi } from "vitest";

// The dictionaries take seconds to load on a busy machine; each file loads them once.
vi.setConfig({ testTimeout: 30_000 });
import { loadDictionary } from "./dictionary";
import { loadPolyphoneSet, parsePolyphoneSet } from "./polyphone-set";
import { readText, syllablesByOffset } from "./readings";
import { markSyllable, markedSyllables, plainPinyin } from "./tone-marks";

const dict = loadDictionary();
const readingOf = (sentence: string, ch: string, nth = 0) => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = sentence.indexOf(ch, at + 1);
  return syllablesByOffset(readText(dict, sentence))[at];
};

describe("tone marks", () => {
  it("places the mark by the standard rule and folds ü", () => {
    expect(markedSyllables("xian3 ka3")).toEqual(["xiǎn", "kǎ"]);
    expect(markSyllable("lu:4")).toBe("lǜ");
    expect(markSyllable("gou3")).toBe("gǒu");
    expect(markSyllable("hui4")).toBe("huì");
    expect(markSyllable("de5")).toBe("de");
    expect(plainPinyin("Lǜ sè")).toBe("lv se");
  });
});

describe("pinyin in context", () => {
  it("reads the polyphones the learners reported", () => {
    expect(readingOf("他吓得说不出话来", "得")).toBe("de");
    expect(readingOf("他睡得很熟", "得")).toBe("de");
    expect(readingOf("我得走了", "得")).toBe("děi");
    expect(readingOf("他干的事", "干")).toBe("gàn");
    expect(readingOf("我们干完活再吃饭", "干")).toBe("gàn");
    expect(readingOf("只剩下三个人", "只")).toBe("zhǐ");
    expect(readingOf("他家养了一只小狗", "只")).toBe("zhī");
    expect(readingOf("他长得很高", "长")).toBe("zhǎng");
    expect(readingOf("孩子长高了", "长")).toBe("zhǎng");
    expect(readingOf("我找不着钥匙", "着")).toBe("zháo");
    expect(readingOf("人类正处在一个转折点", "处")).toBe("chǔ");
    expect(readingOf("他成为了一名医生", "为")).toBe("wéi");
    expect(readingOf("这家公司转为国有企业", "为")).toBe("wéi");
    expect(readingOf("这本书我明天还你", "还")).toBe("huán");
    expect(readingOf("我还没吃早饭", "还")).toBe("hái");
    expect(readingOf("取得了令人瞩目的成绩", "的")).toBe("de"); // pinyin-pro: dì, as in 目的
    expect(readingOf("这么多菜我一个人吃不了", "了")).toBe("liǎo");
  });

  it("reads 地 after a repeated phrase as de, and the neutral-tone suffix 子 of everyday words", () => {
    expect(readingOf("窗外的田野一片一片地往后退", "地")).toBe("de");
    expect(readingOf("这一片地种的都是麦子", "地")).toBe("dì");
    expect(readingOf("他的妻子是一名医生", "子")).toBe("zi");
    expect(readingOf("原子是很小的粒子", "子")).toBe("zǐ"); // CC-CEDICT has no neutral reading to prefer
    expect(readingOf("多少钱一斤", "少")).toBe("shǎo"); // split usage outside the suffixes: the context decides
  });

  it("groups readings by word, one syllable per character", () => {
    const words = readText(dict, "数据的规模要随模型参数增长。GPU");
    expect(words.map((w) => w.text)).toEqual(["数据", "的", "规模", "要", "随", "模型", "参数", "增长", "。GPU"]);
    expect(words.find((w) => w.text === "增长")?.reading).toBe("zēng zhǎng");
    expect(words.at(-1)?.reading).toBeNull();
  });

  it("keeps the tone changes of 一 and 不", () => {
    expect(readText(dict, "一个")[0].reading).toMatch(/^yí /);
    expect(readText(dict, "不是")[0].reading).toMatch(/^bú /);
  });

  it("reaches 97% on the committed polyphone set", () => {
    const items = loadPolyphoneSet();
    expect(items.length).toBeGreaterThanOrEqual(300);
    const right = items.filter((it) => syllablesByOffset(readText(dict, it.sentence))[it.offset] === it.reading).length;
    expect(right / items.length).toBeGreaterThanOrEqual(0.97);
  });
});

describe("polyphone set format", () => {
  it("gives one item per braced character, offsets into the unbraced sentence", () => {
    expect(parsePolyphoneSet("# note\n{种}瓜得瓜，{种}豆得豆。\tzhòng\n")).toEqual([
      { sentence: "种瓜得瓜，种豆得豆。", offset: 0, reading: "zhòng" },
      { sentence: "种瓜得瓜，种豆得豆。", offset: 5, reading: "zhòng" },
    ]);
    expect(() => parsePolyphoneSet("{得}\n")).toThrow(/no reading/);
  });
});
