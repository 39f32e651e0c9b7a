import { useTranslation } from "react-i18next";
import { PageHeader } from "../ui/PageHeader.tsx";

// Placeholder while the page is being built (issue 7).
export function OfferCreatePage() {
  const { t } = useTranslation();
  return <PageHeader title={t("offerAdmin.title")} />;
}

export function OfferEditPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("offerAdmin.title")} />;
}
