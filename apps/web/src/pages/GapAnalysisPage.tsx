import { useTranslation } from "react-i18next";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { GapAnalysis } from "../modules/gap-analysis/components/GapAnalysis.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

/**
 * Gap analysis (/bedarfsluecken) for planners and admins: needs versus offers per area, a
 * bivariate map, the ranked list of gaps and scenarios of planned offers. The settings live in
 * the URL; the scenario stays on the page and is never saved.
 */
export function GapAnalysisPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess audience="planning">
      {() => (
        <>
          <PageHeader title={t("gaps.title")} lead={t("gaps.lead")} />
          <GapAnalysis />
        </>
      )}
    </RequireAccess>
  );
}
