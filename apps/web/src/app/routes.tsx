import { lazy } from "react";
import type { RouteObject } from "react-router";
import { Layout } from "./Layout.tsx";
import { RouteError } from "./RouteError.tsx";

// Each page is its own chunk: the first screen loads only the shell and the page it shows.
const AtlasPage = lazy(() => import("../pages/AtlasPage.tsx").then((m) => ({ default: m.AtlasPage })));
const AreasPage = lazy(() => import("../pages/AreasPage.tsx").then((m) => ({ default: m.AreasPage })));
const AreaPage = lazy(() => import("../pages/AreaPage.tsx").then((m) => ({ default: m.AreaPage })));
const PreparationPage = lazy(() =>
  import("../pages/PreparationPage.tsx").then((m) => ({ default: m.PreparationPage })),
);
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
      { path: "indikatoren", element: <PreparationPage section="indicators" /> },
      { path: "programme", element: <PreparationPage section="programmes" /> },
      { path: "angebote", element: <PreparationPage section="offers" /> },
      { path: "massnahmen", element: <PreparationPage section="measures" /> },
      { path: "berichte", element: <PreparationPage section="reports" /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
