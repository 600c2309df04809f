import { describe, expect, it } from "vitest";
import { formatBead, formatBeads, parseBeads } from "./beads-format";
import type { Bead } from "./types";

describe("bead format", () => {
  const beads: Bead[] = [[[0], [0]], [[1, 2], [1]], [[], [2]], [[3], []]];

  it("formats one bead per line, Chinese first", () => {
    expect(formatBead([[1, 2], [1]])).toBe("[1,2]:[1]");
    expect(formatBeads(beads)).toBe("[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[]\n");
    expect(formatBeads([])).toBe("");
  });

  it("round-trips and tolerates whitespace and blank lines", () => {
    expect(parseBeads(formatBeads(beads))).toEqual(beads);
    expect(parseBeads(" [0] : [0, 1]\r\n\n[]:[2]\n")).toEqual([[[0], [0, 1]], [[], [2]]]);
  });

  it("rejects malformed lines with the line number", () => {
    expect(() => parseBeads("[0]:[0]\n0-1\n")).toThrow(/line 2/);
    expect(() => parseBeads("[a]:[0]")).toThrow();
  });
});
