import { NextIntlClientProvider, type Locale } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type ClientPart } from "./client-namespaces";

/** Gives the client components below only `part`'s message namespaces (i18n/client-namespaces.ts). */
export async function ClientMessages({ part, children }: { part: ClientPart; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, part)}>{children}</NextIntlClientProvider>;
}

/** A segment's layout that gives the client components of its pages `part`'s namespaces. */
export function clientMessagesLayout(part: ClientPart) {
  return async function ClientMessagesLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
    // Next renders a layout apart from its parents: without the locale set here, next-intl would read it from
    // the request headers, which turns the cached pages into per-request ones.
    setRequestLocale((await params).locale as Locale);
    return <ClientMessages part={part}>{children}</ClientMessages>;
  };
}
