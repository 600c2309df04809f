// Short interval labels for the rating buttons ("10 min", "3 d"). Written by
// hand rather than with Intl.NumberFormat's unit style, whose short English
// forms ("3 days", "2 mths") are longer than a button wants and differ
// between ICU versions (server and browser would disagree in hydration).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const UNITS = {
  en: { min: "min", h: "h", d: "d", mo: "mo", y: "y" },
  zh: { min: "分钟", h: "小时", d: "天", mo: "个月", y: "年" },
} as const;

export type IntervalLocale = keyof typeof UNITS;

/** One decimal below 10 ("1.5 y"), whole numbers above; never "0". */
function amount(value: number): string {
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return String(Math.max(rounded, 1));
}

export function formatInterval(ms: number, locale: string): string {
  const u = UNITS[locale === "zh" ? "zh" : "en"];
  const sep = locale === "zh" ? "" : " ";
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}${sep}${u.min}`;
  if (ms < DAY) return `${amount(ms / HOUR)}${sep}${u.h}`;
  if (ms < MONTH) return `${Math.round(ms / DAY)}${sep}${u.d}`;
  if (ms < YEAR) return `${amount(ms / MONTH)}${sep}${u.mo}`;
  return `${amount(ms / YEAR)}${sep}${u.y}`;
}
