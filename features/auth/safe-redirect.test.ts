import { expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

it("keeps same-site paths and rejects everything else", () => {
  expect(safeNextPath("/en/texts/ai-limits?pair=3#p3")).toBe("/en/texts/ai-limits?pair=3#p3");
  expect(safeNextPath("https://evil.example/")).toBe("/");
  expect(safeNextPath("//evil.example/")).toBe("/");
  expect(safeNextPath("/\\evil.example")).toBe("/");
  expect(safeNextPath(undefined, "/zh")).toBe("/zh");
});
