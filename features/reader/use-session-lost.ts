"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@/i18n/navigation";
import { viewerKey } from "@/features/shell/use-viewer";
import { SignedOutError } from "@/features/annotations/query-options";
import type { useToasts } from "@/features/annotations/components/toasts";

/** The paragraph pair at the top of the screen, so signing in again brings the reader back there. */
function pairInView(): number {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-pair]"))) {
    if (el.getBoundingClientRect().bottom > 120) return Number(el.dataset.pair);
  }
  return 0;
}

/**
 * The session ended while the page was open (signed out in another tab, or
 * expired). The highlights already shown stay, read-only; one toast says so
 * with a sign-in link back to the same spot, however many actions then fail;
 * the header asks again who is signed in, so it stops offering "Sign out".
 */
export function useSessionLost(textSlug: string, queryError: unknown, toasts: ReturnType<typeof useToasts>) {
  const t = useTranslations("ReaderExtras");
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [lost, setLost] = useState(false);
  const lose = useCallback(() => setLost(true), []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the query reports the lost session as its error
    if (queryError instanceof SignedOutError) setLost(true);
  }, [queryError]);

  const { push } = toasts;
  // Once per lost session: refreshing the header re-renders with new translation functions.
  const told = useRef(false);
  useEffect(() => {
    if (!lost || told.current) return;
    told.current = true;
    const next = `/${locale}/texts/${textSlug}#pair-${pairInView()}`;
    push({ kind: "error", message: t("sessionLost"), link: { label: t("signInAgain"), href: `/${locale}/sign-in?next=${encodeURIComponent(next)}` } });
    router.refresh();
    void queryClient.invalidateQueries({ queryKey: viewerKey });
  }, [lost, locale, textSlug, push, t, router, queryClient]);

  return { lost, lose };
}
