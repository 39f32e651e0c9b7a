// The explorer's charts. Loaded as their own chunk (with Recharts) only when indicators are
// chosen, so the rest of the app never waits for the charting code.
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../ui/QueryState.tsx";
import type { ExplorerContext, IndicatorMeta } from "../utils/explorer.ts";
import { distributionIndicator, type ExplorerParams, scatterAxes } from "../utils/explorerParams.ts";
import { DistributionChart } from "./DistributionChart.tsx";
import { ScatterChart } from "./ScatterChart.tsx";
import { TimeSeriesChart } from "./TimeSeriesChart.tsx";

export interface ExplorerChartsProps {
  /** The chosen indicators, in the order chosen (at least one). */
  indicators: readonly IndicatorMeta[];
  context: ExplorerContext;
  view: ExplorerParams;
  onViewChange: (view: ExplorerParams) => void;
}

export function ExplorerCharts({ indicators, context, view, onViewChange }: ExplorerChartsProps) {
  const { t } = useTranslation();
  const byKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));
  const distribution = byKey.get(distributionIndicator(view) ?? "");
  const axes = scatterAxes(view);
  const x = byKey.get(axes.x ?? "");
  const y = byKey.get(axes.y ?? "");

  return (
    <>
      <section className="explorer-section" aria-labelledby="explorer-time-series">
        <h2 id="explorer-time-series">{t("indicators.timeSeries.heading")}</h2>
        <p className="explorer-section__lead">{t("indicators.timeSeries.lead")}</p>
        <div className="chart-grid">
          {indicators.map((indicator) => (
            <TimeSeriesChart key={indicator.key} indicator={indicator} context={context} />
          ))}
        </div>
      </section>
      <section className="explorer-section" aria-labelledby="explorer-distribution">
        <h2 id="explorer-distribution">{t("indicators.distribution.heading")}</h2>
        <p className="explorer-section__lead">
          {t("indicators.distribution.lead", { areas: t(`levels.${context.level}.other`) })}
        </p>
        {distribution ? (
          <DistributionChart
            indicators={indicators}
            indicator={distribution}
            context={context}
            onIndicatorChange={(key) => onViewChange({ ...view, distribution: key })}
            onDateChange={(date) => onViewChange({ ...view, date })}
          />
        ) : null}
      </section>
      <section className="explorer-section" aria-labelledby="explorer-scatter">
        <h2 id="explorer-scatter">{t("indicators.scatter.heading")}</h2>
        <p className="explorer-section__lead">{t("indicators.scatter.lead")}</p>
        {x && y ? (
          <ScatterChart
            indicators={indicators}
            x={x}
            y={y}
            context={context}
            onAxesChange={(next) => onViewChange({ ...view, ...next })}
            onDateChange={(date) => onViewChange({ ...view, date })}
          />
        ) : (
          <EmptyState>{t("indicators.scatter.chooseTwo")}</EmptyState>
        )}
      </section>
    </>
  );
}
