import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatters } from "../../../i18n/format.ts";
import { downloadCsv } from "../../../lib/download.ts";
import { SelectField } from "../../../ui/FormField.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { useCellText } from "../hooks/useCellText.ts";
import { useTickFormat } from "../hooks/useChartText.ts";
import { useCsvValue } from "../hooks/useCsvValue.ts";
import { useElementWidth } from "../hooks/useElementWidth.ts";
import { useIndicatorSeries } from "../hooks/useIndicatorSeries.ts";
import { useStichtagFormat } from "../hooks/useStichtag.ts";
import { allAreasColour, chosenAreaColour } from "../utils/chartStyle.ts";
import { csvFileName } from "../utils/csv.ts";
import { type ExplorerContext, effectiveDate, type IndicatorMeta, nameWithUnit } from "../utils/explorer.ts";
import { type HistogramBin, histogram, median } from "../utils/statistics.ts";
import { countLeftOut, type ValueCell } from "../utils/values.ts";
import { ChartPanel } from "./ChartPanel.tsx";
import { ChartState } from "./ChartStates.tsx";
import { DateSelect } from "./DateSelect.tsx";

const height = 300;

interface Model {
  date: string;
  /** Every area of the level with its cell (sorted by code). */
  entries: Array<{ code: string; name: string; cell: ValueCell | undefined }>;
  bins: HistogramBin[];
  /** Bin index of each chosen area with a value. */
  binOf: Map<string, number>;
  median: number | null;
}

export interface DistributionChartProps {
  indicators: readonly IndicatorMeta[];
  indicator: IndicatorMeta;
  context: ExplorerContext;
  onIndicatorChange: (key: string) => void;
  onDateChange: (date: string) => void;
}

/**
 * How one indicator is distributed over all areas of the level at one Stichtag: a histogram
 * of round bins, the bins of the chosen areas marked with their names.
 */
export function DistributionChart({
  indicators,
  indicator,
  context,
  onIndicatorChange,
  onDateChange,
}: DistributionChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatDate = useStichtagFormat();
  const cellText = useCellText();
  const csvValue = useCsvValue();
  const { data: series, error, retry } = useIndicatorSeries(indicator.key, context.level, context.districtCodes);

  const model = useMemo<Model | undefined>(() => {
    if (!series) return undefined;
    const date = effectiveDate(series.dates, context.date);
    const cells = date ? series.cells.get(date) : undefined;
    const entries = [...context.areas.values()]
      .map((area) => ({ code: area.code, name: area.name, cell: cells?.get(area.code) }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const shown = entries.flatMap((entry) =>
      entry.cell?.kind === "value" ? [{ code: entry.code, value: entry.cell.value }] : [],
    );
    const bins = histogram(shown);
    const binOf = new Map<string, number>();
    bins.forEach((bin, index) => {
      for (const code of bin.codes) binOf.set(code, index);
    });
    return { date: date ?? "", entries, bins, binOf, median: median(shown.map((entry) => entry.value)) };
  }, [series, context]);

  const title = t("indicators.distribution.title", { name: nameWithUnit(indicator) });
  const rangeText = (bin: HistogramBin) =>
    t("indicators.distribution.range", {
      from: format.number(bin.from, indicator.decimals),
      to: format.number(bin.to, indicator.decimals),
    });
  const leftOut = model ? countLeftOut(model.entries.map((entry) => entry.cell)) : { suppressed: 0, missing: 0 };
  const chosen = new Set(context.selected.map((area) => area.code));

  const download = model
    ? () =>
        downloadCsv(
          csvFileName("verteilung", indicator.key, context.level, model.date),
          [
            t("indicators.csv.indicator"),
            t("indicators.csv.date"),
            t("indicators.csv.code"),
            t("indicators.csv.area"),
            t("indicators.csv.value"),
            t("indicators.csv.unit"),
            t("indicators.csv.binFrom"),
            t("indicators.csv.binTo"),
            t("indicators.csv.chosen"),
            t("indicators.csv.note"),
          ],
          model.entries.map((entry) => {
            const bin = model.bins[model.binOf.get(entry.code) ?? -1];
            const [value, note] = csvValue(entry.cell);
            return [
              indicator.key,
              model.date,
              entry.code,
              entry.name,
              value,
              indicator.unit,
              bin?.from ?? null,
              bin?.to ?? null,
              chosen.has(entry.code) ? t("indicators.csv.yes") : t("indicators.csv.no"),
              note,
            ];
          }),
        )
    : null;

  const notShown = model?.entries.filter((entry) => entry.cell?.kind !== "value") ?? [];
  const table = model ? (
    <>
      <DataTable label={t("indicators.distribution.tableLabel", { name: indicator.name })}>
        <caption className="visually-hidden">
          {t("indicators.distribution.tableLabel", { name: indicator.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("indicators.columns.range", { unit: indicator.unit })}</th>
            <th scope="col" className="num">
              {t("indicators.columns.areaCount")}
            </th>
            <th scope="col">{t("indicators.columns.chosenAreas")}</th>
          </tr>
        </thead>
        <tbody>
          {model.bins.map((bin) => (
            <tr key={bin.from}>
              <th scope="row">{rangeText(bin)}</th>
              <td className="num">{format.number(bin.codes.length)}</td>
              <td>
                {context.selected
                  .filter((area) => bin.codes.includes(area.code))
                  .map((area) => area.name)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {notShown.length > 0 ? (
        <DataTable label={t("indicators.distribution.notShownLabel")}>
          <caption className="visually-hidden">{t("indicators.distribution.notShownLabel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("indicators.columns.area")}</th>
              <th scope="col">{t("indicators.columns.code")}</th>
              <th scope="col">{t("indicators.columns.why")}</th>
            </tr>
          </thead>
          <tbody>
            {notShown.map((entry) => (
              <tr key={entry.code}>
                <th scope="row">{entry.name}</th>
                <td className="code">{entry.code}</td>
                <td>{cellText(entry.cell, indicator.decimals)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </>
  ) : null;

  const notes = model ? (
    <>
      {model.bins.length > 0 ? (
        <p className="chart-note">
          {t("indicators.distribution.summary", {
            count: model.entries.length - notShown.length,
            areas: t(`levels.${context.level}.other`),
            date: formatDate(model.date),
            median: model.median === null ? t("common.noValue") : format.number(model.median, indicator.decimals),
          })}
        </p>
      ) : null}
      {leftOut.suppressed > 0 ? (
        <p className="chart-note">{t("indicators.chart.suppressedLeftOut", { count: leftOut.suppressed })}</p>
      ) : null}
      {leftOut.missing > 0 ? (
        <p className="chart-note">{t("indicators.chart.missingLeftOut", { count: leftOut.missing })}</p>
      ) : null}
    </>
  ) : null;

  return (
    <ChartPanel
      title={title}
      height={height}
      controls={
        <div className="chart-panel__selects">
          <SelectField
            label={t("indicators.distribution.indicator")}
            value={indicator.key}
            onChange={(event) => onIndicatorChange(event.target.value)}
          >
            {indicators.map((option) => (
              <option key={option.key} value={option.key}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <DateSelect dates={series?.dates} value={model?.date || null} onChange={onDateChange} />
        </div>
      }
      chart={
        <ChartState
          data={model}
          error={error}
          onRetry={retry}
          empty={(data) =>
            data.entries.length === 0
              ? t("indicators.distribution.noAreas")
              : data.bins.length === 0
                ? t("indicators.distribution.noValues", { areas: t(`levels.${context.level}.other`) })
                : null
          }
        >
          {(data) => <DistributionPlot indicator={indicator} context={context} model={data} rangeText={rangeText} />}
        </ChartState>
      }
      notes={notes}
      table={table}
      onDownload={download}
    />
  );
}

function DistributionPlot({
  indicator,
  context,
  model,
  rangeText,
}: {
  indicator: IndicatorMeta;
  context: ExplorerContext;
  model: Model;
  rangeText: (bin: HistogramBin) => string;
}) {
  const { t } = useTranslation();
  const tick = useTickFormat();
  const [box, width] = useElementWidth<HTMLDivElement>(560);
  const chosenInBin = model.bins.map((bin) =>
    context.selected.filter((area) => bin.codes.includes(area.code)).map((area) => area.name),
  );
  const rows = model.bins.map((bin, index) => ({
    range: `${tick(bin.from)}–${tick(bin.to)}`,
    count: bin.codes.length,
    marked: (chosenInBin[index] ?? []).join(", "),
    label: rangeText(bin),
  }));
  const chosenNames = context.selected.map((area) => area.name).join(", ");
  return (
    <div ref={box} className="chart-plot">
      <BarChart
        width={width}
        height={height}
        data={rows}
        margin={{ top: 28, right: 16, bottom: 4, left: 8 }}
        barCategoryGap={2}
        accessibilityLayer={false}
        role="img"
        aria-label={t("indicators.distribution.chartLabel", {
          name: nameWithUnit(indicator),
          count: model.bins.length,
          chosen: chosenNames || t("indicators.distribution.noneChosen"),
        })}
      >
        <CartesianGrid stroke="#e3e8ee" vertical={false} />
        <XAxis dataKey="range" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
        <Tooltip
          labelFormatter={(_, payload) => String(payload[0]?.payload?.label ?? "")}
          formatter={(value) => [String(value), t("indicators.columns.areaCount")]}
        />
        <Bar dataKey="count" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell
              key={row.range}
              fill={row.marked ? chosenAreaColour : allAreasColour}
              stroke={row.marked ? "#7a2f00" : "none"}
            />
          ))}
          <LabelList dataKey="marked" position="top" style={{ fontSize: 12, fontWeight: 600, fill: "#1a2230" }} />
        </Bar>
      </BarChart>
    </div>
  );
}
