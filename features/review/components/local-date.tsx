"use client";

/**
 * A date in the interface language, in the reader's own time zone. The server
 * renders it in its zone; the browser may differ by a day near midnight, which
 * is why the text (only) may change at hydration.
 */
export function LocalDate({ iso, locale }: { iso: string; locale: string }) {
  const text = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", { dateStyle: "medium" }).format(new Date(iso));
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
