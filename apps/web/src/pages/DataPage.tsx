import { useTranslation } from "react-i18next";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { DataImport } from "../modules/data-import/components/DataImport.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

/**
 * Data (/daten) for planners and admins: upload indicator values (CSV) and area boundaries
 * (GeoJSON), check them, confirm and follow the import. What is uploaded (?kind=) and how it
 * is described (?manifest=) live in the URL.
 */
export function DataPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess audience="planning">
      {() => (
        <>
          <PageHeader title={t("dataImport.title")} lead={t("dataImport.lead")} />
          <DataImport />
        </>
      )}
    </RequireAccess>
  );
}
