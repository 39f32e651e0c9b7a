import { useQuery } from "@apollo/client/react";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ExplorerAreasDocument } from "../../../generated/documents/indicator.ts";
import type { AreaLevel, ExplorerAreasQuery } from "../../../generated/graphql.ts";
import { SelectField } from "../../../ui/FormField.tsx";
import { EmptyState, LoadingState, QueryState } from "../../../ui/QueryState.tsx";
import { isAreaLevel } from "../../area/utils/levels.ts";
import { useExplorerParams } from "../hooks/useExplorerParams.ts";
import type { ExplorerContext, IndicatorMeta } from "../utils/explorer.ts";
import { changeLevel, toggleArea, toggleIndicator } from "../utils/explorerParams.ts";
import type { ExplorerArea } from "../utils/references.ts";
import { AreaPicker } from "./AreaPicker.tsx";
import { ChosenIndicators } from "./IndicatorMetadata.tsx";
import { IndicatorPicker } from "./IndicatorPicker.tsx";

const ExplorerCharts = lazy(() => import("./ExplorerCharts.tsx").then((m) => ({ default: m.ExplorerCharts })));

const levels: readonly AreaLevel[] = ["STADT", "BEZIRK", "PROGNOSERAUM", "BEZIRKSREGION", "PLANUNGSRAUM"];

function toExplorerAreas(areas: ExplorerAreasQuery["areas"]): ExplorerArea[] {
  return areas.map((area) => {
    const district = area.level === "BEZIRK" ? area : area.ancestors.find((ancestor) => ancestor.level === "BEZIRK");
    return {
      code: area.code,
      name: area.name,
      level: area.level,
      districtCode: district?.code ?? null,
      districtName: district?.name ?? null,
    };
  });
}

/**
 * The indicator explorer: indicators and areas chosen on the left, charts of them on the
 * right. The whole view is in the URL (see explorerParams.ts).
 */
export function IndicatorExplorer({ indicators }: { indicators: readonly IndicatorMeta[] }) {
  const { t } = useTranslation();
  const { view, setView } = useExplorerParams();
  const areasQuery = useQuery(ExplorerAreasDocument, { variables: { level: view.level } });
  const areas = useMemo(
    () => (areasQuery.dataState === "complete" ? toExplorerAreas(areasQuery.data.areas) : undefined),
    [areasQuery.dataState, areasQuery.data],
  );

  const byKey = useMemo(() => new Map(indicators.map((indicator) => [indicator.key, indicator])), [indicators]);
  const chosen = view.indicators.flatMap((key) => {
    const indicator = byKey.get(key);
    return indicator ? [indicator] : [];
  });

  const context = useMemo<ExplorerContext | undefined>(() => {
    if (!areas) return undefined;
    const byCode = new Map(areas.map((area) => [area.code, area]));
    const selected = view.areas.flatMap((code) => {
      const area = byCode.get(code);
      return area ? [area] : [];
    });
    const below = view.level !== "STADT" && view.level !== "BEZIRK";
    const districtCodes = below
      ? [...new Set(selected.flatMap((area) => (area.districtCode ? [area.districtCode] : [])))].sort()
      : [];
    return { level: view.level, areas: byCode, selected, districtCodes, date: view.date };
  }, [areas, view.areas, view.level, view.date]);

  return (
    <div className="explorer">
      <aside className="explorer__controls" aria-label={t("indicators.controls")}>
        <section className="explorer-panel" aria-labelledby="explorer-indicators">
          <h2 id="explorer-indicators" className="explorer-panel__title">
            {t("indicators.picker.heading")}
          </h2>
          <IndicatorPicker
            indicators={indicators}
            chosen={view.indicators}
            onToggle={(key) => setView(toggleIndicator(view, key))}
          />
        </section>
        <section className="explorer-panel" aria-labelledby="explorer-areas">
          <h2 id="explorer-areas" className="explorer-panel__title">
            {t("indicators.areaPicker.heading")}
          </h2>
          <SelectField
            label={t("indicators.areaPicker.level")}
            hint={t("indicators.areaPicker.levelHint")}
            value={view.level}
            onChange={(event) => {
              if (isAreaLevel(event.target.value)) setView(changeLevel(view, event.target.value));
            }}
          >
            {levels.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}.other`)}
              </option>
            ))}
          </SelectField>
          <QueryState
            data={areas}
            error={areasQuery.error}
            loading={<LoadingState label={t("indicators.areaPicker.loading")} />}
            onRetry={() => void areasQuery.refetch()}
          >
            {(list) => (
              <AreaPicker
                areas={list}
                chosen={context?.selected ?? []}
                query={view.query}
                onQueryChange={(query) => setView({ ...view, query }, { replace: true })}
                onToggle={(code) => setView(toggleArea(view, code))}
              />
            )}
          </QueryState>
        </section>
      </aside>
      <div className="explorer__main">
        {chosen.length === 0 ? (
          <EmptyState>{t("indicators.chooseIndicators")}</EmptyState>
        ) : (
          <>
            <ChosenIndicators indicators={chosen} />
            {context ? (
              <Suspense fallback={<LoadingState label={t("indicators.loadingCharts")} />}>
                <ExplorerCharts
                  indicators={chosen}
                  context={context}
                  view={view}
                  onViewChange={(next) => setView(next)}
                />
              </Suspense>
            ) : areasQuery.error ? null : (
              <LoadingState label={t("indicators.loadingCharts")} />
            )}
          </>
        )}
      </div>
    </div>
  );
}
