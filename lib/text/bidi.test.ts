import { describe, expect, it } from "vitest";
import { showBidiControls } from "./bidi";

describe("showBidiControls", () => {
  it("makes overrides, embeddings, isolates and marks visible", () => {
    expect(showBidiControls("\u202Egnp.exe")).toBe("[U+202E]gnp.exe");
    expect(showBidiControls("a\u2066b\u2069c\u200Fd\u061C")).toBe("a[U+2066]b[U+2069]c[U+200F]d[U+061C]");
  });

  it("leaves right-to-left and CJK text alone", () => {
    expect(showBidiControls("שלום 人工智能 abc")).toBe("שלום 人工智能 abc");
  });
});
