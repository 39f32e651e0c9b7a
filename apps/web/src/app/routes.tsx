import { lazy } from "react";
import type { RouteObject } from "react-router";
import { AdminIndex, AdminLayout } from "./AdminLayout.tsx";
import { Layout } from "./Layout.tsx";
import { RouteError } from "./RouteError.tsx";

// Each page is its own chunk: the first screen loads only the shell and the page it shows.
const AtlasPage = lazy(() => import("../pages/AtlasPage.tsx").then((m) => ({ default: m.AtlasPage })));
const AreasPage = lazy(() => import("../pages/AreasPage.tsx").then((m) => ({ default: m.AreasPage })));
const AreaPage = lazy(() => import("../pages/AreaPage.tsx").then((m) => ({ default: m.AreaPage })));
const ComparePage = lazy(() => import("../pages/ComparePage.tsx").then((m) => ({ default: m.ComparePage })));
const PreparationPage = lazy(() =>
  import("../pages/PreparationPage.tsx").then((m) => ({ default: m.PreparationPage })),
);
const IndicatorsPage = lazy(() => import("../pages/IndicatorsPage.tsx").then((m) => ({ default: m.IndicatorsPage })));
const IndicatorPage = lazy(() => import("../pages/IndicatorPage.tsx").then((m) => ({ default: m.IndicatorPage })));
const IndicatorEditPage = lazy(() =>
  import("../pages/IndicatorPage.tsx").then((m) => ({ default: m.IndicatorEditPage })),
);
const IndicatorCreatePage = lazy(() =>
  import("../pages/IndicatorPage.tsx").then((m) => ({ default: m.IndicatorCreatePage })),
);
const SignInPage = lazy(() => import("../pages/SignInPage.tsx").then((m) => ({ default: m.SignInPage })));
const ChangePasswordPage = lazy(() =>
  import("../pages/ChangePasswordPage.tsx").then((m) => ({ default: m.ChangePasswordPage })),
);
const AccountLinkPage = lazy(() =>
  import("../pages/AccountLinkPage.tsx").then((m) => ({ default: m.AccountLinkPage })),
);
const UsersPage = lazy(() => import("../pages/UsersPage.tsx").then((m) => ({ default: m.UsersPage })));
const UserCreatePage = lazy(() => import("../pages/UserCreatePage.tsx").then((m) => ({ default: m.UserCreatePage })));
const UserEditPage = lazy(() => import("../pages/UserEditPage.tsx").then((m) => ({ default: m.UserEditPage })));
const ChangesPage = lazy(() => import("../pages/ChangesPage.tsx").then((m) => ({ default: m.ChangesPage })));
const IndexWorkbenchPage = lazy(() =>
  import("../pages/IndexWorkbenchPage.tsx").then((m) => ({ default: m.IndexWorkbenchPage })),
);
const DataPage = lazy(() => import("../pages/DataPage.tsx").then((m) => ({ default: m.DataPage })));
const NotFoundPage = lazy(() => import("../pages/NotFoundPage.tsx").then((m) => ({ default: m.NotFoundPage })));

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
      { path: "angebote", element: <PreparationPage section="offers" /> },
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
