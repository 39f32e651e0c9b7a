import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { IndicatorCatalogueDocument } from "../generated/documents/indicator.ts";
import { useViewer } from "../modules/account/hooks/useViewer.ts";
import { mayAccess } from "../modules/account/utils/roles.ts";
import { IndicatorCatalogue } from "../modules/indicator/components/IndicatorCatalogue.tsx";
import { IndicatorExplorer } from "../modules/indicator/components/IndicatorExplorer.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { LoadingState, QueryState } from "../ui/QueryState.tsx";

/**
 * `/indikatoren`: the indicator explorer (time series, distribution, scatter of chosen
 * indicators and areas; the view in the URL) and the catalogue of indicator definitions.
 */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const catalogue = useQuery(IndicatorCatalogueDocument);
  return (
    <>
      <PageHeader title={t("indicators.title")} lead={t("indicators.lead")} />
      <QueryState
        data={catalogue.dataState === "complete" ? catalogue.data.indicators.edges.map((edge) => edge.node) : undefined}
        error={catalogue.error}
        loading={
          <div className="page-placeholder">
            <LoadingState />
          </div>
        }
        onRetry={() => void catalogue.refetch()}
      >
        {(indicators) => (
          <>
            {/* Without indicators there is nothing to explore; the catalogue says so (and planners may add one). */}
            {indicators.length > 0 ? <IndicatorExplorer indicators={indicators} /> : null}
            <IndicatorCatalogue indicators={indicators} canEdit={mayAccess(viewer?.role, "planning")} />
          </>
        )}
      </QueryState>
    </>
  );
}
