import type {
  AggregationStatus,
  AreaLevel,
  ExplorerAggregateFragment,
  ExplorerObservationsQuery,
} from "../../../generated/graphql.ts";

/**
 * What the explorer knows about one indicator in one area at one Stichtag. Only `value`
 * cells are drawn; the others are shown in the tables with their reason and counted in the
 * notes under the charts — never drawn as 0 and never left blank.
 */
export type ValueCell =
  | { kind: "value"; value: number; rounded: boolean }
  /** Withheld by disclosure control for this viewer. */
  | { kind: "suppressed"; reason: string | null }
  /** Missing in the source, with the source's reason (e.g. "ungültig (EW unter 300)"). */
  | { kind: "missing"; reason: string }
  /** No value could be computed for a larger area (shares without counts, …), or nothing is stored. */
  | { kind: "none"; status: Exclude<AggregationStatus, "OK"> };

export type Observation = ExplorerObservationsQuery["indicatorByKey"]["observations"][number];

export function observationCell(observation: Pick<Observation, "value" | "missingReason" | "disclosure">): ValueCell {
  if (observation.disclosure.status === "SUPPRESSED") {
    return { kind: "suppressed", reason: observation.disclosure.reasonText ?? null };
  }
  if (observation.value !== null) {
    return { kind: "value", value: observation.value, rounded: observation.disclosure.status === "ROUNDED" };
  }
  return { kind: "missing", reason: observation.missingReason ?? "" };
}

export function aggregateCell(
  aggregate: Pick<ExplorerAggregateFragment, "status" | "value" | "disclosure">,
): ValueCell {
  if (aggregate.status !== "OK") return { kind: "none", status: aggregate.status };
  if (aggregate.disclosure.status === "SUPPRESSED") {
    return { kind: "suppressed", reason: aggregate.disclosure.reasonText ?? null };
  }
  if (aggregate.value === null) return { kind: "none", status: "NO_DATA" };
  return { kind: "value", value: aggregate.value, rounded: aggregate.disclosure.status === "ROUNDED" };
}

export const noData: ValueCell = { kind: "none", status: "NO_DATA" };

/** The number of a cell, or null when it is not a value. */
export function cellValue(cell: ValueCell | undefined): number | null {
  return cell?.kind === "value" ? cell.value : null;
}

/** Values by Stichtag and area code, for the areas of one level, from the stored observations. */
export function observationsByDate(
  observations: readonly Observation[],
  level: AreaLevel,
): Map<string, Map<string, ValueCell>> {
  const byDate = new Map<string, Map<string, ValueCell>>();
  for (const observation of observations) {
    if (observation.area.level !== level) continue;
    let cells = byDate.get(observation.referenceDate);
    if (!cells) {
      cells = new Map();
      byDate.set(observation.referenceDate, cells);
    }
    cells.set(observation.area.code, observationCell(observation));
  }
  return byDate;
}

/** The Stichtage of the observations, oldest first. */
export function datesOf(observations: readonly Pick<Observation, "referenceDate">[]): string[] {
  return [...new Set(observations.map((observation) => observation.referenceDate))].sort();
}

/** How many of the cells could not be drawn, by reason. */
export interface LeftOut {
  suppressed: number;
  missing: number;
}

export function countLeftOut(cells: Iterable<ValueCell | undefined>): LeftOut {
  const result = { suppressed: 0, missing: 0 };
  for (const cell of cells) {
    if (cell?.kind === "suppressed") result.suppressed++;
    else if (cell?.kind !== "value") result.missing++;
  }
  return result;
}
