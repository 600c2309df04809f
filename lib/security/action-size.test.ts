import { describe, expect, it, vi } from "vitest";
import { ok } from "@/lib/action-result";
import { ACTION_BODY_BYTES, callWithinLimit, isOversizedBody } from "./action-size";

describe("action size limit", () => {
  it("reads Content-Length", () => {
    expect(isOversizedBody(String(ACTION_BODY_BYTES))).toBe(false);
    expect(isOversizedBody(String(ACTION_BODY_BYTES + 1))).toBe(true);
    expect(isOversizedBody(null)).toBe(false);
  });

  it("does not send an input over the limit, counting UTF-8 bytes", async () => {
    const action = vi.fn(async (input: { zh: string }) => ok(input.zh.length));
    // 2.2 M Chinese characters are 6.6 MB of UTF-8, though fewer UTF-16 units than the limit.
    expect(await callWithinLimit(action, { zh: "汉".repeat(2_200_000) }, "too large")).toEqual({ ok: false, error: { code: "VALIDATION", message: "too large" } });
    expect(action).not.toHaveBeenCalled();
    expect(await callWithinLimit(action, { zh: "汉字" }, "too large")).toEqual(ok(2));
  });
});
