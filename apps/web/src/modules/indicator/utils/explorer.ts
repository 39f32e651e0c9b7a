import type { AreaLevel, IndicatorDefinitionFieldsFragment } from "../../../generated/graphql.ts";
import type { ExplorerArea } from "./references.ts";

export type IndicatorMeta = IndicatorDefinitionFieldsFragment;

/** What every chart of the explorer needs to know about the current view. */
export interface ExplorerContext {
  level: AreaLevel;
  /** Every area of the level, by code. */
  areas: ReadonlyMap<string, ExplorerArea>;
  /** The chosen areas of the level, in the order chosen. */
  selected: readonly ExplorerArea[];
  /** Bezirke of the chosen areas (below the Bezirk level), sorted: their reference lines. */
  districtCodes: readonly string[];
  /** Stichtag of the distribution and the scatter from the URL; null: the latest. */
  date: string | null;
}

/** The Stichtag to show: the one asked for if the data has it, else the latest. */
export function effectiveDate(dates: readonly string[], wanted: string | null): string | null {
  if (wanted && dates.includes(wanted)) return wanted;
  return dates[dates.length - 1] ?? null;
}

/** "Arbeitslosigkeit (%)": a name with its unit, for axes, columns and titles. */
export function nameWithUnit(indicator: Pick<IndicatorMeta, "name" | "unit">): string {
  return `${indicator.name} (${indicator.unit})`;
}
