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
