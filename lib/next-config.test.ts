import { describe, expect, it } from "vitest";
import { BACKUP_MAX_BYTES } from "@/lib/export/backup";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../next.config.js") as { experimental: { proxyClientMaxBodySize: number } };

describe("next.config.js", () => {
  it("lets a backup of the largest accepted size through the proxy whole", () => {
    expect(config.experimental.proxyClientMaxBodySize).toBeGreaterThan(BACKUP_MAX_BYTES);
  });
});
