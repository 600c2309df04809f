import type { ActionResult } from "@/lib/action-result";

/** What a failed action shows: its localized message, and per-field messages for a form. */
export type ActionFailure = { message: string; fields?: Record<string, string> };

/**
 * An action's result as a value or a thrown ActionFailure, for react-query
 * mutations; a network failure (the action never answered) becomes `generic`.
 */
export async function unwrapAction<T>(p: Promise<ActionResult<T>>, generic: string): Promise<T> {
  let r: ActionResult<T>;
  try {
    r = await p;
  } catch {
    throw { message: generic } satisfies ActionFailure;
  }
  if (!r.ok) throw { message: r.error.message, fields: r.error.fields } satisfies ActionFailure;
  return r.data;
}
