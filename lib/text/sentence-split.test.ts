import { describe, expect, it } from "vitest";
import { splitChineseSentences, splitEnglishSentences, splitSentences, type Span } from "./sentence-split";

const texts = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));
const zh = (text: string) => texts(text, splitChineseSentences(text));
const en = (text: string) => texts(text, splitEnglishSentences(text));

/** Nothing but whitespace may lie outside the spans, and spans are ordered and trimmed. */
function expectLossless(text: string, spans: Span[]) {
  let pos = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(pos);
    expect(text.slice(pos, s.start)).toMatch(/^\s*$/);
    expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(s.end).toBeGreaterThan(s.start);
    pos = s.end;
  }
  expect(text.slice(pos)).toMatch(/^\s*$/);
}

describe("splitChineseSentences", () => {
  it("splits after 。！？ and keeps the terminator", () => {
    expect(zh("今天下雨了。你带伞了吗？带了！")).toEqual(["今天下雨了。", "你带伞了吗？", "带了！"]);
  });

  it("splits after ； (the aligner treats semicolon clauses as units)", () => {
    expect(zh("要么是数据还不够多；要么是数据够了。")).toEqual(["要么是数据还不够多；", "要么是数据够了。"]);
  });

  it("splits after …… and ... ellipses", () => {
    expect(zh("他想了想……还是算了。")).toEqual(["他想了想……", "还是算了。"]);
    expect(zh("等一下…好吧。")).toEqual(["等一下…", "好吧。"]);
    expect(zh("等一下...好吧。")).toEqual(["等一下...", "好吧。"]);
  });

  it("keeps closing quotes and brackets with the sentence", () => {
    expect(zh("他说：“走吧。”然后离开了。")).toEqual(["他说：“走吧。”", "然后离开了。"]);
    expect(zh("「真的吗？」她问。")).toEqual(["「真的吗？」", "她问。"]);
    expect(zh("（详见附录。）下文继续。")).toEqual(["（详见附录。）", "下文继续。"]);
  });

  it("keeps consecutive terminators together", () => {
    expect(zh("真的吗？！太好了。")).toEqual(["真的吗？！", "太好了。"]);
    expect(zh("what?!然后呢")).toEqual(["what?!", "然后呢"]);
  });

  it("does not split on ，、：", () => {
    expect(zh("首先，数据、模型：以及硬件")).toEqual(["首先，数据、模型：以及硬件"]);
  });

  it("returns text without a terminator as one sentence, and nothing for blank text", () => {
    expect(zh("人工智能的极限")).toEqual(["人工智能的极限"]);
    expect(zh("  \n ")).toEqual([]);
  });

  it("handles Latin material inside Chinese text", () => {
    expect(zh("一个接一个新的成果被快速推出，ChatGPT, Sora, Suno。2024年1月份学术圈还在讨论。")).toEqual([
      "一个接一个新的成果被快速推出，ChatGPT, Sora, Suno。",
      "2024年1月份学术圈还在讨论。",
    ]);
    expect(zh("能有近千块A100显卡，占到20-30%。规模达3.5亿。")).toEqual(["能有近千块A100显卡，占到20-30%。", "规模达3.5亿。"]);
    expect(zh("参见U-Net网络v1.2版本")).toEqual(["参见U-Net网络v1.2版本"]);
  });

  it("does not break after list numerals", () => {
    expect(zh("分为两种组合：1. 由偶然产生的组合； 2. 由设计产生的组合。")).toEqual([
      "分为两种组合：1. 由偶然产生的组合；",
      "2. 由设计产生的组合。",
    ]);
  });

  it("splits on an ASCII period only when followed by whitespace and not an abbreviation", () => {
    expect(zh("这是 Suno. 下一句。")).toEqual(["这是 Suno.", "下一句。"]);
    expect(zh("由 Dr. Smith 提出。")).toEqual(["由 Dr. Smith 提出。"]);
    expect(zh("见 e.g. 这里。")).toEqual(["见 e.g. 这里。"]);
  });

  it("never splits across a blank line", () => {
    expect(zh("标题\n\n正文。")).toEqual(["标题", "正文。"]);
  });

  it("is lossless and trims whitespace", () => {
    const text = "  第一句。  第二句！\n第三句？”  尾巴 ";
    const spans = splitChineseSentences(text);
    expectLossless(text, spans);
    expect(texts(text, spans)).toEqual(["第一句。", "第二句！", "第三句？”", "尾巴"]);
  });
});

describe("splitEnglishSentences", () => {
  it("splits on . ! ? followed by a capital", () => {
    expect(en("It rained. Did you bring an umbrella? Yes!")).toEqual(["It rained.", "Did you bring an umbrella?", "Yes!"]);
  });

  it("does not split after titles and common abbreviations", () => {
    expect(en("Mr. Smith met Dr. Lee. They talked.")).toEqual(["Mr. Smith met Dr. Lee.", "They talked."]);
    expect(en("Mrs. Ms. Prof. St. Jr. all stay. Done.")).toEqual(["Mrs. Ms. Prof. St. Jr. all stay.", "Done."]);
    expect(en("See Fig. 3 and No. 5 in Vol. 2. Next.")).toEqual(["See Fig. 3 and No. 5 in Vol. 2.", "Next."]);
    expect(en("It opened in Jan. 2024 at 9 a.m. Sharp. Then it closed.")).toEqual([
      "It opened in Jan. 2024 at 9 a.m. Sharp.",
      "Then it closed.",
    ]);
  });

  it("does not split after e.g., i.e., cf., vs. or U.S.", () => {
    expect(en("Use tools, e.g. Python. It works.")).toEqual(["Use tools, e.g. Python.", "It works."]);
    expect(en("One thing, i.e. This one. Fine.")).toEqual(["One thing, i.e. This one.", "Fine."]);
    expect(en("Compare A vs. B, cf. Smith. Ok.")).toEqual(["Compare A vs. B, cf. Smith.", "Ok."]);
    expect(en("The U.S. Army and the U.K. Navy met. Later.")).toEqual(["The U.S. Army and the U.K. Navy met.", "Later."]);
  });

  it("does not split after initials", () => {
    expect(en("J. R. R. Tolkien wrote it. Zhang J. said so.")).toEqual(["J. R. R. Tolkien wrote it.", "Zhang J. said so."]);
  });

  it("does not split decimals, versions, URLs or emails", () => {
    expect(en("Pi is 3.14 and revenue was $4.5 billion. Version 1.2.3 shipped.")).toEqual([
      "Pi is 3.14 and revenue was $4.5 billion.",
      "Version 1.2.3 shipped.",
    ]);
    expect(en("Visit www.example.com/a.html or mail a.b@example.org today. Thanks.")).toEqual([
      "Visit www.example.com/a.html or mail a.b@example.org today.",
      "Thanks.",
    ]);
    expect(en("Go to example.com. Then log in.")).toEqual(["Go to example.com.", "Then log in."]);
  });

  it("keeps closing quotes with the sentence", () => {
    expect(en('"Go." He left.')).toEqual(['"Go."', "He left."]);
    expect(en("“Really?” she asked. (It was.) Yes.")).toEqual(["“Really?” she asked.", "(It was.)", "Yes."]);
    expect(en("He said \"Go.\" then left.")).toEqual(['He said "Go." then left.']);
    expect(en("He left. \"Stop,\" she said.")).toEqual(["He left.", '"Stop," she said.']);
  });

  it("treats etc. before a capital as a sentence end, otherwise not", () => {
    expect(en("Apples, pears, etc. and more. Fine.")).toEqual(["Apples, pears, etc. and more.", "Fine."]);
    expect(en("Apples, pears, etc. The end.")).toEqual(["Apples, pears, etc.", "The end."]);
    expect(en("Apples, pears, etc.")).toEqual(["Apples, pears, etc."]);
  });

  it("requires a capital, digit, quote or bracket after the terminator", () => {
    expect(en("Wait... what happened? nothing. Really… Yes. 2024 was good.")).toEqual([
      "Wait... what happened? nothing.",
      "Really…",
      "Yes.",
      "2024 was good.",
    ]);
  });

  it("does not break after list numerals", () => {
    expect(
      en("Wittgenstein names four combinations: 1. Those produced by chance; 2. Those produced by design. The rest follow."),
    ).toEqual(["Wittgenstein names four combinations: 1. Those produced by chance; 2. Those produced by design.", "The rest follow."]);
    expect(en("There were two causes: i. Greed, the older; ii. Fear. So it went.")).toEqual([
      "There were two causes: i. Greed, the older; ii. Fear.",
      "So it went.",
    ]);
    expect(en("3. Then we left. We came back at 4. Then it rained.")).toEqual(["3. Then we left.", "We came back at 4.", "Then it rained."]);
    // A number ending a sentence is no list marker.
    expect(en("He was born in 1984. Then the war came.")).toEqual(["He was born in 1984.", "Then the war came."]);
    expect(en("The total was 5. Nobody argued.")).toEqual(["The total was 5.", "Nobody argued."]);
  });

  it("is lossless on messy input", () => {
    const text = "  Mr. A.  B said \"hi.\"\n\nNew para? Yes!!  ";
    const spans = splitEnglishSentences(text);
    expectLossless(text, spans);
    expect(texts(text, spans)).toEqual(['Mr. A.  B said "hi."', "New para?", "Yes!!"]);
  });
});

describe("splitSentences", () => {
  it("dispatches on lang", () => {
    expect(splitSentences("甲。乙。", "zh")).toHaveLength(2);
    expect(splitSentences("A. B.", "en")).toHaveLength(1); // "A." is an initial
  });
});
