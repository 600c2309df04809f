import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { signOut } from "@/features/auth/actions";
import { getSessionUser } from "@/lib/auth";

export async function UserMenu() {
  const t = await getTranslations("Nav");
  const user = await getSessionUser();
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
    <form action={signOut} className="user-menu">
      <span className="user-email" title={t("signedInAs", { email: user.email })}>
        {user.email}
      </span>
      <button type="submit">{t("signOut")}</button>
    </form>
  );
}
