import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "./client-address";

const h = (init: Record<string, string>) => new Headers(init);

describe("clientAddress", () => {
  it("is the socket's address by default, whatever X-Forwarded-For says", () => {
    const headers = h({ [SOCKET_ADDRESS_HEADER]: "::ffff:198.51.100.7", "x-forwarded-for": "203.0.113.1" });
    expect(clientAddress(headers, false)).toBe("198.51.100.7");
    expect(clientAddress(h({ [SOCKET_ADDRESS_HEADER]: "2001:db8::1" }), false)).toBe("2001:db8::1");
  });

  it("with TRUST_PROXY is the last forwarded entry, the one the proxy appended", () => {
    const headers = h({ [SOCKET_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "10.9.9.9, 203.0.113.1" });
    expect(clientAddress(headers, true)).toBe("203.0.113.1");
    // No forwarded header at all: the socket still counts.
    expect(clientAddress(h({ [SOCKET_ADDRESS_HEADER]: "127.0.0.1" }), true)).toBe("127.0.0.1");
  });

  it("falls back to one shared key when nothing is known", () => {
    expect(clientAddress(h({}), false)).toBe("unknown");
  });
});
