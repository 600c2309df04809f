import { expect, it } from "vitest";
import { makeSlug } from "./slug";

it("keeps the Latin words of a title and adds a suffix", () => {
  expect(makeSlug("The Limits of AI: Part 2", () => "abc123")).toBe("the-limits-of-ai-part-2-abc123");
  expect(makeSlug("Café déjà vu", () => "x")).toBe("cafe-deja-vu-x");
});

it("falls back to 'text' for titles without Latin letters", () => {
  expect(makeSlug("人工智能的极限", () => "q1w2e3")).toBe("text-q1w2e3");
});
