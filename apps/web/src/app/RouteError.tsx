import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { Button } from "../ui/Button.tsx";

/**
 * Shown when a page throws while rendering or its code cannot be loaded (e.g. an old tab after
 * a new release): reloading fetches the current code.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : undefined;
  return (
    <main className="app-main route-error" role="alert">
      <title>{`${t("routeError.title")} · ${t("app.titleSuffix")}`}</title>
      <h1>{t("routeError.title")}</h1>
      <p>{t("routeError.text")}</p>
      {detail ? <p className="muted">{detail}</p> : null}
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t("routeError.reload")}
      </Button>
    </main>
  );
}
