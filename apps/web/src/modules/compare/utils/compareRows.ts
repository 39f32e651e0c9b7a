// The comparison as data: one row per indicator with the state of each area's value, the
// median of each compared level and which areas have the highest and the lowest value. Pure.
import type { CsvCell } from "@sozialatlas/domain/csv";
import type { AreaLevel, ProfileIndicatorFragment, ProfileObservationFragment } from "../../../generated/graphql.ts";
import type { Distribution } from "../../profile/utils/distribution.ts";
import { numberOf, observationState, type ValueState } from "../../profile/utils/values.ts";

export interface CompareArea {
  code: string;
  name: string;
  level: AreaLevel;
}

export interface CompareObservation extends ProfileObservationFragment {
  area: { code: string };
  indicator: ProfileIndicatorFragment;
}

export interface CompareRow {
  indicator: ProfileIndicatorFragment;
  /** One state per compared area, in the order of the areas. */
  cells: ValueState[];
  /** Median of all areas of each compared level, in the order of `levels`. */
  medians: Array<number | null>;
  /** Index of the area with the highest value; null when fewer than two values differ. */
  high: number | null;
  low: number | null;
}

/** The levels of the compared areas, each once, in the order they first appear. */
export function levelsOf(areas: readonly CompareArea[]): AreaLevel[] {
  return [...new Set(areas.map((area) => area.level))];
}

/** Indices of the highest and lowest of at least two different values; ties mark none. */
export function extremes(cells: readonly ValueState[]): { high: number | null; low: number | null } {
  const numbers = cells.map(numberOf);
  const present = numbers.filter((value): value is number => value !== null);
  if (present.length < 2) return { high: null, low: null };
  const max = Math.max(...present);
  const min = Math.min(...present);
  if (max === min) return { high: null, low: null };
  const only = (target: number) => {
    const indices = numbers.flatMap((value, index) => (value === target ? [index] : []));
    return indices.length === 1 ? (indices[0] ?? null) : null;
  };
  return { high: only(max), low: only(min) };
}

/**
 * Rows for every indicator that at least one compared area has a stored value (or a reason
 * for its absence) for at the Stichtag, ordered as the observations come (callers group them).
 */
export function buildCompareRows(
  areas: readonly CompareArea[],
  observations: readonly CompareObservation[],
  referenceDate: string,
  distributions: ReadonlyMap<AreaLevel, ReadonlyMap<string, Distribution>> | undefined,
): CompareRow[] {
  const levels = levelsOf(areas);
  const byIndicator = new Map<
    string,
    { indicator: ProfileIndicatorFragment; byArea: Map<string, CompareObservation> }
  >();
  const compared = new Set(areas.map((area) => area.code));
  for (const observation of observations) {
    if (observation.referenceDate !== referenceDate || !compared.has(observation.area.code)) continue;
    const entry = byIndicator.get(observation.indicator.key) ?? {
      indicator: observation.indicator,
      byArea: new Map<string, CompareObservation>(),
    };
    entry.byArea.set(observation.area.code, observation);
    byIndicator.set(observation.indicator.key, entry);
  }
  return [...byIndicator.values()].map(({ indicator, byArea }) => {
    const cells = areas.map((area) => observationState(byArea.get(area.code)));
    return {
      indicator,
      cells,
      medians: levels.map((level) => distributions?.get(level)?.get(indicator.key)?.median ?? null),
      ...extremes(cells),
    };
  });
}

export interface CompareCsvLabels {
  indicatorKey: string;
  indicator: string;
  topic: string;
  unit: string;
  referenceDate: string;
  /** Header of the note column of an area, e.g. "Stülerstraße (01100101): Hinweis". */
  note: (area: CompareArea) => string;
  median: (level: AreaLevel) => string;
  city: string;
  /** Note of a value rounded by disclosure control. */
  rounded: string;
}

/**
 * The comparison as CSV: one line per indicator, per area its value (full precision) and a
 * note column that says why a value is missing (protected, missing in the source), then the
 * medians and the city's value.
 */
export function compareCsv(
  areas: readonly CompareArea[],
  rows: readonly CompareRow[],
  referenceDate: string,
  cityStates: ReadonlyMap<string, ValueState>,
  labels: CompareCsvLabels,
  noteOf: (state: ValueState, decimals: number) => string,
): { header: string[]; rows: CsvCell[][] } {
  const levels = levelsOf(areas);
  const header = [
    labels.indicatorKey,
    labels.indicator,
    labels.topic,
    labels.unit,
    labels.referenceDate,
    ...areas.flatMap((area) => [`${area.name} (${area.code})`, labels.note(area)]),
    ...levels.map(labels.median),
    labels.city,
  ];
  const csvRows = rows.map((row) => {
    const city = cityStates.get(row.indicator.key);
    return [
      row.indicator.key,
      row.indicator.name,
      row.indicator.topic,
      row.indicator.unit,
      referenceDate,
      ...row.cells.flatMap((state) =>
        state.kind === "value"
          ? [state.value, state.rounded ? labels.rounded : null]
          : [null, noteOf(state, row.indicator.decimals)],
      ),
      ...row.medians,
      city ? (city.kind === "value" ? city.value : noteOf(city, row.indicator.decimals)) : null,
    ];
  });
  return { header, rows: csvRows };
}
