import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth";
import { fail, type ActionResult } from "@/lib/action-result";
import { isDatabaseBusy } from "@/lib/database-busy";

// The shared start of every signed-in server action: the user from the
// session (never from the client: an action is a public endpoint), the input
// through zod, and a localized failure when either is missing. Each domain's
// actions pass their message namespace, which must hold
// errors.unauthenticated and errors.invalid, and may map zod issues to
// more precise messages.

type Namespace = "Annotations" | "Review" | "Import" | "Vocabulary" | "Manage" | "Books" | "SentenceFix";
export type Translator = (key: string, values?: Record<string, string | number>) => string;

type Failure = Extract<ActionResult<never>, { ok: false }>;

export interface ActionContext<D> {
  user: SessionUser;
  data: D;
  t: Translator;
}

export async function signedInAction<S extends z.ZodType, R>(
  namespace: Namespace,
  input: unknown,
  schema: S,
  run: (ctx: ActionContext<z.output<S>>) => Promise<ActionResult<R>>,
  onInvalid?: (t: Translator, error: z.ZodError) => Failure,
): Promise<ActionResult<R>> {
  const t = (await getTranslations(namespace)) as unknown as Translator;
  try {
    const user = await getSessionUser();
    if (!user) return fail("UNAUTHENTICATED", t("errors.unauthenticated"));
    const parsed = schema.safeParse(input);
    if (!parsed.success) return onInvalid ? onInvalid(t, parsed.error) : fail("VALIDATION", t("errors.invalid"));
    return await run({ user, data: parsed.data, t });
  } catch (err) {
    // A burst wider than the database can take: a clear "try again" instead of a 500.
    if (!isDatabaseBusy(err)) throw err;
    const security = await getTranslations("Security");
    return fail("RATE_LIMITED", security("busy"));
  }
}
