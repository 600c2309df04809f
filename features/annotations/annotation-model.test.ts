import { describe, expect, it } from "vitest";
import { annotationItems, counterpartOf, type ParagraphLike } from "./annotation-model";
import type { HighlightDTO } from "./types";

const h = (over: Partial<HighlightDTO>): HighlightDTO => ({
  id: "h",
  paragraphId: "p0",
  paragraphIndex: 0,
  lang: "zh",
  start: 0,
  end: 2,
  quote: "近两",
  prefix: "",
  suffix: "",
  annotationId: "h",
  color: "yellow",
  status: "exact",
  createdAt: "",
  updatedAt: "",
  ...over,
});

const para: ParagraphLike = {
  id: "p0",
  index: 0,
  zh: "第一句。第二句。",
  en: "First. Second.",
  zhSentences: [
    { start: 0, end: 4, pair: 0 },
    { start: 4, end: 8, pair: 1 },
  ],
  enSentences: [
    { start: 0, end: 6, pair: 0 },
    { start: 7, end: 14, pair: 1 },
  ],
};

describe("annotationItems", () => {
  it("groups highlights of one selection, attaches the group's note, and sorts in reading order", () => {
    const items = annotationItems({
      textSlug: "t",
      highlights: [
        h({ id: "b", paragraphIndex: 2, annotationId: "g" }),
        h({ id: "a", paragraphIndex: 1, annotationId: "g" }),
        h({ id: "c", paragraphIndex: 0, start: 5, annotationId: "c" }),
      ],
      notes: [{ id: "n", annotationId: "g", body: "note", tags: [], updatedAt: "" }],
    });
    expect(items.map((i) => i.noteKey)).toEqual(["c", "g"]);
    expect(items[1].highlights.map((x) => x.id)).toEqual(["a", "b"]);
    expect(items[1].note?.body).toBe("note");
  });

  it("marks an annotation an orphan only when none of its parts could be placed", () => {
    const items = annotationItems({ textSlug: "t", highlights: [h({ status: "orphan" })], notes: [] });
    expect(items[0].orphan).toBe(true);
  });
});

describe("counterpartOf", () => {
  it("returns the English sentences aligned with a Chinese highlight", () => {
    const c = counterpartOf([h({ start: 5, end: 7 })], new Map([["p0", para]]));
    expect(c).toEqual({ lang: "en", text: "Second.", sentenceKeys: ["0.1"] });
  });
});
