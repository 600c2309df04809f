import { expect, it } from "vitest";
import { counterpartText, joinSentences, pairsTouched } from "./counterpart";

const zhSentences = [
  { start: 0, end: 5, pair: 0 },
  { start: 5, end: 10, pair: 1 },
  { start: 10, end: 15, pair: 1 },
];
const en = "One. Two a. Two b.";
const enSentences = [
  { start: 0, end: 4, pair: 0 },
  { start: 5, end: 11, pair: 1 },
  { start: 12, end: 18, pair: 1 },
];

it("finds the pairs a highlight overlaps, including many-to-one pairs", () => {
  expect(pairsTouched(zhSentences, 2, 4)).toEqual([0]);
  expect(pairsTouched(zhSentences, 4, 12)).toEqual([0, 1]);
  expect(pairsTouched(zhSentences, 11, 12)).toEqual([1]);
});

it("returns every counterpart sentence of those pairs", () => {
  expect(counterpartText(en, enSentences, [1])).toBe("Two a. Two b.");
  expect(counterpartText(en, enSentences, [0])).toBe("One.");
  expect(counterpartText(en, enSentences, [])).toBe("");
});

it("joinSentences puts a space between English sentences and none between Chinese ones", () => {
  expect(joinSentences(["One.", "Two."])).toBe("One. Two.");
  expect(joinSentences(["这件事情。", "而且……"])).toBe("这件事情。而且……");
  expect(joinSentences(["使用了 GPT。", "Sora 来了。"])).toBe("使用了 GPT。Sora 来了。");
  expect(joinSentences(["", "One.", ""])).toBe("One.");
  expect(counterpartText("甲。乙。", [{ start: 0, end: 2, pair: 0 }, { start: 2, end: 4, pair: 1 }], [0, 1])).toBe("甲。乙。");
});
