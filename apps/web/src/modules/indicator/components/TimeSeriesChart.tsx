import { type Key, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, Symbols, Tooltip, XAxis, YAxis } from "recharts";
import { downloadCsv } from "../../../lib/download.ts";
import { DataTable } from "../../../ui/Table.tsx";
import { useCellText } from "../hooks/useCellText.ts";
import { useReferenceLabel, useTickFormat } from "../hooks/useChartText.ts";
import { useCsvValue } from "../hooks/useCsvValue.ts";
import { useElementWidth } from "../hooks/useElementWidth.ts";
import { type IndicatorSeries, useIndicatorSeries } from "../hooks/useIndicatorSeries.ts";
import { useStichtagFormat } from "../hooks/useStichtag.ts";
import { referenceStyle, type SeriesShape, seriesStyle } from "../utils/chartStyle.ts";
import { csvFileName } from "../utils/csv.ts";
import { type ExplorerContext, type IndicatorMeta, nameWithUnit } from "../utils/explorer.ts";
import { isRatio, type ReferenceLine, referenceLines } from "../utils/references.ts";
import { countLeftOut, type ValueCell } from "../utils/values.ts";
import { ChartPanel } from "./ChartPanel.tsx";
import { ChartState } from "./ChartStates.tsx";

const height = 300;

interface Model {
  series: IndicatorSeries;
  references: ReferenceLine[];
  /** Cells of the chosen areas by Stichtag and code. */
  cellAt: (date: string, code: string) => ValueCell | undefined;
}

/**
 * The values of one indicator over time: a line per chosen area and the reference lines of
 * the city and the Bezirke. With a single Stichtag the values are points, and a note says so.
 */
export function TimeSeriesChart({ indicator, context }: { indicator: IndicatorMeta; context: ExplorerContext }) {
  const { t } = useTranslation();
  const formatDate = useStichtagFormat();
  const cellText = useCellText();
  const referenceLabel = useReferenceLabel(context.level);
  const csvValue = useCsvValue();
  const whyMedian = (status: NonNullable<ReferenceLine["status"]>) =>
    status === "SUM" ? t("indicators.reference.sumNotComparable") : t(`indicators.cell.${status}`);
  const { data: series, error, retry } = useIndicatorSeries(indicator.key, context.level, context.districtCodes);

  const model = useMemo<Model | undefined>(() => {
    if (!series) return undefined;
    const areas = [...context.areas.values()];
    return {
      series,
      references: referenceLines(series, context.level, context.selected, areas, isRatio(indicator)),
      cellAt: (date, code) => series.cells.get(date)?.get(code),
    };
  }, [series, context, indicator]);

  const title = nameWithUnit(indicator);
  const chosenCells = model
    ? model.series.dates.flatMap((date) => context.selected.map((area) => model.cellAt(date, area.code)))
    : [];
  const leftOut = countLeftOut(chosenCells);
  const medianReferences = model?.references.filter((line) => line.kind === "median") ?? [];

  const download = model
    ? () => {
        const rows = model.series.dates.flatMap((date) => [
          ...context.selected.map((area) => {
            const [value, note] = csvValue(model.cellAt(date, area.code));
            return [indicator.key, date, area.code, area.name, value, indicator.unit, note];
          }),
          ...model.references.map((line) => [
            indicator.key,
            date,
            line.code,
            referenceLabel(line),
            line.values.get(date) ?? null,
            indicator.unit,
            line.status ? t("indicators.csv.median", { name: line.name, why: whyMedian(line.status) }) : "",
          ]),
        ]);
        downloadCsv(
          csvFileName("zeitreihe", indicator.key, context.level),
          [
            t("indicators.csv.indicator"),
            t("indicators.csv.date"),
            t("indicators.csv.code"),
            t("indicators.csv.area"),
            t("indicators.csv.value"),
            t("indicators.csv.unit"),
            t("indicators.csv.note"),
          ],
          rows,
        );
      }
    : null;

  const table = model ? (
    <DataTable label={t("indicators.timeSeries.tableLabel", { name: title })}>
      <caption className="visually-hidden">{t("indicators.timeSeries.tableLabel", { name: title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("indicators.columns.date")}</th>
          {context.selected.map((area) => (
            <th key={area.code} scope="col" className="num">
              {area.name}
            </th>
          ))}
          {model.references.map((line) => (
            <th key={line.id} scope="col" className="num">
              {referenceLabel(line)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.series.dates.map((date) => (
          <tr key={date}>
            <th scope="row">{formatDate(date)}</th>
            {context.selected.map((area) => (
              <td key={area.code} className="num">
                {cellText(model.cellAt(date, area.code), indicator.decimals)}
              </td>
            ))}
            {model.references.map((line) => {
              const value = line.values.get(date) ?? null;
              return (
                <td key={line.id} className="num">
                  {cellText(value === null ? undefined : { kind: "value", value, rounded: false }, indicator.decimals)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  ) : null;

  const notes = model ? (
    <>
      {model.series.dates.length === 1 && model.series.dates[0] ? (
        <p className="chart-note chart-note--info">
          {t("indicators.timeSeries.oneDate", { date: formatDate(model.series.dates[0]) })}
        </p>
      ) : null}
      {context.selected.length === 0 && model.series.dates.length > 0 ? (
        <p className="chart-note">{t("indicators.timeSeries.chooseAreas")}</p>
      ) : null}
      {leftOut.suppressed > 0 ? (
        <p className="chart-note">{t("indicators.chart.suppressedLeftOut", { count: leftOut.suppressed })}</p>
      ) : null}
      {leftOut.missing > 0 ? (
        <p className="chart-note">{t("indicators.chart.missingLeftOut", { count: leftOut.missing })}</p>
      ) : null}
      {medianReferences.map((line) => (
        <p key={line.id} className="chart-note">
          {t("indicators.reference.medianNote", {
            name: line.name,
            why: line.status ? whyMedian(line.status) : "",
            median: referenceLabel(line),
          })}
        </p>
      ))}
    </>
  ) : null;

  return (
    <ChartPanel
      title={title}
      height={height}
      chart={
        <ChartState
          data={model}
          error={error}
          onRetry={retry}
          empty={(data) => {
            if (data.series.dates.length === 0) return t("indicators.timeSeries.noValues", { name: indicator.name });
            if (data.references.length > 0) return null;
            if (context.selected.length === 0) return t("indicators.timeSeries.chooseAreas");
            const drawable = data.series.dates.some((date) =>
              context.selected.some((area) => data.cellAt(date, area.code)?.kind === "value"),
            );
            return drawable ? null : t("indicators.timeSeries.nothingToDraw");
          }}
        >
          {(data) => <TimeSeriesPlot indicator={indicator} context={context} model={data} />}
        </ChartState>
      }
      notes={notes}
      table={table}
      onDownload={download}
    />
  );
}

function TimeSeriesPlot({
  indicator,
  context,
  model,
}: {
  indicator: IndicatorMeta;
  context: ExplorerContext;
  model: Model;
}) {
  const { t } = useTranslation();
  const formatDate = useStichtagFormat();
  const tick = useTickFormat();
  const referenceLabel = useReferenceLabel(context.level);
  const [box, width] = useElementWidth<HTMLDivElement>(560);
  const rows = model.series.dates.map((date) => {
    const row: Record<string, string | number | null> = { date: formatDate(date) };
    context.selected.forEach((area, index) => {
      const cell = model.cellAt(date, area.code);
      row[`a${index}`] = cell?.kind === "value" ? cell.value : null;
    });
    model.references.forEach((line, index) => {
      row[`r${index}`] = line.values.get(date) ?? null;
    });
    return row;
  });
  const names = [...context.selected.map((area) => area.name), ...model.references.map(referenceLabel)].join(", ");

  return (
    <div ref={box} className="chart-plot">
      <LineChart
        width={width}
        height={height}
        data={rows}
        margin={{ top: 12, right: 24, bottom: 4, left: 8 }}
        accessibilityLayer={false}
        role="img"
        aria-label={t("indicators.timeSeries.chartLabel", { name: nameWithUnit(indicator), series: names })}
      >
        <CartesianGrid stroke="#e3e8ee" />
        <XAxis dataKey="date" padding={{ left: 32, right: 32 }} tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={tick} tick={{ fontSize: 12 }} width={56} />
        <Tooltip formatter={(value) => (typeof value === "number" ? tick(value) : String(value))} />
        {/* In the order drawn (references, then the areas), not sorted by name. */}
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        {model.references.map((line, index) => {
          const style = referenceStyle(line.scope, index);
          return (
            <Line
              key={line.id}
              dataKey={`r${index}`}
              name={referenceLabel(line)}
              stroke={style.colour}
              strokeDasharray={style.dash}
              strokeWidth={2}
              legendType={style.shape}
              dot={(props: DotProps) => <Dot key={props.key} {...props} shape={style.shape} colour={style.colour} />}
              isAnimationActive={false}
            />
          );
        })}
        {context.selected.map((area, index) => {
          const style = seriesStyle(index);
          return (
            <Line
              key={area.code}
              dataKey={`a${index}`}
              name={area.name}
              stroke={style.colour}
              strokeWidth={2}
              legendType={style.shape}
              dot={(props: DotProps) => <Dot key={props.key} {...props} shape={style.shape} colour={style.colour} />}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </div>
  );
}

interface DotProps {
  key?: Key | null;
  cx?: number;
  cy?: number;
  value?: unknown;
}

function Dot({ cx, cy, value, shape, colour }: DotProps & { shape: SeriesShape | "wye"; colour: string }) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return <g />;
  return <Symbols type={shape} cx={cx} cy={cy} size={90} fill={colour} stroke="#fff" strokeWidth={1} />;
}
