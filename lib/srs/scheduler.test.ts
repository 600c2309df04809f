import { describe, expect, it } from "vitest";
import { newCardSchedule, previewIntervals, rateCard, STATE } from "./scheduler";
import { formatInterval } from "./format-interval";
import { streakDays, todayCounts, trueRetention } from "./study-stats";

const now = new Date("2026-03-01T09:00:00Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe("scheduling", () => {
  it("Good moves a card forward, each time further", () => {
    let card = newCardSchedule(now);
    let t = now;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = rateCard(card, 3, t);
      gaps.push(next.card.due.getTime() - t.getTime());
      card = next.card;
      t = card.due;
    }
    expect(card.state).toBe(STATE.Review);
    expect(gaps[0]).toBeGreaterThan(0);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]);
    expect(gaps[3]).toBeGreaterThan(DAY);
  });

  it("Again brings a reviewed card back within minutes and counts a lapse", () => {
    let card = newCardSchedule(now);
    card = rateCard(card, 4, now).card; // Easy: straight to review, days away
    expect(card.due.getTime() - now.getTime()).toBeGreaterThan(DAY);
    const later = card.due;
    const again = rateCard(card, 1, later);
    expect(again.card.due.getTime() - later.getTime()).toBeLessThanOrEqual(10 * MIN);
    expect(again.card.lapses).toBe(1);
    expect(again.log.state).toBe(STATE.Review);
    expect(again.log.rating).toBe(1);
  });

  it("previews one interval per rating, in increasing order", () => {
    const p = previewIntervals(newCardSchedule(now), now);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[2]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
    expect(p[1]).toBe(MIN);
  });
});

describe("formatInterval", () => {
  it("writes short labels in both languages", () => {
    expect(formatInterval(10 * MIN, "en")).toBe("10 min");
    expect(formatInterval(3 * DAY, "en")).toBe("3 d");
    expect(formatInterval(3 * DAY, "zh")).toBe("3天");
    expect(formatInterval(90 * MIN, "en")).toBe("1.5 h");
    expect(formatInterval(45 * DAY, "zh")).toBe("1.5个月");
    expect(formatInterval(400 * DAY, "en")).toBe("1.1 y");
    expect(formatInterval(5_000, "en")).toBe("1 min");
  });
});

describe("study stats", () => {
  const at = (days: number, hours = 0) => new Date(now.getTime() - days * DAY + hours * 3_600_000);
  it("counts a streak back from today, or from yesterday before today's first review", () => {
    const logs = (...days: number[]) => days.map((d) => ({ reviewedAt: at(d) }));
    expect(streakDays(logs(0, 1, 2, 4), now, "UTC")).toBe(3);
    expect(streakDays(logs(1, 2), now, "UTC")).toBe(2);
    expect(streakDays(logs(3), now, "UTC")).toBe(0);
  });
  it("counts days in the reader's time zone", () => {
    // 20:00 UTC on two evenings is two days in Los Angeles, but early morning
    // of the next day in Shanghai: yesterday's 20:00 is "today" there.
    const evenings = [at(1, 11), at(2, 11)];
    const logs = evenings.map((reviewedAt) => ({ reviewedAt, rating: 3, state: STATE.Review }));
    expect(todayCounts(logs, now, "America/Los_Angeles").total).toBe(0);
    expect(todayCounts(logs, now, "Asia/Shanghai").total).toBe(1);
    expect(streakDays(logs, now, "America/Los_Angeles")).toBe(2);
    expect(streakDays(logs, now, "Asia/Shanghai")).toBe(2);
  });
  it("computes true retention from graduated cards only", () => {
    const logs = [
      { reviewedAt: at(1), rating: 3, state: STATE.Review },
      { reviewedAt: at(1), rating: 1, state: STATE.Review },
      { reviewedAt: at(1), rating: 3, state: STATE.Review },
      { reviewedAt: at(1), rating: 1, state: STATE.Learning },
      { reviewedAt: at(1), rating: 3, state: STATE.Review },
    ];
    expect(trueRetention(logs)).toBe(0.75);
    expect(trueRetention([])).toBeNull();
  });
  it("splits today's ratings into new cards and reviews", () => {
    const logs = [
      { reviewedAt: at(0), rating: 3, state: STATE.New },
      { reviewedAt: at(0), rating: 3, state: STATE.Learning },
      { reviewedAt: at(1), rating: 3, state: STATE.New },
    ];
    expect(todayCounts(logs, now, "UTC")).toEqual({ newToday: 1, reviewsToday: 1, total: 2 });
  });
});
