import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useViewer } from "../hooks/useViewer.ts";
import { signInPath } from "../utils/nextPath.ts";

// Only signed-in users need the menu (and signing out): the public's first screen goes without it.
const AccountMenu = lazy(() => import("./AccountMenu.tsx").then((m) => ({ default: m.AccountMenu })));

/** The header's account corner: a sign-in link for the public, the account menu when signed in. */
export function UserMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, error } = useViewer();
  // Keeps the header from jumping while the session is being checked.
  if (viewer === undefined && !error) return <span className="user-menu user-menu--pending" />;
  // Signed out, or the session could not be checked: signing in is the way forward either way.
  if (!viewer) {
    return (
      <Link
        className="btn btn--sm btn--secondary user-menu__sign-in"
        to={signInPath(location.pathname + location.search)}
      >
        {t("userMenu.signIn")}
      </Link>
    );
  }
  return (
    <Suspense fallback={<span className="user-menu user-menu--pending" />}>
      <AccountMenu viewer={viewer} />
    </Suspense>
  );
}
