// The address a visitor reached the app at, for absolute links that leave
// the app (export files). `next start` reports its own listening address in
// request.url (http://localhost:3000), which is useless on another machine.

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export interface OriginSources {
  /** APP_URL, when set: wins over everything the request says. */
  appUrl?: string;
  /** TRUST_PROXY=1: the X-Forwarded-* headers come from our own reverse proxy. */
  trustProxy?: boolean;
  requestUrl: string;
  headers: Pick<Headers, "get">;
}

function firstValue(v: string | null): string | null {
  return v?.split(",")[0]?.trim() || null;
}

/** Origin (scheme://host[:port]) of the app as the visitor sees it: APP_URL, else the request's Host, else request.url. */
export function publicOrigin({ appUrl, trustProxy, requestUrl, headers }: OriginSources): string {
  if (appUrl) {
    try {
      const u = new URL(appUrl);
      if (u.protocol === "http:" || u.protocol === "https:") return u.origin;
    } catch {
      // An unusable APP_URL falls through to the request.
    }
  }
  const url = new URL(requestUrl);
  const host = (trustProxy ? firstValue(headers.get("x-forwarded-host")) : null) ?? headers.get("host");
  const proto = (trustProxy ? firstValue(headers.get("x-forwarded-proto")) : null) ?? url.protocol.replace(/:$/, "");
  if (!host || !HOST.test(host) || (proto !== "http" && proto !== "https")) return url.origin;
  return `${proto}://${host.toLowerCase()}`;
}

/** publicOrigin for a route handler's request, with the app's environment. */
export function requestOrigin(req: Request): string {
  return publicOrigin({ appUrl: process.env.APP_URL, trustProxy: process.env.TRUST_PROXY === "1", requestUrl: req.url, headers: req.headers });
}
