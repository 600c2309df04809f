import { describe, expect, it } from "vitest";
import { dayKey, endOfDay, isTimeZone, shiftDayKey, startOfDay } from "./calendar-day";

describe("calendar days in a time zone", () => {
  const instant = new Date("2026-03-01T20:30:00Z");

  it("puts one instant on different days in different zones", () => {
    expect(dayKey(instant, "UTC")).toBe("2026-03-01");
    expect(dayKey(instant, "Asia/Shanghai")).toBe("2026-03-02"); // 04:30 the next morning
    expect(dayKey(instant, "America/Los_Angeles")).toBe("2026-03-01"); // 12:30
  });

  it("finds the zone's midnight", () => {
    expect(startOfDay(instant, "Asia/Shanghai").toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(endOfDay(instant, "Asia/Shanghai").toISOString()).toBe("2026-03-02T16:00:00.000Z");
    expect(startOfDay(instant, "America/Los_Angeles").toISOString()).toBe("2026-03-01T08:00:00.000Z");
    expect(startOfDay(instant, "UTC").toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("copes with daylight-saving changes: a 23-hour and a 25-hour day", () => {
    const springForward = new Date("2026-03-08T19:00:00Z"); // Los Angeles, the day clocks go forward
    expect(endOfDay(springForward, "America/Los_Angeles").getTime() - startOfDay(springForward, "America/Los_Angeles").getTime()).toBe(23 * 3_600_000);
    const fallBack = new Date("2026-11-01T19:00:00Z");
    expect(endOfDay(fallBack, "America/Los_Angeles").getTime() - startOfDay(fallBack, "America/Los_Angeles").getTime()).toBe(25 * 3_600_000);
  });

  it("starts a day whose midnight does not exist at the first hour after the gap", () => {
    // Santiago skips from 00:00 to 01:00 on the first Sunday of September.
    const d = startOfDay(new Date("2026-09-06T15:00:00Z"), "America/Santiago");
    expect(dayKey(d, "America/Santiago")).toBe("2026-09-06");
    expect(dayKey(new Date(d.getTime() - 1), "America/Santiago")).toBe("2026-09-05");
  });

  it("shifts day keys across months and years", () => {
    expect(shiftDayKey("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDayKey("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("accepts IANA names only", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});
