import "server-only";
import { cookies } from "next/headers";
import { isTimeZone } from "@/lib/time/calendar-day";
import { TIME_ZONE_COOKIE } from "./time-zone-cookie";

const serverTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** The reader's IANA time zone from the request's cookie, or the server's when it is missing or not a zone. */
export async function requestTimeZone(): Promise<string> {
  const raw = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  let zone: string | undefined;
  try {
    zone = raw ? decodeURIComponent(raw) : undefined;
  } catch {
    zone = undefined; // malformed escape
  }
  return isTimeZone(zone) ? zone : serverTimeZone();
}
