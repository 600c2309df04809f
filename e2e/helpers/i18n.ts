import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, zh };

/** The interface strings of a locale, read from the same files the app uses. */
export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "zh" : "en";
}

/** Fills ICU-style `{name}` placeholders (enough for the plain messages the specs look up). */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
