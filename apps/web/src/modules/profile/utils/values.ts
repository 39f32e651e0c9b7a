import type {
  IndicatorPolarity,
  ProfileIndicatorFragment,
  ProfileObservationFragment,
  ReferenceValueFragment,
} from "../../../generated/graphql.ts";

/**
 * What can be said about one value: a number, or why there is none. A protected value is
 * never shown as a blank or 0, and an aggregate without counts is never invented.
 */
export type ValueState =
  | { kind: "value"; value: number; rounded: boolean }
  /** Withheld by disclosure control (with the API's reason) or already by the source. */
  | { kind: "protected"; reason: string | null }
  /** Missing in the source, with the source's remark. */
  | { kind: "missing"; reason: string | null }
  /** A larger area's share that cannot be computed because parts lack their counts. */
  | { kind: "countsMissing" }
  /** Changes in percentage points and the like: neither summed nor divided. */
  | { kind: "notAggregatable" }
  /** Nothing stored or computable for the area and date. */
  | { kind: "noData" };

export function observationState(observation: ProfileObservationFragment | undefined): ValueState {
  if (!observation) return { kind: "noData" };
  if (observation.disclosure.status === "SUPPRESSED") {
    return { kind: "protected", reason: observation.disclosure.reasonText };
  }
  if (observation.value !== null) {
    return { kind: "value", value: observation.value, rounded: observation.disclosure.status === "ROUNDED" };
  }
  if (observation.suppressed) return { kind: "protected", reason: observation.missingReason };
  return { kind: "missing", reason: observation.missingReason };
}

export function aggregateState(aggregate: ReferenceValueFragment | undefined): ValueState {
  if (!aggregate) return { kind: "noData" };
  if (aggregate.disclosure.status === "SUPPRESSED") {
    return { kind: "protected", reason: aggregate.disclosure.reasonText };
  }
  switch (aggregate.status) {
    case "OK":
      return aggregate.value === null
        ? { kind: "noData" }
        : { kind: "value", value: aggregate.value, rounded: aggregate.disclosure.status === "ROUNDED" };
    case "COUNTS_MISSING":
      return { kind: "countsMissing" };
    case "NOT_AGGREGATABLE":
      return { kind: "notAggregatable" };
    case "NO_DATA":
      return { kind: "noData" };
  }
}

/** A stored value wins; otherwise what the API computed from counts; otherwise nothing. */
export function preferStored(stored: ValueState, computed: ValueState | undefined): ValueState {
  if (stored.kind !== "noData" || !computed) return stored;
  return computed;
}

/** The indicator of residents (as in @sozialatlas/domain/indicator `populationIndicatorKey`). */
export const populationIndicatorKey = "ew";

export const numberOf = (state: ValueState): number | null => (state.kind === "value" ? state.value : null);

type IndicatorUnits = Pick<ProfileIndicatorFragment, "unit" | "numeratorDefinition" | "denominatorDefinition">;

// The same rule as `indicatorKind` in @sozialatlas/domain/indicator (imported from there it
// would pull zod into the page's bundle).
const countUnits = ["personen", "anzahl", "haushalte", "fälle", "wohnungen"];

/**
 * Whether the values are counts (residents, cases): a larger area's count is not comparable
 * with a small area's, so such references are listed but not drawn on a distribution.
 */
export function isCountIndicator(indicator: IndicatorUnits): boolean {
  if (indicator.unit === "%" || (indicator.numeratorDefinition && indicator.denominatorDefinition)) return false;
  return (
    !indicator.numeratorDefinition &&
    !indicator.denominatorDefinition &&
    countUnits.includes(indicator.unit.trim().toLowerCase())
  );
}

/** Which end of the scale is unfavourable: "high", "low", or none for descriptive indicators. */
export function unfavourableEnd(polarity: IndicatorPolarity): "high" | "low" | null {
  if (polarity === "HIGHER_IS_WORSE") return "high";
  if (polarity === "HIGHER_IS_BETTER") return "low";
  return null;
}

/** The Stichtage of the observations, newest first, each once. */
export function referenceDatesOf(observations: readonly { referenceDate: string }[]): string[] {
  return [...new Set(observations.map((observation) => observation.referenceDate))].sort().reverse();
}

/** Indicators grouped by topic: topics and the indicators in them in alphabetical order. */
export function groupByTopic<T extends { indicator: Pick<ProfileIndicatorFragment, "topic" | "name"> }>(
  rows: readonly T[],
  locale: string,
): Array<{ topic: string; rows: T[] }> {
  const byTopic = new Map<string, T[]>();
  for (const row of rows) {
    const list = byTopic.get(row.indicator.topic) ?? [];
    list.push(row);
    byTopic.set(row.indicator.topic, list);
  }
  const collator = new Intl.Collator(locale);
  return [...byTopic.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([topic, list]) => ({
      topic,
      rows: list.sort((a, b) => collator.compare(a.indicator.name, b.indicator.name)),
    }));
}
