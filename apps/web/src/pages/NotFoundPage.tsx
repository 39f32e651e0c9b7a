import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { PageHeader } from "../ui/PageHeader.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title={t("notFound.title")} lead={t("notFound.text", { path: pathname })} />
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </>
  );
}
