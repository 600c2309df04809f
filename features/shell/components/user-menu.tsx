"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/i18n/navigation";
import { signOut } from "@/features/auth/actions";
import { useViewer, viewerKey, type Viewer } from "@/features/shell/use-viewer";

/**
 * When someone else signs in without a page load (sign-out, then another account: both only navigate), the
 * last user's cached marks, notes and library must not show for them. A lost session keeps its own data on
 * screen, read-only (features/reader/use-session-lost.ts), so only a different account clears it.
 */
function useForgetOtherUsersData(email: string | null | undefined) {
  const queryClient = useQueryClient();
  const lastUser = useRef<string | null>(null);
  useEffect(() => {
    if (!email) return;
    if (lastUser.current !== null && lastUser.current !== email) queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== viewerKey[0] });
    lastUser.current = email;
  }, [email, queryClient]);
}

/** Sign-in links or the signed-in email; the layout is shared with cached pages, so the browser asks who is signed in. */
export function UserMenu() {
  const t = useTranslations("Nav");
  const queryClient = useQueryClient();
  const { data } = useViewer();
  useForgetOtherUsersData(data?.user?.email);
  // Nothing until the answer: a "Sign in" link that turns into an email would flash for every signed-in reader.
  if (!data) return <span className="user-menu" aria-busy="true" />;
  const user = data.user;
  if (!user) {
    return (
      <span className="user-menu">
        <Link href="/sign-in">{t("signIn")}</Link>
        <Link href="/sign-up" className="button-link">
          {t("signUp")}
        </Link>
      </span>
    );
  }
  return (
    <form
      action={async (formData) => {
        // Nobody from now on: the page sign-out lands on may already be mounted (the library, when leaving it),
        // and must not ask for this user's data with a cookie that is about to go.
        queryClient.setQueryData<Viewer>(viewerKey, { user: null });
        try {
          await signOut(formData);
        } finally {
          void queryClient.invalidateQueries({ queryKey: viewerKey });
        }
      }}
      className="user-menu"
    >
      <span className="user-email" title={t("signedInAs", { email: user.email })}>
        {user.email}
      </span>
      <button type="submit">{t("signOut")}</button>
    </form>
  );
}
