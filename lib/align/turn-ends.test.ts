import { describe, expect, it } from "vitest";
import { enClosesTurn, TurnEnds, zhClosesTurn } from "./turn-ends";
import type { Bead } from "./types";

describe("turn ends", () => {
  it("sees a quotation closed at the end, or closed and followed by its speaker", () => {
    expect(zhClosesTurn("韦小宝道：“时时倒也不见得。”")).toBe(true);
    expect(zhClosesTurn("“好，”他说。")).toBe(true);
    expect(zhClosesTurn("小玄子摇手笑道：“今天不打了，明天再来。")).toBe(false);
    expect(zhClosesTurn("他走了。")).toBe(false);
    expect(enClosesTurn("'No, I don't,' said Trinket.")).toBe(true);
    expect(enClosesTurn("“Why?”")).toBe(true);
    expect(enClosesTurn('"Ah, makes sense.')).toBe(false);
    expect(enClosesTurn("'This Mrs Lian,' said Grannie Liu: 'she can't be more than eighteen.")).toBe(false);
    // Apostrophes are not quotation marks.
    expect(enClosesTurn("He took the boys' coats and didn't stay.")).toBe(false);
  });

  it("rewards beads whose ends agree and penalises those that disagree, once estimated", () => {
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < 60; k++) {
      const talk = k % 3 === 0;
      zh.push(talk ? "他说：“走吧。”" : "他走了。");
      en.push(talk ? "'Let's go,' he said." : "He left.");
    }
    const t = new TurnEnds(zh, en);
    expect(t.cost(0, 1, 1, 1)).toBe(0); // not estimated yet: no opinion
    const beads: Bead[] = zh.map((_, k) => [[k], [k]]);
    t.estimate(beads);
    expect(t.cost(0, 1, 0, 1)).toBeLessThan(0); // both close a turn
    expect(t.cost(1, 1, 1, 1)).toBeLessThan(0); // neither does
    expect(t.cost(0, 1, 1, 1)).toBeGreaterThan(0); // zh closes, en does not
    expect(t.cost(1, 1, 0, 1)).toBeGreaterThan(0);
  });

  it("has no opinion on a text without quotations", () => {
    const zh = Array.from({ length: 50 }, () => "他走了。");
    const en = Array.from({ length: 50 }, () => "He left.");
    const t = new TurnEnds(zh, en);
    t.estimate(zh.map((_, k) => [[k], [k]]));
    expect(t.cost(0, 1, 0, 1)).toBe(0);
  });
});
