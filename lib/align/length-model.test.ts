import { describe, expect, it } from "vitest";
import { charLength, estimateLengthModel, estimateVariance, lengthCost, negLogTwoSidedTail, tailCost } from "./length-model";

describe("length model", () => {
  it("counts characters without whitespace, astral characters once", () => {
    expect(charLength("a b\tc\n")).toBe(3);
    expect(charLength("中 文　字")).toBe(3);
    expect(charLength("𠮷a")).toBe(2);
  });

  it("estimates the en/zh ratio from the document pair", () => {
    const m = estimateLengthModel([10, 20, 30], [45, 90, 135]);
    expect(m.c).toBeCloseTo(4.5);
    expect(m.s2).toBeCloseTo(6.8 * 4.5);
  });

  it("re-estimates the variance robustly and within bounds", () => {
    const base = { c: 4, s2: 27 };
    const pairs: Array<[number, number]> = Array.from({ length: 50 }, (_, k) => [20, 80 + ((k % 5) - 2) * 4]);
    const m = estimateVariance(base, pairs);
    expect(m.c).toBe(4);
    expect(m.s2).toBeGreaterThanOrEqual(base.s2 / 4);
    expect(m.s2).toBeLessThan(base.s2);
    expect(estimateVariance(base, pairs.slice(0, 5))).toBe(base); // too few to estimate
  });

  it("costs nothing for a perfect match and grows with the mismatch", () => {
    const m = { c: 4, s2: 27 };
    expect(lengthCost(20, 80, m)).toBeCloseTo(0, 5);
    expect(lengthCost(20, 100, m)).toBeGreaterThan(0);
    expect(lengthCost(20, 160, m)).toBeGreaterThan(lengthCost(20, 100, m));
    expect(negLogTwoSidedTail(1.96)).toBeCloseTo(-Math.log(0.05), 2);
    expect(tailCost(3.3)).toBeCloseTo(negLogTwoSidedTail(3.3), 3);
    expect(tailCost(60)).toBeCloseTo(negLogTwoSidedTail(60), 6);
  });
});
