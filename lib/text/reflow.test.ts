import { describe, expect, it } from "vitest";
import { DEFAULT_BOILERPLATE, isBoilerplate, reflow } from "./reflow";

const zh = (raw: string) => reflow(raw, { lang: "zh" });
const en = (raw: string) => reflow(raw, { lang: "en" });

describe("reflow: normalization and paragraphs", () => {
  it("separates paragraphs on blank lines, including lines of spaces, CRLF and NBSP", () => {
    expect(zh("第一段。\r\n \u00A0\t\r\n第二段。\u3000\u3000\r\n\r\n\r\n第三段。")).toEqual(["第一段。", "第二段。", "第三段。"]);
  });

  it("strips full-width indents and trailing full-width spaces", () => {
    expect(zh("\u3000\u3000缩进的段落。\u3000")).toEqual(["缩进的段落。"]);
  });

  it("joins Chinese soft breaks without a space", () => {
    expect(zh("所以，\n这些问题导致大\n家在AI科研上")).toEqual(["所以，这些问题导致大家在AI科研上"]);
  });

  it("joins Latin words across a soft break in Chinese text with a space", () => {
    expect(zh("使用了 ChatGPT\nSora 和\nSuno。")).toEqual(["使用了 ChatGPT Sora 和Suno。"]);
    expect(zh("版本 3\n4 之间")).toEqual(["版本 3 4 之间"]);
  });

  it("joins English soft breaks with one space and collapses runs of spaces", () => {
    expect(en("The quick   brown\nfox  jumps\n  over.")).toEqual(["The quick brown fox jumps over."]);
  });

  it("rejoins a hyphenated English word across a soft break", () => {
    expect(en("a well-\nknown fact.")).toEqual(["a well-known fact."]);
  });

  it("returns nothing for blank input", () => {
    expect(zh(" \n\n \r\n")).toEqual([]);
  });
});

describe("reflow: scraper artifacts", () => {
  it("merges a paragraph that starts with 。 into the previous one (cut at a bold phrase)", () => {
    expect(zh("便成为研究者们第一反应要做的事\n\n。不过，这事也在变化。")).toEqual([
      "便成为研究者们第一反应要做的事。不过，这事也在变化。",
    ]);
  });

  it("merges fragments starting with other closing/continuing punctuation", () => {
    for (const p of ["，", "、", "；", "：", "！", "？", "」", "』", "”", "）", "……"]) {
      expect(zh(`前文\n\n${p}后文。`)).toEqual([`前文${p}后文。`]);
    }
    expect(en("He said\n\n, and left.")).toEqual(["He said, and left."]);
  });

  it("repairs the 实际上 multi-line case", () => {
    const raw = "实际上，\n现在对显卡的依赖也或多或少影响\n对人工智能创新方法的评价\n\n。有些人可能以为，只有模型大才需要大量显卡。";
    expect(zh(raw)).toEqual(["实际上，现在对显卡的依赖也或多或少影响对人工智能创新方法的评价。有些人可能以为，只有模型大才需要大量显卡。"]);
  });

  it("rejoins a word split across paragraphs (也开 / 始被)", () => {
    const raw = "也是将扩散模型里的U-Net网络改成了Transformer。甚至人类的活动也开\n\n始被人工智能同质化。比如近年来围棋选手。";
    expect(zh(raw)).toEqual(["也是将扩散模型里的U-Net网络改成了Transformer。甚至人类的活动也开始被人工智能同质化。比如近年来围棋选手。"]);
  });

  it("joins a long unpunctuated paragraph even without a terminator in it", () => {
    const long = "这是一段很长的没有任何句末标点的正文内容它被错误地切断在";
    expect(zh(`${long}\n\n这里了。`)).toEqual([`${long}这里了。`]);
  });

  it("joins a paragraph ending in a comma regardless of length", () => {
    expect(zh("所以，\n\n我们走了。")).toEqual(["所以，我们走了。"]);
  });

  it("keeps short unpunctuated headings separate", () => {
    expect(zh("一、智能拼卡时代\n\n近两年人工智能的发展不可谓不快。")).toEqual(["一、智能拼卡时代", "近两年人工智能的发展不可谓不快。"]);
    expect(zh("张军平\n\n2024年4月22日")).toEqual(["张军平", "2024年4月22日"]);
  });

  it("does not join after terminal punctuation or informal endings", () => {
    expect(zh("他说完了。\n\n下一段开始。")).toHaveLength(2);
    expect(zh("今天真的是非常非常开心的一天呀我们一起出去玩了😊\n\n第二段。")).toHaveLength(2);
  });

  it("joins English paragraphs cut mid-sentence only when the next starts lowercase", () => {
    expect(en("The model was trained on\n\nmillions of pages.")).toEqual(["The model was trained on millions of pages."]);
    expect(en("Introduction\n\nThe model was trained.")).toEqual(["Introduction", "The model was trained."]);
  });
});

describe("reflow: boilerplate", () => {
  const notices = [
    "本文原地址：<https://www.iikx.com/news/topnews/26900.html>",
    "原文地址：https://example.com/a",
    "原文链接：https://example.com/a",
    "本文仅供学习交流之用，版权归原作者所有，请勿用于商业用途！",
    "版权归原作者所有",
    "请勿用于商业用途",
    "更多 科研头条 请访问 <https://www.iikx.com/news/topnews/>",
    "本文版权归原作者所有，请勿用于商业用途，[爱科学iikx.com](https://www.iikx.com)转发",
    "转载请注明出处",
    "如需转载请联系作者",
    "未经许可，禁止转载",
    "扫码关注我们",
    "欢迎关注公众号：科学网",
    "Originally published at example.com on May 1, 2024.",
    "This article was originally published on Medium.",
    "© 2024 Example Media. All rights reserved.",
    "Copyright 2024 Example Inc.",
    "Share this article",
    "Read more:",
  ];

  it.each(notices)("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
    expect(zh(`正文第一段。\n\n${line}\n\n正文第二段。`)).toEqual(["正文第一段。", "正文第二段。"]);
  });

  it("keeps normal body sentences that merely mention similar words", () => {
    const body = [
      "这些数据仅供参考。",
      "他请访问者先登记。",
      "作者所有的论文都公开了。",
      "关注这一问题的人越来越多。",
      "We shared this article with friends.",
      "Copyright law is complicated.",
      "All of the rights were reserved for later, he said.",
      "He originally published the paper in 2019.",
    ];
    for (const line of body) expect(isBoilerplate(line), line).toBe(false);
  });

  it("accepts a custom list (which replaces the default)", () => {
    expect(zh("正文。\n\n广告：买一送一\n\n转载请注明出处", )).toEqual(["正文。", "广告：买一送一"]);
    expect(reflow("正文。\n\n广告：买一送一", { lang: "zh", boilerplate: [...DEFAULT_BOILERPLATE, /^广告[:：]/] })).toEqual(["正文。"]);
    expect(reflow("转载请注明出处", { lang: "zh", boilerplate: [] })).toEqual(["转载请注明出处"]);
  });

  it("treats a dropped notice as a paragraph break", () => {
    expect(zh("第一段。\n转载请注明出处\n第二段。")).toEqual(["第一段。", "第二段。"]);
  });
});

describe("reflow: headings and lists pasted without blank lines", () => {
  it("keeps a heading line apart from the first sentence under it", () => {
    expect(zh("第一章\u3000雨夜\n那天晚上雨下得很大。街上一个人也没有。")).toEqual(["第一章\u3000雨夜", "那天晚上雨下得很大。街上一个人也没有。"]);
    expect(en("Chapter One: The Rainy Night\nIt rained hard that night. Nobody was out.")).toEqual(["Chapter One: The Rainy Night", "It rained hard that night. Nobody was out."]);
  });

  it("keeps a heading apart after a finished paragraph line in the same block", () => {
    expect(zh("他关上了门。\n第二章\n第二天早上，天晴了。")).toEqual(["他关上了门。", "第二章", "第二天早上，天晴了。"]);
  });

  it("keeps each numbered or bulleted list line its own paragraph", () => {
    expect(zh("你需要带：\n1. 护照\n2. 车票\n3. 一件厚外套，因为山上很冷")).toEqual(["你需要带：", "1. 护照", "2. 车票", "3. 一件厚外套，因为山上很冷"]);
    expect(en("You need to bring:\n1. your passport\n2. the ticket\n- a warm coat")).toEqual(["You need to bring:", "1. your passport", "2. the ticket", "- a warm coat"]);
    expect(zh("一、背景介绍\n二、研究方法")).toEqual(["一、背景介绍", "二、研究方法"]);
  });

  it("still joins soft wraps that only look short", () => {
    expect(en("It was the best of times, it was the worst\nof times.")).toEqual(["It was the best of times, it was the worst of times."]);
    expect(en("We flew to\nLondon on Monday.")).toEqual(["We flew to London on Monday."]);
    expect(zh("那天他们去了\n北京。")).toEqual(["那天他们去了北京。"]);
  });
});
