import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteObject } from "react-router";
import { loadPageTexts } from "../i18n/i18n.ts";
import { AdminIndex, AdminLayout } from "./AdminLayout.tsx";
import { Layout } from "./Layout.tsx";
import { RouteError } from "./RouteError.tsx";

/**
 * A page in its own chunk, shown once the chunk and the pages' texts are there: the first
 * screen loads only the shell, the atlas and their texts.
 */
function lazyPage<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadPageTexts()]);
    return { default: module[name] };
  });
}

// The atlas is the first screen: its texts are in the shell (see i18n.ts).
const AtlasPage = lazy(() => import("../pages/AtlasPage.tsx").then((m) => ({ default: m.AtlasPage })));
const AreasPage = lazyPage(() => import("../pages/AreasPage.tsx"), "AreasPage");
const AreaPage = lazyPage(() => import("../pages/AreaPage.tsx"), "AreaPage");
const ComparePage = lazyPage(() => import("../pages/ComparePage.tsx"), "ComparePage");
const PreparationPage = lazyPage(() => import("../pages/PreparationPage.tsx"), "PreparationPage");
const IndicatorsPage = lazyPage(() => import("../pages/IndicatorsPage.tsx"), "IndicatorsPage");
const IndicatorPage = lazyPage(() => import("../pages/IndicatorPage.tsx"), "IndicatorPage");
const IndicatorEditPage = lazyPage(() => import("../pages/IndicatorPage.tsx"), "IndicatorEditPage");
const IndicatorCreatePage = lazyPage(() => import("../pages/IndicatorPage.tsx"), "IndicatorCreatePage");
const SignInPage = lazyPage(() => import("../pages/SignInPage.tsx"), "SignInPage");
const ChangePasswordPage = lazyPage(() => import("../pages/ChangePasswordPage.tsx"), "ChangePasswordPage");
const AccountLinkPage = lazyPage(() => import("../pages/AccountLinkPage.tsx"), "AccountLinkPage");
const UsersPage = lazyPage(() => import("../pages/UsersPage.tsx"), "UsersPage");
const UserCreatePage = lazyPage(() => import("../pages/UserCreatePage.tsx"), "UserCreatePage");
const UserEditPage = lazyPage(() => import("../pages/UserEditPage.tsx"), "UserEditPage");
const ChangesPage = lazyPage(() => import("../pages/ChangesPage.tsx"), "ChangesPage");
const IndexWorkbenchPage = lazyPage(() => import("../pages/IndexWorkbenchPage.tsx"), "IndexWorkbenchPage");
const DataPage = lazyPage(() => import("../pages/DataPage.tsx"), "DataPage");
const DirectoryPage = lazyPage(() => import("../pages/DirectoryPage.tsx"), "DirectoryPage");
const OfferDetailPage = lazyPage(() => import("../pages/OfferDetailPage.tsx"), "OfferDetailPage");
const OfferManagementPage = lazyPage(() => import("../pages/OfferManagementPage.tsx"), "OfferManagementPage");
const OfferCreatePage = lazyPage(() => import("../pages/OfferEditorPage.tsx"), "OfferCreatePage");
const OfferEditPage = lazyPage(() => import("../pages/OfferEditorPage.tsx"), "OfferEditPage");
const GapAnalysisPage = lazyPage(() => import("../pages/GapAnalysisPage.tsx"), "GapAnalysisPage");
const NotFoundPage = lazyPage(() => import("../pages/NotFoundPage.tsx"), "NotFoundPage");

export const routes: RouteObject[] = [
  {
    path: "/",
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <AtlasPage /> },
      { path: "gebiete", element: <AreasPage /> },
      { path: "gebiete/:code", element: <AreaPage /> },
      { path: "vergleich", element: <ComparePage /> },
      { path: "indikatoren", element: <IndicatorsPage /> },
      { path: "indikatoren/neu", element: <IndicatorCreatePage /> },
      { path: "indikatoren/:key", element: <IndicatorPage /> },
      { path: "indikatoren/:key/bearbeiten", element: <IndicatorEditPage /> },
      { path: "programme", element: <PreparationPage section="programmes" /> },
      { path: "angebote", element: <DirectoryPage /> },
      { path: "angebote/verwalten", element: <OfferManagementPage /> },
      { path: "angebote/neu", element: <OfferCreatePage /> },
      { path: "angebote/:id", element: <OfferDetailPage /> },
      { path: "angebote/:id/bearbeiten", element: <OfferEditPage /> },
      { path: "bedarfsluecken", element: <GapAnalysisPage /> },
      { path: "massnahmen", element: <PreparationPage section="measures" /> },
      { path: "berichte", element: <PreparationPage section="reports" /> },
      { path: "indizes", element: <IndexWorkbenchPage /> },
      { path: "indizes/:key", element: <IndexWorkbenchPage /> },
      { path: "daten", element: <DataPage /> },
      { path: "anmelden", element: <SignInPage /> },
      { path: "konto/passwort", element: <ChangePasswordPage /> },
      // The API builds these links (apps/api/src/modules/account/account.resolvers.ts).
      { path: "einladung", element: <AccountLinkPage kind="invitation" /> },
      { path: "passwort-zuruecksetzen", element: <AccountLinkPage kind="reset" /> },
      {
        path: "verwaltung",
        element: <AdminLayout />,
        children: [
          { index: true, element: <AdminIndex /> },
          { path: "benutzer", element: <UsersPage /> },
          { path: "benutzer/neu", element: <UserCreatePage /> },
          { path: "benutzer/:id", element: <UserEditPage /> },
          { path: "aenderungen", element: <ChangesPage /> },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
