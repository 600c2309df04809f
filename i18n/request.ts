import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Publication dates are calendar dates (yyyy-mm-dd, parsed as UTC midnight): format them in UTC, or a
    // server west of Greenwich shows the day before.
    timeZone: "UTC",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
