import type { AggregationStatus, AreaLevel, ExplorerAggregateFragment } from "../../../generated/graphql.ts";
import type { IndicatorSeries } from "../hooks/useIndicatorSeries.ts";
import { median } from "./statistics.ts";
import { aggregateCell, cellValue } from "./values.ts";

/** An area as the explorer uses it: with the Bezirk it lies in (for district reference lines). */
export interface ExplorerArea {
  code: string;
  name: string;
  level: AreaLevel;
  districtCode: string | null;
  districtName: string | null;
}

/**
 * A reference line of the time series. `area`: the value of the city or a Bezirk as the API
 * computes it from the counts of its parts. `median`: the API cannot compute it (shares
 * without counts: COUNTS_MISSING, or a unit that cannot be summed), so the median of the
 * areas of the level (inside the Bezirk) stands in, labelled as such.
 */
export interface ReferenceLine {
  id: string;
  scope: "city" | "district";
  kind: "area" | "median";
  /** Code and name of the city or Bezirk. */
  code: string;
  name: string;
  /**
   * Why the median stands in, when `kind` is median: the API gave no value, or (SUM) its value
   * is a sum over the whole city or Bezirk, which single areas cannot be compared with.
   */
  status: Exclude<AggregationStatus, "OK"> | "SUM" | null;
  values: Map<string, number | null>;
}

function referenceLine(
  id: string,
  scope: ReferenceLine["scope"],
  dates: readonly string[],
  aggregateAt: (date: string) => ExplorerAggregateFragment | undefined,
  areaCodes: ReadonlySet<string> | null,
  series: IndicatorSeries,
  comparable: boolean,
): ReferenceLine | null {
  const aggregates = dates.map((date) => aggregateAt(date));
  const first = aggregates.find((aggregate) => aggregate !== undefined);
  if (!first) return null;
  const computable = aggregates.every((aggregate) => aggregate === undefined || aggregate.status === "OK");
  if (computable && comparable) {
    const values = new Map(dates.map((date, index) => [date, cellValue(aggregateOrUndefined(aggregates[index]))]));
    if (![...values.values()].some((value) => value !== null)) return null;
    return { id, scope, kind: "area", code: first.area.code, name: first.area.name, status: null, values };
  }
  const status = computable
    ? "SUM"
    : (aggregates.find((aggregate) => aggregate && aggregate.status !== "OK")?.status ?? "COUNTS_MISSING");
  if (status === "OK" || status === "NO_DATA") return null;
  const values = new Map<string, number | null>();
  for (const date of dates) {
    const cells = series.cells.get(date);
    const shown: number[] = [];
    for (const [code, cell] of cells ?? []) {
      const value = cellValue(cell);
      if (value !== null && (areaCodes === null || areaCodes.has(code))) shown.push(value);
    }
    values.set(date, median(shown));
  }
  if (![...values.values()].some((value) => value !== null)) return null;
  return { id, scope, kind: "median", code: first.area.code, name: first.area.name, status, values };
}

const aggregateOrUndefined = (aggregate: ExplorerAggregateFragment | undefined) =>
  aggregate ? aggregateCell(aggregate) : undefined;

/**
 * Whether the value of a larger area can be compared with the values of its parts: shares and
 * rates can (the city's unemployment rate is a yardstick for an area's); a sum cannot (the
 * city's residents are no yardstick for one area's).
 */
export function isRatio(indicator: {
  unit: string;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
}): boolean {
  return indicator.unit === "%" || Boolean(indicator.numeratorDefinition && indicator.denominatorDefinition);
}

/**
 * The reference lines of a time series: the city (unless the level is the city) and the
 * Bezirke of the chosen areas (below the Bezirk level). `comparable`: whether the API's values
 * of the city and the Bezirke can be compared with single areas (shares and rates); otherwise
 * the medians stand in for them.
 */
export function referenceLines(
  series: IndicatorSeries,
  level: AreaLevel,
  selected: readonly ExplorerArea[],
  areasOfLevel: readonly ExplorerArea[],
  comparable: boolean,
): ReferenceLine[] {
  const lines: ReferenceLine[] = [];
  if (level !== "STADT") {
    const city = referenceLine("city", "city", series.dates, (date) => series.city.get(date), null, series, comparable);
    if (city) lines.push(city);
  }
  if (level === "STADT" || level === "BEZIRK") return lines;
  const districtCodes = [...new Set(selected.flatMap((area) => (area.districtCode ? [area.districtCode] : [])))];
  for (const code of districtCodes) {
    const inDistrict = new Set(areasOfLevel.filter((area) => area.districtCode === code).map((area) => area.code));
    const line = referenceLine(
      `district-${code}`,
      "district",
      series.dates,
      (date) => series.districts.get(date)?.get(code),
      inDistrict,
      series,
      comparable,
    );
    if (line) lines.push(line);
  }
  return lines;
}
