import { type KeyboardEvent, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import {
  CartesianGrid,
  ScatterChart as RechartsScatterChart,
  Scatter,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { useFormatters } from "../../../i18n/format.ts";
import { downloadCsv } from "../../../lib/download.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { SelectField } from "../../../ui/FormField.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { areaPath } from "../../area/utils/paths.ts";
import { useCellText } from "../hooks/useCellText.ts";
import { useTickFormat } from "../hooks/useChartText.ts";
import { useCsvValue } from "../hooks/useCsvValue.ts";
import { useElementWidth } from "../hooks/useElementWidth.ts";
import { useIndicatorSeries } from "../hooks/useIndicatorSeries.ts";
import { useStichtagFormat } from "../hooks/useStichtag.ts";
import { allAreasColour, chosenAreaColour } from "../utils/chartStyle.ts";
import { csvFileName } from "../utils/csv.ts";
import { type ExplorerContext, effectiveDate, type IndicatorMeta, nameWithUnit } from "../utils/explorer.ts";
import { pearson } from "../utils/statistics.ts";
import type { ValueCell } from "../utils/values.ts";
import { ChartPanel } from "./ChartPanel.tsx";
import { ChartState } from "./ChartStates.tsx";
import { DateSelect } from "./DateSelect.tsx";

const height = 380;

interface Point {
  code: string;
  name: string;
  x: number;
  y: number;
  chosen: boolean;
}

interface Model {
  date: string | null;
  rows: Array<{ code: string; name: string; chosen: boolean; x: ValueCell | undefined; y: ValueCell | undefined }>;
  points: Point[];
  r: number | null;
}

export interface ScatterChartProps {
  indicators: readonly IndicatorMeta[];
  x: IndicatorMeta;
  y: IndicatorMeta;
  context: ExplorerContext;
  onAxesChange: (axes: { x: string; y: string }) => void;
  onDateChange: (date: string) => void;
}

/**
 * Two indicators against each other, one point per area of the level, with Pearson's r. The
 * chosen areas are drawn on top in another colour and size. A click or Enter on a point opens
 * the area's profile; arrow keys move between points (one tab stop for the whole chart).
 */
export function ScatterChart({ indicators, x, y, context, onAxesChange, onDateChange }: ScatterChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatDate = useStichtagFormat();
  const cellText = useCellText();
  const csvValue = useCsvValue();
  const xSeries = useIndicatorSeries(x.key, context.level, context.districtCodes);
  const ySeries = useIndicatorSeries(y.key, context.level, context.districtCodes);

  const commonDates = useMemo(() => {
    if (!xSeries.data || !ySeries.data) return undefined;
    const yDates = new Set(ySeries.data.dates);
    return xSeries.data.dates.filter((date) => yDates.has(date));
  }, [xSeries.data, ySeries.data]);

  const model = useMemo<Model | undefined>(() => {
    if (!xSeries.data || !ySeries.data || !commonDates) return undefined;
    const date = effectiveDate(commonDates, context.date);
    const xCells = date ? xSeries.data.cells.get(date) : undefined;
    const yCells = date ? ySeries.data.cells.get(date) : undefined;
    const chosen = new Set(context.selected.map((area) => area.code));
    const rows = [...context.areas.values()]
      .map((area) => ({
        code: area.code,
        name: area.name,
        chosen: chosen.has(area.code),
        x: xCells?.get(area.code),
        y: yCells?.get(area.code),
      }))
      .sort((a, b) => Number(b.chosen) - Number(a.chosen) || a.code.localeCompare(b.code));
    const points = rows.flatMap((row) =>
      row.x?.kind === "value" && row.y?.kind === "value"
        ? [{ code: row.code, name: row.name, x: row.x.value, y: row.y.value, chosen: row.chosen }]
        : [],
    );
    return { date, rows, points, r: pearson(points.map((point) => [point.x, point.y] as const)) };
  }, [xSeries.data, ySeries.data, commonDates, context]);

  const levelName = t(`levels.${context.level}.other`);
  const notDrawn = model ? model.rows.length - model.points.length : 0;
  const suppressed = model
    ? model.rows.filter((row) => row.x?.kind === "suppressed" || row.y?.kind === "suppressed").length
    : 0;

  const download =
    model?.date != null
      ? () => {
          const date = model.date ?? "";
          downloadCsv(
            csvFileName("streuung", x.key, y.key, context.level, date),
            [
              t("indicators.csv.date"),
              t("indicators.csv.code"),
              t("indicators.csv.area"),
              t("indicators.csv.chosen"),
              nameWithUnit(x),
              t("indicators.csv.noteOf", { name: x.name }),
              nameWithUnit(y),
              t("indicators.csv.noteOf", { name: y.name }),
            ],
            [...model.rows]
              .sort((a, b) => a.code.localeCompare(b.code))
              .map((row) => [
                date,
                row.code,
                row.name,
                row.chosen ? t("indicators.csv.yes") : t("indicators.csv.no"),
                ...csvValue(row.x),
                ...csvValue(row.y),
              ]),
          );
        }
      : null;

  const table = model ? (
    <DataTable label={t("indicators.scatter.tableLabel", { x: x.name, y: y.name })}>
      <caption className="visually-hidden">{t("indicators.scatter.tableLabel", { x: x.name, y: y.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("indicators.columns.area")}</th>
          <th scope="col">{t("indicators.columns.code")}</th>
          <th scope="col" className="num">
            {nameWithUnit(x)}
          </th>
          <th scope="col" className="num">
            {nameWithUnit(y)}
          </th>
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">
              <Link to={areaPath(row.code)}>{row.name}</Link>
              {row.chosen ? (
                <>
                  {" "}
                  <Badge>{t("indicators.scatter.chosen")}</Badge>
                </>
              ) : null}
            </th>
            <td className="code">{row.code}</td>
            <td className="num">{cellText(row.x, x.decimals)}</td>
            <td className="num">{cellText(row.y, y.decimals)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  ) : null;

  const notes = model ? (
    <>
      {model.date && model.points.length > 0 ? (
        <p className="chart-stat">
          {model.r === null
            ? t("indicators.scatter.noCorrelation", { count: model.points.length })
            : t("indicators.scatter.correlation", {
                r: format.number(model.r, 2),
                count: model.points.length,
                areas: levelName,
                date: formatDate(model.date),
              })}
        </p>
      ) : null}
      {suppressed > 0 ? (
        <p className="chart-note">{t("indicators.chart.suppressedLeftOut", { count: suppressed })}</p>
      ) : null}
      {notDrawn - suppressed > 0 ? (
        <p className="chart-note">{t("indicators.chart.missingLeftOut", { count: notDrawn - suppressed })}</p>
      ) : null}
    </>
  ) : null;

  return (
    <ChartPanel
      title={t("indicators.scatter.title", { x: x.name, y: y.name })}
      height={height}
      controls={
        <div className="chart-panel__selects">
          <SelectField
            label={t("indicators.scatter.xAxis")}
            value={x.key}
            onChange={(event) =>
              onAxesChange({ x: event.target.value, y: y.key === event.target.value ? x.key : y.key })
            }
          >
            {indicators.map((option) => (
              <option key={option.key} value={option.key}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("indicators.scatter.yAxis")}
            value={y.key}
            onChange={(event) =>
              onAxesChange({ y: event.target.value, x: x.key === event.target.value ? y.key : x.key })
            }
          >
            {indicators.map((option) => (
              <option key={option.key} value={option.key}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <DateSelect dates={commonDates} value={model?.date ?? null} onChange={onDateChange} />
        </div>
      }
      chart={
        <ChartState
          data={model}
          error={xSeries.error ?? ySeries.error}
          onRetry={() => {
            xSeries.retry();
            ySeries.retry();
          }}
          empty={(data) =>
            data.date === null
              ? t("indicators.scatter.noCommonDate")
              : data.points.length === 0
                ? t("indicators.scatter.noPoints", { areas: levelName })
                : null
          }
        >
          {(data) => <ScatterPlot x={x} y={y} level={context.level} points={data.points} />}
        </ChartState>
      }
      notes={notes}
      table={table}
      onDownload={download}
    />
  );
}

/** Recharts computes the axes from the data of a Scatter; the points themselves are drawn by PointLayer. */
const noShape = () => <g />;

/**
 * The plot: axes and grid by Recharts, the points drawn by PointLayer from the same scales.
 * The points are our own elements (not Recharts shapes, which Recharts remounts whenever the
 * Scatter re-renders), so hover and focus can change state without losing the focused point.
 */
function ScatterPlot({
  x,
  y,
  level,
  points,
}: {
  x: IndicatorMeta;
  y: IndicatorMeta;
  level: ExplorerContext["level"];
  points: readonly Point[];
}) {
  const { t } = useTranslation();
  const tick = useTickFormat();
  const [box, width] = useElementWidth<HTMLDivElement>(640);
  const [active, setActive] = useState<{ point: Point; cx: number; cy: number } | null>(null);
  const format = useFormatters();
  const data = useMemo(() => [...points], [points]);

  return (
    <div ref={box} className="chart-plot">
      <div className="scatter-plot">
        <RechartsScatterChart
          width={width}
          height={height}
          margin={{ top: 12, right: 24, bottom: 24, left: 8 }}
          accessibilityLayer={false}
          role="group"
          aria-label={t("indicators.scatter.chartLabel", {
            x: nameWithUnit(x),
            y: nameWithUnit(y),
            count: points.length,
            areas: t(`levels.${level}.other`),
          })}
        >
          <CartesianGrid stroke="#e3e8ee" />
          <XAxis
            type="number"
            dataKey="x"
            name={x.name}
            domain={["auto", "auto"]}
            tickFormatter={tick}
            tick={{ fontSize: 12 }}
            label={{ value: nameWithUnit(x), position: "insideBottom", offset: -16, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={y.name}
            domain={["auto", "auto"]}
            tickFormatter={tick}
            tick={{ fontSize: 12 }}
            width={64}
            label={{ value: nameWithUnit(y), angle: -90, position: "insideLeft", fontSize: 12, dy: 60 }}
          />
          <Scatter data={data} shape={noShape} isAnimationActive={false} legendType="none" />
          <PointLayer x={x} y={y} points={points} onActive={setActive} />
        </RechartsScatterChart>
        {active ? (
          <div
            className="scatter-tooltip"
            aria-hidden="true"
            style={{
              left: active.cx,
              top: active.cy,
              transform: `translate(${active.cx > width * 0.7 ? "-100%" : "0"}, calc(-100% - 10px))`,
            }}
          >
            <strong>{active.point.name}</strong>
            <span>
              {x.name}: {format.number(active.point.x, x.decimals)}
            </span>
            <span>
              {y.name}: {format.number(active.point.y, y.decimals)}
            </span>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/**
 * One circle per area, focusable as a link: the chosen areas larger and on top. One tab stop
 * for all points (roving tabindex): arrow keys move left/right in the order of x, Home and End
 * jump to the ends, Enter (or a click) opens the area's profile.
 */
function PointLayer({
  x,
  y,
  points,
  onActive,
}: {
  x: IndicatorMeta;
  y: IndicatorMeta;
  points: readonly Point[];
  onActive: (active: { point: Point; cx: number; cy: number } | null) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatters();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const layer = useRef<SVGGElement>(null);
  // Keyboard order: left to right, then bottom to top.
  const order = useMemo(() => [...points].sort((a, b) => a.x - b.x || a.y - b.y).map((point) => point.code), [points]);
  const [focusCode, setFocusCode] = useState<string | null>(null);
  const tabStop = focusCode !== null && order.includes(focusCode) ? focusCode : (order[0] ?? null);
  if (!xScale || !yScale) return null;

  const describe = (point: Point) =>
    t("indicators.scatter.pointLabel", {
      name: point.name,
      code: point.code,
      x: x.name,
      xValue: format.number(point.x, x.decimals),
      y: y.name,
      yValue: format.number(point.y, y.decimals),
    });

  const moveTo = (code: string | undefined) => {
    if (!code) return;
    setFocusCode(code);
    layer.current?.querySelector<SVGElement>(`[data-code="${CSS.escape(code)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGCircleElement>, point: Point) => {
    if (event.key === "Enter") {
      event.preventDefault();
      navigate(areaPath(point.code));
      return;
    }
    const index = order.indexOf(point.code);
    const target: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowUp: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index - 1,
      Home: 0,
      End: order.length - 1,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(order[Math.max(0, Math.min(order.length - 1, next))]);
  };

  // The chosen areas last, so they are drawn on top.
  const drawn = [...points.filter((point) => !point.chosen), ...points.filter((point) => point.chosen)];
  return (
    <g ref={layer} className="scatter-points">
      {drawn.map((point) => {
        const cx = xScale(point.x);
        const cy = yScale(point.y);
        if (cx === undefined || cy === undefined) return null;
        const show = () => onActive({ point, cx, cy });
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG <a> is not focusable by default in every browser; role, tabindex and Enter give a link's behaviour, as on the map.
          <circle
            key={point.code}
            cx={cx}
            cy={cy}
            r={point.chosen ? 7 : 4}
            fill={point.chosen ? chosenAreaColour : allAreasColour}
            fillOpacity={point.chosen ? 1 : 0.75}
            stroke={point.chosen ? "#1a2230" : "#3d6a91"}
            strokeWidth={point.chosen ? 2 : 0.75}
            className="scatter-point"
            data-code={point.code}
            role="link"
            tabIndex={point.code === tabStop ? 0 : -1}
            aria-label={describe(point)}
            onClick={() => navigate(areaPath(point.code))}
            onKeyDown={(event) => onKeyDown(event, point)}
            onFocus={() => {
              setFocusCode(point.code);
              show();
            }}
            onBlur={() => onActive(null)}
            onMouseEnter={show}
            onMouseLeave={() => onActive(null)}
          />
        );
      })}
      {/* Names of the chosen areas beside their points (the points carry them for screen readers). */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> of <text> is not focusable; the names would be read twice. */}
      <g aria-hidden="true">
        {drawn
          .filter((point) => point.chosen)
          .map((point) => {
            const cx = xScale(point.x);
            const cy = yScale(point.y);
            if (cx === undefined || cy === undefined) return null;
            return (
              <text key={point.code} x={cx + 10} y={cy + 4} className="scatter-label">
                {point.name}
              </text>
            );
          })}
      </g>
    </g>
  );
}
