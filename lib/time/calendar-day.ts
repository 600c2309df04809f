// Calendar days in the reader's own time zone. "Today" for daily limits,
// streaks and "due today" must turn over at the reader's midnight, not the
// server's: a learner in Beijing studying on a server that runs on UTC would
// otherwise get a new day at 8 a.m.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** An IANA time zone name this runtime knows (e.g. "Asia/Shanghai"). */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 64) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a time zone. */
function fields(d: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(d)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second };
}

/** "YYYY-MM-DD" of the instant's calendar day in the time zone. */
export function dayKey(d: Date, timeZone: string): string {
  const f = fields(d, timeZone);
  return `${f.year}-${String(f.month).padStart(2, "0")}-${String(f.day).padStart(2, "0")}`;
}

/** The key of the day `days` after (or before, if negative) the day `key`. Pure calendar arithmetic. */
export function shiftDayKey(key: string, days: number): string {
  const [y, m, d] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(d: Date, timeZone: string): number {
  const f = fields(d, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
}

/** The first instant of the day `key` in the time zone (midnight, or the first hour after a DST gap). */
export function startOfDayKey(key: string, timeZone: string): Date {
  const [y, m, d] = key.split("-").map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  // The offset at the guess can differ from the offset at the answer across a DST change: correct once more.
  let t = midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  t = midnightUtc - offsetMinutes(new Date(t), timeZone) * 60_000;
  // In a zone whose clocks skip midnight, that instant reads as the day before; the day starts an hour later.
  while (dayKey(new Date(t), timeZone) < key) t += 3_600_000;
  return new Date(t);
}

export function startOfDay(d: Date, timeZone: string): Date {
  return startOfDayKey(dayKey(d, timeZone), timeZone);
}

export function endOfDay(d: Date, timeZone: string): Date {
  return startOfDayKey(shiftDayKey(dayKey(d, timeZone), 1), timeZone);
}
