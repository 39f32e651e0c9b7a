// The areas most like one area on chosen indicators: z-standardised Euclidean distance over
// the raw values of one Stichtag (packages/domain/src/similar-areas.ts). Only distances and
// areas leave the server, never a value.
import { type AreaIndicatorValues, nearestAreas, similarAreasQuerySchema } from "@sozialatlas/domain/similar-areas";
import type { Database } from "../../lib/db.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import { type AreaRow, areaColumns, findAreasByIds } from "../area/area.service.ts";
import type { IndicatorRow } from "./indicator.service.ts";

export interface SimilarAreasArgs {
  areaCode: string;
  indicatorKeys: readonly string[];
  referenceDate: string;
  k?: number | null;
}

export interface SimilarAreasResult {
  area: AreaRow;
  indicators: IndicatorRow[];
  referenceDate: string;
  areas: Array<{ area: AreaRow; distance: number; rank: number }>;
  comparedCount: number;
  skippedCount: number;
}

/** The area and the indicators asked about; unknown or archived ones are field errors. */
async function resolveQuery(db: Database, areaCode: string, indicatorKeys: readonly string[]) {
  const [area, indicators] = await Promise.all([
    db.prisma.area.findUnique({ where: { code: areaCode }, select: areaColumns }),
    db.prisma.indicator.findMany({ where: { key: { in: [...indicatorKeys] } } }),
  ]);
  const byKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));
  const problems: FieldError[] = [];
  if (!area) problems.push({ field: "areaCode", message: `unknown area code ${areaCode}` });
  indicatorKeys.forEach((key, index) => {
    const indicator = byKey.get(key);
    if (!indicator) problems.push({ field: `indicatorKeys.${index}`, message: `unknown indicator key ${key}` });
    else if (indicator.archivedAt) {
      problems.push({ field: `indicatorKeys.${index}`, message: `indicator ${key} is archived: restore it first` });
    }
  });
  if (!area || problems.length > 0) throw invalidInput(problems);
  return { area, indicators: indicatorKeys.map((key) => byKey.get(key) as IndicatorRow) };
}

/**
 * The k areas of the same level nearest to `areaCode` on the chosen indicators at one
 * Stichtag. Areas lacking any of the values are left out and counted; an area asked about
 * that lacks one is a field error (there is nothing to compare). Five statements whatever the
 * number of areas.
 */
export async function similarAreas(db: Database, args: SimilarAreasArgs): Promise<SimilarAreasResult> {
  const query = parseInput(similarAreasQuerySchema, {
    areaCode: args.areaCode,
    indicatorKeys: args.indicatorKeys,
    k: args.k,
  });
  const { area, indicators } = await resolveQuery(db, query.areaCode, query.indicatorKeys);
  const [areas, observations] = await Promise.all([
    db.prisma.area.findMany({ where: { level: area.level }, select: { id: true, code: true } }),
    db.prisma.observation.findMany({
      where: {
        indicatorId: { in: indicators.map((indicator) => indicator.id) },
        referenceDate: toDbDate(args.referenceDate),
        archivedAt: null,
        area: { level: area.level },
      },
      select: { areaId: true, indicatorId: true, value: true },
    }),
  ]);
  const keyOf = new Map(indicators.map((indicator) => [indicator.id, indicator.key]));
  const valuesOf = new Map<string, Record<string, number | null>>(areas.map((row) => [row.id, {}]));
  for (const observation of observations) {
    const values = valuesOf.get(observation.areaId);
    const key = keyOf.get(observation.indicatorId);
    if (values && key) values[key] = observation.value;
  }
  const table: AreaIndicatorValues[] = areas.map((row) => ({ code: row.code, values: valuesOf.get(row.id) ?? {} }));
  const complete = (values: Readonly<Record<string, number | null>>) =>
    query.indicatorKeys.every((key) => typeof values[key] === "number");

  const lacking = query.indicatorKeys.filter((key) => typeof valuesOf.get(area.id)?.[key] !== "number");
  if (lacking.length > 0) {
    throw invalidInput([
      { field: "areaCode", message: `${area.code} has no value for ${lacking.join(", ")} on ${args.referenceDate}` },
    ]);
  }
  const comparedCount = table.filter((row) => complete(row.values)).length;
  const nearest = nearestAreas(area.code, table, query.indicatorKeys, query.k);
  const idOf = new Map(areas.map((row) => [row.code, row.id]));
  const rows = await findAreasByIds(
    db,
    nearest.map((near) => idOf.get(near.code) ?? ""),
  );
  const rowByCode = new Map(rows.map((row) => [row.code, row]));
  return {
    area,
    indicators,
    referenceDate: args.referenceDate,
    areas: nearest.flatMap((near, index) => {
      const row = rowByCode.get(near.code);
      return row ? [{ area: row, distance: near.distance, rank: index + 1 }] : [];
    }),
    comparedCount,
    skippedCount: areas.length - comparedCount,
  };
}
