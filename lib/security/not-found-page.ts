// The 404 page for a path the proxy refuses (lib/security/safe-path.ts). It
// is answered by the proxy itself: a path that cannot be percent-decoded
// makes Next's route matcher throw (a 500) for any page the proxy could
// rewrite to, because Next matches the page's params against the original
// URL. A small static page in the visitor's language, with no script.
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

const MESSAGES = { en, zh } as const;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function notFoundPage(locale: keyof typeof MESSAGES): string {
  const m = MESSAGES[locale];
  return `<!doctype html><html lang="${locale === "zh" ? "zh-Hans" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(m.NotFound.title)} · ${escape(m.Metadata.title)}</title><style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:40rem;padding:0 1rem;line-height:1.5}</style></head><body><main><h1>${escape(m.NotFound.title)}</h1><p>${escape(m.NotFound.body)}</p><p><a href="/${locale}">${escape(m.NotFound.back)}</a></p></main></body></html>`;
}
