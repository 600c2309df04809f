// The address a request came from, for the per-client sign-in and sign-up
// limits (features/auth/throttle.ts).
//
// By default that is the TCP peer: the socket's remote address, which a
// client cannot choose. Next does not hand route code the socket, and the
// X-Forwarded-For it fills in keeps whatever the client sent, so
// instrumentation.ts stamps every incoming request with SOCKET_ADDRESS_HEADER
// (overwriting any value the client sent) before Next sees it.
//
// Behind a reverse proxy every request comes from the proxy's address; with
// TRUST_PROXY=1 the client is the last X-Forwarded-For entry instead, the one
// that proxy appended. Without it that header is ignored: keying on a value
// the client writes would let one client dodge the limit, or slow down others.
import type { IncomingMessage } from "node:http";

export const SOCKET_ADDRESS_HEADER = "x-reader-socket-address";

/** Writes the socket's address onto the request's headers, replacing any value the client sent. */
export function stampSocketAddress(req: IncomingMessage): void {
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
}

/** IPv4 peers on a dual-stack socket read "::ffff:1.2.3.4": one client, one key. */
function normalize(address: string): string {
  return address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

export function clientAddress(headers: Headers, trustProxy = process.env.TRUST_PROXY === "1"): string {
  if (trustProxy) {
    const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean).at(-1);
    if (forwarded) return normalize(forwarded);
  }
  return normalize(headers.get(SOCKET_ADDRESS_HEADER) ?? "") || "unknown";
}
