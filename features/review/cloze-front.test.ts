import { describe, expect, it } from "vitest";
import { clozeFront } from "./cloze-front";
import { quoteInContext } from "./review-item";

const zh = "芯片是卡脖子的问题。大模型需要更多能源。算力越来越贵。";
const zhSpans = [
  { start: 0, end: 10, pair: 0 },
  { start: 10, end: 20, pair: 1 },
  { start: 20, end: 27, pair: 2 },
];
const en = "Chips are a chokepoint. Large models need more energy. Compute keeps getting dearer.";
const enSpans = [
  { start: 0, end: 23, pair: 0 },
  { start: 24, end: 54, pair: 1 },
  { start: 55, end: 84, pair: 2 },
];
const item = (ctx: ReturnType<typeof quoteInContext>, counterpart = "Large models need more energy.") => ({ contexts: [ctx], counterpart: { lang: "en" as const, text: counterpart } });
/** The front as a learner reads it, the blank written as […]. */
const shown = (f: ReturnType<typeof clozeFront>) => f.contexts.map((c) => `${c.before}${f.mode === "blank" ? "[…]" : `<${c.quote}>`}${c.after}`).join(" | ");

describe("cloze front", () => {
  it("blanks a highlight inside its sentence, with no cue: the sentence is the cue", () => {
    const f = clozeFront(item(quoteInContext(zh, zhSpans, 3, 6, "zh")));
    expect(shown(f)).toBe("芯片是[…]的问题。");
    expect(f.cue).toBeNull();
  });

  it("a whole-sentence highlight is not just […]: the neighbouring sentences frame the blank and the translation is the cue", () => {
    // With and without its full stop: punctuation alone is nothing to recall from.
    for (const end of [19, 20]) {
      const f = clozeFront(item(quoteInContext(zh, zhSpans, 10, end, "zh")));
      expect(f.mode).toBe("blank");
      expect(shown(f)).toBe(`芯片是卡脖子的问题。[…]${end === 19 ? "。" : ""}算力越来越贵。`);
      expect(f.cue).toEqual({ lang: "en", text: "Large models need more energy." });
    }
  });

  it("keeps the spaces between English sentences around the blank", () => {
    const f = clozeFront({ contexts: [quoteInContext(en, enSpans, 24, 54, "en")], counterpart: { lang: "zh", text: "大模型需要更多能源。" } });
    expect(shown(f)).toBe("Chips are a chokepoint. […] Compute keeps getting dearer.");
    expect(f.cue?.text).toBe("大模型需要更多能源。");
  });

  it("a one-sentence paragraph still gets its translation as the cue", () => {
    const f = clozeFront(item(quoteInContext("算力越来越贵。", [{ start: 0, end: 7, pair: 0 }], 0, 7, "zh"), "Compute keeps getting dearer."));
    expect(shown(f)).toBe("[…]");
    expect(f.cue?.text).toBe("Compute keeps getting dearer.");
  });

  it("with neither neighbours nor a translation, shows the words marked rather than a lone blank", () => {
    const f = clozeFront(item(quoteInContext("算力越来越贵。", [{ start: 0, end: 7, pair: 0 }], 0, 7, "zh"), ""));
    expect(f.mode).toBe("mark");
    expect(shown(f)).toBe("<算力越来越贵。>");
  });

  it("in a group, widens only the part that fills its sentence, and adds the cue", () => {
    const f = clozeFront({ contexts: [quoteInContext(zh, zhSpans, 3, 6, "zh"), quoteInContext(zh, zhSpans, 20, 27, "zh")], counterpart: { lang: "en", text: "x" } });
    expect(shown(f)).toBe("芯片是[…]的问题。 | 大模型需要更多能源。[…]");
    expect(f.cue).toEqual({ lang: "en", text: "x" });
  });
});
