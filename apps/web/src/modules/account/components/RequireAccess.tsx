import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { graphqlErrorCode } from "../../../lib/apollo.ts";
import { Notice } from "../../../ui/Notice.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { ErrorState, LoadingState } from "../../../ui/QueryState.tsx";
import { useViewer, type Viewer } from "../hooks/useViewer.ts";
import { signInPath } from "../utils/nextPath.ts";
import { type Audience, mayAccess, roleOrder } from "../utils/roles.ts";

export interface RequireAccessProps {
  audience: Exclude<Audience, "public">;
  /** The page, given the signed-in viewer who may see it. */
  children: (viewer: Viewer) => ReactNode;
}

/**
 * A page for signed-in users: the public is sent to the sign-in page (and comes back here
 * afterwards), a signed-in user without the right role sees why they cannot use it.
 * The API checks every request on its own; this only spares people a page that cannot work.
 */
export function RequireAccess({ audience, children }: RequireAccessProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, error, refetch } = useViewer();
  if (viewer === undefined) {
    return error ? (
      <ErrorState message={error.message} onRetry={refetch} />
    ) : (
      <LoadingState label={t("access.checking")} />
    );
  }
  if (viewer === null) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (!mayAccess(viewer.role, audience)) return <NoPermission viewer={viewer} audience={audience} />;
  return <>{children(viewer)}</>;
}

function NoPermission({ viewer, audience }: { viewer: Viewer; audience: Audience }) {
  const { t } = useTranslation();
  const required = roleOrder
    .filter((role) => mayAccess(role, audience))
    .map((role) => t("access.roleQuoted", { role: t(`roles.${role}`) }))
    .join(", ");
  return (
    <>
      <PageHeader title={t("access.noPermissionTitle")} />
      <Notice tone="info" className="narrow">
        <p>{t("access.noPermissionText", { required, name: viewer.name, role: t(`roles.${viewer.role}`) })}</p>
        <Link to="/">{t("access.home")}</Link>
      </Notice>
    </>
  );
}

/**
 * A query error on a protected page: the API's FORBIDDEN and UNAUTHENTICATED (e.g. the
 * session ended in another tab) get their own explanation, anything else the usual error.
 */
export function AccessErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const code = graphqlErrorCode(error);
  if (code === "FORBIDDEN") {
    return (
      <Notice tone="error" role="alert">
        {t("access.noPermissionApi")}
      </Notice>
    );
  }
  if (code === "UNAUTHENTICATED") {
    return (
      <Notice tone="error" role="alert">
        <p>{t("access.sessionExpired")}</p>
        <Link to={signInPath(`${location.pathname}${location.search}`)}>{t("access.signInAgain")}</Link>
      </Notice>
    );
  }
  return <ErrorState message={error.message} onRetry={onRetry} />;
}
