import { describe, expect, it } from "vitest";
import { learnGlosses } from "./translation-table";
import type { Bead } from "./types";

// A document where 韦小宝 is always rendered "Trinket" and 海老公 "Hai", next
// to ever-changing other words (so only the names recur).
function doc(n: number) {
  const zh: string[][] = [];
  const en: string[][] = [];
  const fill = ["山", "水", "花", "鸟", "云", "雨", "风", "月"];
  const fillEn = ["hill", "water", "flower", "bird", "cloud", "rain", "wind", "moon"];
  for (let k = 0; k < n; k++) {
    const f = k % fill.length;
    const g = (k * 3 + 1) % fill.length;
    if (k % 2 === 0) {
      zh.push(["韦小宝", fill[f], fill[g]]);
      en.push(["trinket", fillEn[f], fillEn[g]]);
    } else {
      zh.push(["海老公", fill[f]]);
      en.push(["hai", "old", fillEn[f]]);
    }
  }
  const beads: Bead[] = zh.map((_, k) => [[k], [k]]);
  return { words: { zh, en }, beads };
}

describe("learnGlosses", () => {
  it("links each name to its rendering and not to the words beside it", () => {
    const { words, beads } = doc(40);
    const links = learnGlosses(words, beads);
    expect(links.get("韦小宝")).toEqual(["trinket"]);
    expect(links.get("海老公")).toContain("hai");
    expect(links.get("海老公")).not.toContain("water");
    expect(links.get("山")).toEqual(["hill"]);
  });

  it("learns nothing from too few beads, and skips one-sided and oversized beads", () => {
    const { words, beads } = doc(8);
    expect(learnGlosses(words, beads).size).toBe(0);
    const big = doc(40);
    const merged: Bead[] = [[[0, 1, 2, 3], [0, 1, 2, 3]], [[], [4]], ...big.beads.slice(5, 12)];
    expect(learnGlosses(big.words, merged).size).toBe(0);
  });

  it("does not link words that never share a bead", () => {
    const { words, beads } = doc(40);
    // Shift the pairing by one: names now sit beside the other side's words.
    const shifted: Bead[] = beads.slice(0, -1).map(([z], k) => [z, [k + 1]]);
    const links = learnGlosses(words, shifted);
    expect(links.get("韦小宝") ?? []).not.toContain("trinket");
  });
});
