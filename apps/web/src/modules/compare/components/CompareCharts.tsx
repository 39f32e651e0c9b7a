import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis, type YAxisTickContentProps } from "recharts";
import { CompareCityReferenceDocument } from "../../../generated/documents/compare.ts";
import type { CompareCityReferenceQuery, Locale } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { useValueText } from "../../profile/hooks/useValueText.ts";
import { isCountIndicator, numberOf, type ValueState } from "../../profile/utils/values.ts";
import type { CompareArea, CompareRow } from "../utils/compareRows.ts";

// Fixed sizes: the grid wraps them, print fits two per row, and jsdom (which measures nothing) draws them too.
const chartWidth = 320;
const barHeight = 26;
const nameWidth = 128;
const colours = { bar: "#0b5a9c", median: "#1a2230", city: "#c75300", grid: "#e3e7ec" };

export interface CompareChartsProps {
  areas: readonly CompareArea[];
  groups: ReadonlyArray<{ topic: string; rows: CompareRow[] }>;
  city: CompareArea | null;
  date: string;
  locale: Locale;
  cityState: (key: string, data: CompareCityReferenceQuery | null | undefined) => ValueState;
}

/**
 * Small multiples: one bar chart per indicator with the compared areas as bars and the median
 * (dashed) and the city (orange) as lines. The numbers are in the comparison table above,
 * which is each chart's data table.
 */
export function CompareCharts({ areas, groups, city, date, locale, cityState }: CompareChartsProps) {
  const { t } = useTranslation();
  return (
    <section className="compare-charts" aria-labelledby="compare-charts-title">
      <h2 id="compare-charts-title">{t("compare.charts.title")}</h2>
      <p className="muted">{t("compare.charts.lead")}</p>
      {groups.map((group) => (
        <div key={group.topic} className="compare-charts__topic">
          <h3>{group.topic}</h3>
          <div className="compare-charts__grid">
            {group.rows.map((row) => (
              <SmallMultiple
                key={row.indicator.key}
                row={row}
                areas={areas}
                city={city}
                date={date}
                locale={locale}
                cityState={cityState}
              />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}

/** An area's name on one line (Recharts would wrap it), shortened when long. */
function AreaTick({ x, y, payload }: YAxisTickContentProps) {
  const name = String(payload.value);
  return (
    <text x={x} y={y} dx={-4} dy={4} textAnchor="end" fontSize={11} fill="#525d6b">
      {name.length > 19 ? `${name.slice(0, 18)}…` : name}
    </text>
  );
}

function SmallMultiple({
  row,
  areas,
  city,
  date,
  locale,
  cityState,
}: {
  row: CompareRow;
  areas: readonly CompareArea[];
  city: CompareArea | null;
  date: string;
  locale: Locale;
  cityState: CompareChartsProps["cityState"];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const valueText = useValueText();
  const { indicator } = row;
  const reference = useQuery(CompareCityReferenceDocument, {
    variables: { indicatorKey: indicator.key, referenceDate: date, locale },
  });
  // A count of the whole city (residents) is not comparable with an area's: no line for it.
  const cityValue = isCountIndicator(indicator)
    ? null
    : numberOf(cityState(indicator.key, reference.dataState === "complete" ? reference.data : undefined));
  const median = row.medians[0] ?? null;
  const data = areas.map((area, index) => ({
    name: area.name,
    value: numberOf(row.cells[index] ?? { kind: "noData" }),
  }));
  const withoutValue = areas.flatMap((area, index) => {
    const state = row.cells[index];
    return state && state.kind !== "value" ? [`${area.name}: ${valueText(state, indicator.decimals)}`] : [];
  });
  const number = (value: number) => format.number(value, indicator.decimals);
  const description = [
    ...data.map((entry) =>
      entry.value === null ? null : t("compare.charts.describeBar", { name: entry.name, value: number(entry.value) }),
    ),
    median !== null ? t("compare.charts.describeMedian", { value: number(median) }) : null,
    city && cityValue !== null ? t("compare.charts.describeCity", { name: city.name, value: number(cityValue) }) : null,
  ]
    .filter(Boolean)
    .join("; ");

  return (
    <figure className="small-multiple">
      <figcaption className="small-multiple__title">
        {indicator.name} <span className="muted">({indicator.unit})</span>
      </figcaption>
      <div role="img" aria-label={`${indicator.name}: ${description}`}>
        <BarChart
          width={chartWidth}
          height={40 + areas.length * barHeight}
          data={data}
          layout="vertical"
          margin={{ top: 14, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis
            type="number"
            domain={[(min: number) => Math.min(0, min), (max: number) => Math.max(0, max)]}
            tickFormatter={(value: number) => format.number(value, indicator.decimals > 0 ? 1 : 0)}
            fontSize={11}
            tickCount={4}
          />
          <YAxis type="category" dataKey="name" width={nameWidth} interval={0} tick={AreaTick} />
          <Bar dataKey="value" fill={colours.bar} isAnimationActive={false} />
          {median !== null ? (
            <ReferenceLine
              x={median}
              stroke={colours.median}
              strokeDasharray="4 3"
              ifOverflow="extendDomain"
              label={{ value: t("compare.charts.median"), position: "top", fontSize: 10, fill: colours.median }}
            />
          ) : null}
          {city && cityValue !== null ? (
            <ReferenceLine
              x={cityValue}
              stroke={colours.city}
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{ value: city.name, position: "top", fontSize: 10, fill: colours.city }}
            />
          ) : null}
        </BarChart>
      </div>
      {withoutValue.length > 0 ? <p className="small-multiple__note">{withoutValue.join(" · ")}</p> : null}
    </figure>
  );
}
