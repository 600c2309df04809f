// Every server action returns this union, so the client handles success and
// failure the same way everywhere, and never has to parse thrown errors.

export type ActionErrorCode =
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INVALID_CREDENTIALS"
  | "INTERNAL";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ActionErrorCode; message: string; fields?: Record<string, string> } };

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

export const fail = (
  code: ActionErrorCode,
  message: string,
  fields?: Record<string, string>,
): { ok: false; error: { code: ActionErrorCode; message: string; fields?: Record<string, string> } } => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
