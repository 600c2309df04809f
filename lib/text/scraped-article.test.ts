import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_BOILERPLATE } from "./reflow";
import { parseDate, parseScrapedArticle } from "./scraped-article";
import { splitChineseSentences } from "./sentence-split";

const SEED = fileURLToPath(new URL("../../prisma/seed/ai-limits/zh.raw.txt", import.meta.url));
const raw = readFileSync(SEED, "utf8");
const rawLines = raw.split("\n");
const nonWs = (s: string) => s.replace(/\s/g, "");

describe("parseScrapedArticle on the seed article", () => {
  const article = parseScrapedArticle(raw);

  it("extracts the metadata", () => {
    expect(article.title).toBe("人工智能的极限：智能拼卡时代");
    expect(article.author).toBe("张军平");
    expect(article.source).toBe("科学网博客");
    expect(article.url).toBe("https://www.iikx.com/news/topnews/26900.html");
    expect(article.date).toBe("2024-04-22");
  });

  it("produces exactly the 14 expected body paragraphs", () => {
    const starts = [
      "近两年", "伴随而来的", "造成这样的局面", "大数据的标注", "模型的参数", "从工业落地", "但从学术界",
      "实际上，现在对显卡", "不仅如此", "所以，这些问题", "除了卡的问题", "另外，目前", "尽管近两年", "而从科研的角度来看",
    ];
    expect(article.paragraphs).toHaveLength(14);
    article.paragraphs.forEach((p, i) => expect(p.startsWith(starts[i]), `paragraph ${i + 1}: ${p}`).toBe(true));
  });

  it("repairs the cut paragraphs", () => {
    const [, , , p4, , , p7, p8, , p10, , p12] = article.paragraphs;
    expect(p4).toContain("第一反应要做的事。不过，这事也在变化。");
    expect(p7).toContain("其实不太明智。一是本来就没这么强的算力。");
    expect(p8.startsWith("实际上，现在对显卡的依赖也或多或少影响对人工智能创新方法的评价。有些人可能以为")).toBe(true);
    expect(p10.startsWith("所以，这些问题导致大家在AI科研上有两个主要的使力模式，所谓“穷调参，富买卡”。由于卡数量上的差异")).toBe(true);
    expect(p12.startsWith("另外，目前的大模型策略有明显同质化的倾向，几乎已被生成式的策略一统天下。自2017年")).toBe(true);
    expect(p12).toContain("甚至人类的活动也开始被人工智能同质化。比如近年来");
  });

  it("leaves no header, notice, signature or footer in the body", () => {
    const body = article.paragraphs.join("\n");
    for (const s of ["作者：", "本文原地址", "仅供学习交流", "版权归原作者所有", "请勿用于商业用途", "更多 科研头条", "iikx", "2024年4月22日"]) {
      expect(body).not.toContain(s);
    }
    expect(article.paragraphs.at(-1)!.endsWith("人工智能科研工作者。")).toBe(true);
    for (const p of article.paragraphs) for (const re of DEFAULT_BOILERPLATE) expect(p).not.toMatch(re);
  });

  it("preserves every body character in order (only soft breaks removed)", () => {
    const first = rawLines.findIndex((l) => l.startsWith("近两年"));
    const last = rawLines.findIndex((l) => l.startsWith("而从科研的角度来看"));
    expect(nonWs(article.paragraphs.join(""))).toBe(nonWs(rawLines.slice(first, last + 1).join("")));
    // Spaces that are content (inside a line) survive.
    expect(article.paragraphs[0]).toContain("ChatGPT, Sora, Suno。");
  });

  it("splits every paragraph into whole sentences", () => {
    const counts = article.paragraphs.map((p) => splitChineseSentences(p).length);
    expect(counts).toEqual([4, 3, 1, 7, 9, 3, 11, 10, 1, 2, 5, 6, 4, 2]);
    for (const p of article.paragraphs) {
      const spans = splitChineseSentences(p);
      expect(spans.map((s) => p.slice(s.start, s.end)).join("")).toBe(p);
    }
  });
});

describe("parseScrapedArticle on other shapes", () => {
  it("reads separate labelled lines and a header date", () => {
    const a = parseScrapedArticle("标题\n作者：李四\n来源：某网站\n发布时间：2023-1-5\n原文链接：<https://a.com/b>\n\n正文。");
    expect(a).toEqual({ title: "标题", author: "李四", source: "某网站", date: "2023-01-05", url: "https://a.com/b", paragraphs: ["正文。"] });
  });

  it("parses an English post with a byline and footer", () => {
    const a = parseScrapedArticle(
      "# The Limits of AI\n\nBy Jane Doe\n\nThe models keep growing. Costs\nkeep rising.\n\nJane Doe\n\nApril 22, 2024\n\nAll rights reserved.",
    );
    expect(a).toEqual({
      title: "The Limits of AI",
      author: "Jane Doe",
      date: "2024-04-22",
      paragraphs: ["The models keep growing. Costs keep rising."],
    });
  });

  it("does not strip a short last body line that is not next to a date", () => {
    const a = parseScrapedArticle("标题\n\n正文第一段。\n\n谢谢阅读");
    expect(a.paragraphs).toEqual(["正文第一段。", "谢谢阅读"]);
    expect(a.author).toBeUndefined();
  });

  it("has no title when the first line is a long paragraph", () => {
    const long = "这是一段非常长的正文".repeat(12) + "。";
    expect(parseScrapedArticle(long)).toEqual({ title: "", paragraphs: [long] });
  });
});

describe("parseDate", () => {
  it.each([
    ["2024年4月22日", "2024-04-22"],
    ["2024-04-22", "2024-04-22"],
    ["2024/4/2", "2024-04-02"],
    ["April 22, 2024", "2024-04-22"],
    ["22 Sept 2024", "2024-09-22"],
    ["Dec. 1, 2023", "2023-12-01"],
  ])("%s → %s", (s, iso) => expect(parseDate(s, true)).toBe(iso));

  it("rejects impossible or partial dates", () => {
    expect(parseDate("2024-02-30")).toBeUndefined();
    expect(parseDate("2024年13月1日")).toBeUndefined();
    expect(parseDate("Foo 12, 2024")).toBeUndefined();
    expect(parseDate("发表于2024年4月22日", true)).toBeUndefined();
    expect(parseDate("发表于2024年4月22日")).toBe("2024-04-22");
  });
});
