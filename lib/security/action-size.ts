// The size limit of a server-action request (lib/security/limits.json), for
// the two places that answer before Next would: the proxy (413 from the
// Content-Length) and the client (an input that would be refused is not sent).
import limits from "./limits.json";
import { fail, type ActionResult } from "@/lib/action-result";

export const ACTION_BODY_BYTES = limits.actionBodyBytes;

/** Whether a request body of `contentLength` (a Content-Length header) is over the limit. */
export function isOversizedBody(contentLength: string | null): boolean {
  const n = Number(contentLength);
  return Number.isFinite(n) && n > ACTION_BODY_BYTES;
}

/** The action's answer, or a localized "too large" failure without a round trip when `input` could not be sent. */
export function callWithinLimit<I, T>(action: (input: I) => Promise<ActionResult<T>>, input: I, tooLarge: string): Promise<ActionResult<T>> {
  // Next sends plain JSON arguments as JSON text, UTF-8 encoded.
  const bytes = new TextEncoder().encode(JSON.stringify([input])).length;
  if (bytes > ACTION_BODY_BYTES) return Promise.resolve(fail("VALIDATION", tooLarge));
  return action(input);
}
