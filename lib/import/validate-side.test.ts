import { describe, expect, it } from "vitest";
import { checkSide, decodeUtf8, MAX_SIDE_BYTES } from "./validate-side";

describe("checkSide", () => {
  it("accepts ordinary Chinese and English text", () => {
    expect(checkSide("近两年人工智能的发展不可谓不快。", "zh")).toBeNull();
    expect(checkSide("AI has developed rapidly.", "en")).toBeNull();
  });
  it("rejects an empty or whitespace-only side", () => {
    expect(checkSide("  \n\t ", "zh")).toBe("EMPTY");
  });
  it("rejects more than 2 MB of UTF-8", () => {
    expect(checkSide("字".repeat(MAX_SIDE_BYTES / 3 + 1), "zh")).toBe("TOO_LARGE");
    expect(checkSide("字".repeat(Math.floor(MAX_SIDE_BYTES / 3)), "zh")).toBeNull();
  });
  it("rejects binary content", () => {
    expect(checkSide("PK\u0003\u0004\u0000\u0000binary", "en")).toBe("BINARY");
    expect(checkSide("caf\ufffd au lait", "en")).toBe("BINARY");
  });
  it("rejects a Chinese side with no Chinese", () => {
    expect(checkSide("This is English pasted on the wrong side.", "zh")).toBe("NO_CHINESE");
    expect(checkSide("An English text that names 北京 once, among many other words here.", "zh")).toBe("NO_CHINESE");
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    expect(decodeUtf8(new TextEncoder().encode("\ufeff你好"))).toBe("你好");
  });
  it("returns null for bytes that are not UTF-8 (e.g. GBK)", () => {
    expect(decodeUtf8(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toBeNull();
  });
});
