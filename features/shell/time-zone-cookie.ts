// The reader's time zone travels to the server in a cookie, so that server
// code can count "today" the way the reader does (daily limits, streaks,
// "due today": lib/time/calendar-day.ts). An inline script in the layout sets
// it before anything else runs, on every page, so it follows a reader who
// travels; the server falls back to its own zone until the first page load.

export const TIME_ZONE_COOKIE = "tz";

export const timeZoneCookieScript = `(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(!z)return;var v=encodeURIComponent(z);if(document.cookie.indexOf("${TIME_ZONE_COOKIE}="+v)<0)document.cookie="${TIME_ZONE_COOKIE}="+v+"; path=/; max-age=31536000; samesite=lax"}catch(e){}})();`;
