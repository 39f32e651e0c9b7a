import { computeIndex, type IndexDefinition, type IndexRun, mss2021Definition } from "@sozialatlas/domain/social-index";
import type { AreaLevel } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { notFound } from "../../lib/errors.ts";
import { toDbDate } from "../../lib/scalars.ts";

/** Index definitions the product ships (stored, editable definitions follow with the index workbench). */
export const builtInDefinitions: ReadonlyMap<string, IndexDefinition> = new Map([
  [mss2021Definition.key, mss2021Definition],
]);

/** The indicator whose values are the residents of an area (minimum population rule). */
export const populationIndicatorKey = "ew";

export function getBuiltInDefinition(key: string): IndexDefinition {
  const definition = builtInDefinitions.get(key);
  if (!definition) throw notFound("Index definition", key);
  return definition;
}

/**
 * Runs a definition over the stored observations of all areas of one level at one Stichtag:
 * two queries (areas, observations), then the pure engine from packages/domain.
 */
export async function runIndex(
  db: Database,
  definition: IndexDefinition,
  level: AreaLevel,
  referenceDate: string,
): Promise<{ run: IndexRun; names: Map<string, string> }> {
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
  const run = computeIndex(definition, { areaCodes: areas.map((area) => area.code), population, values });
  return { run, names: new Map(areas.map((area) => [area.code, area.name])) };
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
