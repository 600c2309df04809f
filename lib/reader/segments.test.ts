import { describe, expect, it } from "vitest";
import { sentenceSegments } from "./segments";

describe("sentenceSegments", () => {
  it("covers the text exactly, with gaps between sentences", () => {
    const text = "A b. C d.  E.";
    const segs = sentenceSegments(text.length, [
      { start: 0, end: 4, pair: 0 },
      { start: 5, end: 9, pair: 1 },
      { start: 11, end: 13, pair: 1 },
    ]);
    expect(segs.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    expect(segs.map((s) => s.kind)).toEqual(["sentence", "gap", "sentence", "gap", "sentence"]);
    expect(segs.filter((s) => s.kind === "sentence").map((s) => (s.kind === "sentence" ? s.pair : -1))).toEqual([0, 1, 1]);
  });

  it("keeps leading and trailing text that no sentence covers", () => {
    const segs = sentenceSegments(10, [{ start: 2, end: 5, pair: 0 }]);
    expect(segs).toEqual([
      { kind: "gap", start: 0, end: 2 },
      { kind: "sentence", start: 2, end: 5, pair: 0, index: 0 },
      { kind: "gap", start: 5, end: 10 },
    ]);
  });

  it("never duplicates text when spans overlap or run past the end", () => {
    const segs = sentenceSegments(6, [
      { start: 0, end: 4, pair: 0 },
      { start: 2, end: 9, pair: 1 },
    ]);
    const covered = segs.reduce((n, s) => n + (s.end - s.start), 0);
    expect(covered).toBe(6);
  });

  it("renders an empty side as nothing", () => {
    expect(sentenceSegments(0, [])).toEqual([]);
  });
});

import { highlightRuns } from "./segments";

describe("highlightRuns", () => {
  it("returns one plain run when nothing is highlighted", () => {
    expect(highlightRuns(0, 10, [])).toEqual([{ start: 0, end: 10, highlights: [] }]);
  });

  it("splits overlapping highlights into runs covered by one or both", () => {
    const a = { id: "a", start: 2, end: 6 };
    const b = { id: "b", start: 4, end: 9 };
    const runs = highlightRuns(0, 10, [b, a]);
    expect(runs.map((r) => [r.start, r.end, r.highlights.map((h) => h.id).join("")])).toEqual([
      [0, 2, ""],
      [2, 4, "a"],
      [4, 6, "ab"],
      [6, 9, "b"],
      [9, 10, ""],
    ]);
  });

  it("nests a highlight inside a longer one, outermost first", () => {
    const outer = { id: "o", start: 0, end: 10 };
    const inner = { id: "i", start: 3, end: 5 };
    const runs = highlightRuns(0, 10, [inner, outer]);
    expect(runs.map((r) => r.highlights.map((h) => h.id).join(""))).toEqual(["o", "oi", "o"]);
  });

  it("clips highlights to the segment being rendered", () => {
    const runs = highlightRuns(5, 8, [{ id: "x", start: 0, end: 6 }]);
    expect(runs).toEqual([
      { start: 5, end: 6, highlights: [{ id: "x", start: 0, end: 6 }] },
      { start: 6, end: 8, highlights: [] },
    ]);
  });
});
