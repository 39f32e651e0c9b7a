import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../ui/Button.tsx";

export interface ChartPanelProps {
  title: string;
  /** Selects above the chart (indicator, axes). */
  controls?: ReactNode;
  /** The chart in its state (loading, error, empty, chart); drawn into a box of fixed height. */
  chart: ReactNode;
  /** Notes under the chart: what is left out and why, what the reference line is. */
  notes?: ReactNode;
  /** The data table behind the chart; null while there is no data. */
  table: ReactNode | null;
  /** Builds and offers the CSV file; null while there is no data. */
  onDownload: (() => void) | null;
  /** Height of the chart box, reserved before the data arrives. */
  height?: number;
}

/**
 * One chart with what belongs to it: a button that shows the same data as a table, a CSV
 * download and notes. The box keeps its height in every state, so nothing jumps.
 */
export function ChartPanel({ title, controls, chart, notes, table, onDownload, height = 320 }: ChartPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <section className="chart-panel" aria-labelledby={`${id}-title`}>
      <div className="chart-panel__head">
        <h3 id={`${id}-title`} className="chart-panel__title">
          {title}
        </h3>
        <div className="chart-panel__actions">
          <Button
            size="sm"
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
            disabled={table === null}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t("indicators.chart.hideTable") : t("indicators.chart.showTable")}
          </Button>
          <Button size="sm" disabled={onDownload === null} onClick={() => onDownload?.()}>
            {t("indicators.chart.downloadCsv")}
          </Button>
        </div>
      </div>
      {controls ? <div className="chart-panel__controls">{controls}</div> : null}
      <div className="chart-box" style={{ height }}>
        {chart}
      </div>
      {notes ? <div className="chart-panel__notes">{notes}</div> : null}
      <div id={`${id}-table`} className="chart-panel__table">
        {showTable && table !== null ? table : null}
      </div>
    </section>
  );
}
