import { expect, it } from "vitest";
import { counterpartText, pairsTouched } from "./counterpart";

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
