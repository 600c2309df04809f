import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";

vi.mock("server-only", () => ({}));
vi.mock("next-intl/server", () => ({ getTranslations: async (ns: string) => (key: string) => `${ns}.${key}` }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => ({ id: "alice", name: "alice", email: "alice@example.test" }) }));

const { signedInAction } = await import("./server-action");
const busy = new Prisma.PrismaClientKnownRequestError("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "6.19.3" });

describe("signedInAction", () => {
  it("answers a database too busy to take the write with a localized 'try again', not a thrown error (a 500)", async () => {
    const result = await signedInAction("Annotations", { n: 1 }, z.object({ n: z.number() }), async () => {
      throw busy;
    });
    expect(result).toEqual({ ok: false, error: { code: "RATE_LIMITED", message: "Security.busy" } });
  });
  it("still throws any other error, and runs the action with the parsed input", async () => {
    await expect(signedInAction("Annotations", {}, z.object({}), async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
    expect(await signedInAction("Annotations", { n: 2 }, z.object({ n: z.number() }), async ({ data, user }) => ({ ok: true as const, data: `${user.id}:${data.n}` }))).toEqual({ ok: true, data: "alice:2" });
  });
});
