"use server";

import { ok, type ActionResult } from "@/lib/action-result";

/**
 * Does nothing. The health page times a round trip through it, and
 * `npm run bench:annotations` uses it as the framework's own ceiling for a
 * server action, to compare createHighlights against.
 */
export async function noopAction(): Promise<ActionResult<null>> {
  return ok(null);
}
