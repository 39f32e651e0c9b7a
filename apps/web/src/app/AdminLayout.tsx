import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet } from "react-router";
import { useViewer } from "../modules/account/hooks/useViewer.ts";
import { LoadingState } from "../ui/QueryState.tsx";
import { SectionNav } from "../ui/SectionNav.tsx";
import { adminSections, adminSectionsFor } from "./adminSections.ts";

/**
 * "Verwaltung": its pages under a sub-navigation of the parts the viewer may use. With only
 * one part (planners) there is nothing to choose, so no sub-navigation. Each page still
 * checks access itself (RequireAccess).
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const sections = adminSectionsFor(viewer?.role);
  return (
    <>
      {sections.length > 1 ? (
        <SectionNav
          label={t("admin.sections")}
          items={sections.map((section) => ({ to: section.to, label: t(section.label) }))}
        />
      ) : null}
      {/* Here, not only in the shell, so the sub-navigation stays while a page loads. */}
      <Suspense fallback={<LoadingState label={t("app.loadingPage")} />}>
        <Outlet />
      </Suspense>
    </>
  );
}

/**
 * "/verwaltung" itself (the main navigation links here): the first part the viewer may use.
 * Everybody else goes to the first part, whose page sends them to sign in or says why not.
 */
export function AdminIndex() {
  const { t } = useTranslation();
  const { viewer, error } = useViewer();
  if (viewer === undefined && !error) return <LoadingState label={t("access.checking")} />;
  const home = adminSectionsFor(viewer?.role)[0] ?? adminSections[0];
  return <Navigate to={home?.to ?? "/"} replace />;
}
