import { useTranslation } from "react-i18next";
import { Atlas } from "../modules/atlas/components/Atlas.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

export function AtlasPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("atlas.title")} lead={t("atlas.lead")}>
        <p className="page-header__hint">{t("atlas.howTo")}</p>
      </PageHeader>
      <Atlas />
    </>
  );
}
