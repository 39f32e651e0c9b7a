import {
  computeIndex,
  type IndexDefinition,
  type IndexRun,
  type IndexStatistics,
} from "@sozialatlas/domain/social-index";
import type { AreaLevel } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError } from "../../lib/errors.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { definitionOf, getIndexDefinitionRowByKey } from "./index-definition.service.ts";

/** The indicator whose values are the residents of an area (minimum population rule). */
export const populationIndicatorKey = "ew";

/**
 * The engine's definition stored under a key (the CLI's `index --definition <key>`); an unknown
 * key is NOT_FOUND naming the keys there are.
 */
export async function getIndexDefinitionByKey(db: Database, key: string): Promise<IndexDefinition> {
  return definitionOf(await getIndexDefinitionRowByKey(db, key));
}

/** A computed (not yet stored) run with the names and ids of its areas by code. */
export interface IndexComputation {
  run: IndexRun;
  names: Map<string, string>;
  areaIds: Map<string, string>;
}

/**
 * Runs a definition over the stored observations of all areas of one level at one Stichtag:
 * two queries (areas, observations), then the pure engine from packages/domain. A definition
 * that standardises on a base date first computes that date's means and SDs (the same
 * definition over the base date's areas) and standardises on them. When no area is valid —
 * no values for every indicator, too few residents — there is nothing to show: BAD_USER_INPUT.
 */
export async function runIndex(
  db: Database,
  definition: IndexDefinition,
  level: AreaLevel,
  referenceDate: string,
): Promise<IndexComputation> {
  let baseStatistics: IndexStatistics | undefined;
  if (definition.standardisation !== "sameDate") {
    const { baseDate } = definition.standardisation;
    const base = await computeOver(db, { ...definition, standardisation: "sameDate" }, level, baseDate);
    if (base.run.validCount === 0) throw noValidArea(definition, level, baseDate, "base date");
    baseStatistics = base.run.statistics;
  }
  const computation = await computeOver(db, definition, level, referenceDate, baseStatistics);
  if (computation.run.validCount === 0) throw noValidArea(definition, level, referenceDate, "Stichtag");
  return computation;
}

function noValidArea(definition: IndexDefinition, level: AreaLevel, date: string, what: string): DomainError {
  const message =
    `Index ${definition.key} has no valid area of level ${level} on the ${what} ${date}: no area has a value ` +
    `for every indicator and at least ${definition.minPopulation} residents`;
  return new DomainError("BAD_USER_INPUT", message, {
    fieldErrors: [{ field: what === "base date" ? "baseDate" : "referenceDate", message }],
  });
}

async function computeOver(
  db: Database,
  definition: IndexDefinition,
  level: AreaLevel,
  referenceDate: string,
  baseStatistics?: IndexStatistics,
): Promise<IndexComputation> {
  const keys = [
    ...definition.status.indicators.map((indicator) => indicator.indicatorKey),
    ...(definition.dynamics?.indicators.map((indicator) => indicator.indicatorKey) ?? []),
  ];
  const areas = await db.prisma.area.findMany({
    where: { level },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true },
  });
  const observations = await db.prisma.observation.findMany({
    where: {
      referenceDate: toDbDate(referenceDate),
      archivedAt: null,
      area: { level },
      indicator: { key: { in: [...keys, populationIndicatorKey] }, archivedAt: null },
    },
    select: { areaId: true, value: true, indicator: { select: { key: true } } },
  });
  const position = new Map(areas.map((area, index) => [area.id, index]));
  const column = () => new Array<number | null>(areas.length).fill(null);
  const values: Record<string, (number | null)[]> = Object.fromEntries(keys.map((key) => [key, column()]));
  const population = column();
  for (const observation of observations) {
    const index = position.get(observation.areaId);
    if (index === undefined) continue;
    const target =
      observation.indicator.key === populationIndicatorKey ? population : values[observation.indicator.key];
    if (target) target[index] = observation.value;
  }
  const run = computeIndex(definition, {
    areaCodes: areas.map((area) => area.code),
    population,
    values,
    baseStatistics,
  });
  return {
    run,
    names: new Map(areas.map((area) => [area.code, area.name])),
    areaIds: new Map(areas.map((area) => [area.code, area.id])),
  };
}

const csvCell = (value: string | number | null) => {
  if (value === null) return "";
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One CSV row per area: full precision, empty class cells for excluded areas. */
export function indexRunToCsv(run: IndexRun, names: ReadonlyMap<string, string>): string {
  const header = "area_code,area_name,status_index,status_class,dynamics_index,dynamics_class,combined_code";
  const rows = run.areas.map((area) =>
    [
      area.areaCode,
      names.get(area.areaCode) ?? "",
      area.statusIndex,
      area.statusClass,
      area.dynamicsIndex,
      area.dynamicsClass,
      area.combinedCode,
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[header, ...rows].join("\n")}\n`;
}
