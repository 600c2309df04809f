import { defineRouting } from "next-intl/routing";

/** The cookie next-intl keeps a visitor's locale in (its default name, named here for proxy.ts's memo). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const routing = defineRouting({
  locales: ["en", "zh"],
  defaultLocale: "en",
  localeCookie: { name: LOCALE_COOKIE },
});

export type AppLocale = (typeof routing.locales)[number];
