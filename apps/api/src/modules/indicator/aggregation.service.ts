// Values of larger areas from the counts of their smallest parts: shares and rates are
// Σ numerators / Σ denominators (never averages of shares), counts are summed. Where a part
// lacks its counts there is no value, and the answer says so.
import { areaLevels, levelRank } from "@sozialatlas/domain/area";
import { indicatorKind, populationIndicatorKey } from "@sozialatlas/domain/indicator";
import { aggregateShare } from "@sozialatlas/domain/statistics";
import type { AggregationStatus, ShareInterval } from "../../generated/graphql.ts";
import type { AreaLevel } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput } from "../../lib/validation.ts";
import { type AreaRow, areaColumns } from "../area/area.service.ts";
import { type DisclosedValue, discloseValue } from "./disclosure.ts";
import type { IndicatorRow } from "./indicator.service.ts";

export interface AggregatedValuesArgs {
  indicatorKey: string;
  level: AreaLevel;
  referenceDate: string;
  areaCodes?: readonly string[] | null;
}

export interface AggregatedValueResult {
  area: AreaRow;
  indicator: IndicatorRow;
  referenceDate: string;
  partLevel: AreaLevel | null;
  status: AggregationStatus;
  partCount: number;
  missingPartCount: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  interval: ShareInterval | null;
  disclosure: DisclosedValue["disclosure"];
}

/** One smallest part of an area with its observation (if any) and its residents. */
interface Part {
  targetId: string;
  observed: boolean;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  population: number | null;
}

interface Aggregate {
  status: AggregationStatus;
  missingPartCount: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Σ numerators / Σ denominators of shares and rates, Σ values of counts; honest about gaps. */
function aggregate(kind: ReturnType<typeof indicatorKind>, parts: readonly Part[]): Aggregate {
  const none = { value: null, numerator: null, denominator: null };
  if (!parts.some((part) => part.observed)) return { status: "NO_DATA", missingPartCount: parts.length, ...none };
  if (kind === "ratio") {
    const share = aggregateShare(parts);
    if (share.reason === null) {
      const { value, numerator, denominator } = share;
      return { status: "OK", missingPartCount: 0, value, numerator, denominator };
    }
    // Denominators are above 0 by validation, so "denominator-zero" cannot occur with parts.
    return { status: "COUNTS_MISSING", missingPartCount: share.missingCount, ...none };
  }
  const missing = parts.filter((part) => part.value === null).length;
  if (kind === "other") return { status: "NOT_AGGREGATABLE", missingPartCount: missing, ...none };
  if (missing > 0) return { status: "COUNTS_MISSING", missingPartCount: missing, ...none };
  const sum = parts.reduce((total, part) => total + (part.value ?? 0), 0);
  return { status: "OK", missingPartCount: 0, value: sum, numerator: null, denominator: null };
}

/** Residents of an area: the sum over its parts when every part has them; unknown otherwise. */
function populationOf(parts: readonly Part[]): number | null {
  if (parts.length === 0 || parts.some((part) => part.population === null)) return null;
  return parts.reduce((total, part) => total + (part.population ?? 0), 0);
}

async function findIndicatorAndPopulation(db: Database, indicatorKey: string) {
  const rows = await db.prisma.indicator.findMany({ where: { key: { in: [indicatorKey, populationIndicatorKey] } } });
  const indicator = rows.find((row) => row.key === indicatorKey);
  if (!indicator) throw invalidInput([{ field: "indicatorKey", message: `unknown indicator key ${indicatorKey}` }]);
  if (indicator.archivedAt) {
    throw invalidInput([{ field: "indicatorKey", message: `indicator ${indicatorKey} is archived: restore it first` }]);
  }
  return { indicator, populationIndicatorId: rows.find((row) => row.key === populationIndicatorKey)?.id ?? null };
}

/** The areas asked for: every area of the level, or the listed ones (unknown or of another level: field errors). */
async function findTargets(db: Database, level: AreaLevel, areaCodes: readonly string[] | null): Promise<AreaRow[]> {
  if (areaCodes === null)
    return db.prisma.area.findMany({ where: { level }, orderBy: { code: "asc" }, select: areaColumns });
  const rows = await db.prisma.area.findMany({
    where: { code: { in: [...areaCodes] } },
    orderBy: { code: "asc" },
    select: areaColumns,
  });
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const problems: FieldError[] = [];
  areaCodes.forEach((code, index) => {
    const area = byCode.get(code);
    if (!area) problems.push({ field: `areaCodes.${index}`, message: `unknown area code ${code}` });
    else if (area.level !== level) {
      problems.push({ field: `areaCodes.${index}`, message: `${code} is a ${area.level}, not a ${level}` });
    }
  });
  if (problems.length > 0) throw invalidInput(problems);
  return rows;
}

/** The lowest area level that has active observations of the indicator at the Stichtag, if any. */
async function leafLevelOf(db: Database, indicatorId: string, referenceDate: string): Promise<AreaLevel | null> {
  const levels = await db.prisma.area.groupBy({
    by: ["level"],
    where: { observations: { some: { indicatorId, referenceDate: toDbDate(referenceDate), archivedAt: null } } },
  });
  const ranks = levels.map((row) => levelRank(row.level));
  return ranks.length === 0 ? null : (areaLevels[Math.max(...ranks)] ?? null);
}

/**
 * Every area of `partLevel` inside the targets (the target itself when it is of that level),
 * found down the parentId chain, with its observation and residents: one statement.
 */
async function findParts(
  db: Database,
  targetIds: readonly string[],
  partLevel: AreaLevel,
  indicatorId: string,
  populationIndicatorId: string | null,
  referenceDate: string,
): Promise<Part[]> {
  return db.prisma.$queryRawUnsafe<Part[]>(
    `WITH RECURSIVE down AS (
       SELECT a.id AS target, a.id AS area, a.level FROM "Area" a
       WHERE a.id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))
       UNION ALL
       SELECT down.target, c.id, c.level FROM "Area" c JOIN down ON c."parentId" = down.area
       WHERE down.level <> $2::"AreaLevel"
     )
     SELECT down.target::text AS "targetId", o.id IS NOT NULL AS observed,
            o.value, o.numerator, o.denominator, p.value AS population
     FROM down
     LEFT JOIN "Observation" o ON o."areaId" = down.area AND o."indicatorId" = $3::uuid
       AND o."referenceDate" = $4::date AND o."archivedAt" IS NULL
     LEFT JOIN "Observation" p ON p."areaId" = down.area AND p."indicatorId" = $5::uuid
       AND p."referenceDate" = $4::date AND p."archivedAt" IS NULL
     WHERE down.level = $2::"AreaLevel"`,
    JSON.stringify(targetIds),
    partLevel,
    indicatorId,
    referenceDate,
    populationIndicatorId,
  );
}

/**
 * Values of one indicator for the areas of a level, from the observations of their smallest
 * parts, disclosed for the viewer (`raw`: planners and admins). A fixed number of statements
 * whatever the number of areas: indicator, areas, part level, parts.
 */
export async function aggregatedValues(
  db: Database,
  args: AggregatedValuesArgs,
  raw: boolean,
): Promise<AggregatedValueResult[]> {
  const [{ indicator, populationIndicatorId }, targets] = await Promise.all([
    findIndicatorAndPopulation(db, args.indicatorKey),
    findTargets(db, args.level, args.areaCodes ?? null),
  ]);
  const partLevel = await leafLevelOf(db, indicator.id, args.referenceDate);
  const parts =
    partLevel === null || targets.length === 0
      ? []
      : await findParts(
          db,
          targets.map((target) => target.id),
          partLevel,
          indicator.id,
          populationIndicatorId,
          args.referenceDate,
        );
  const partsOf = new Map<string, Part[]>();
  for (const part of parts) {
    const group = partsOf.get(part.targetId);
    if (group) group.push(part);
    else partsOf.set(part.targetId, [part]);
  }

  const kind = indicatorKind(indicator);
  return targets.map((area) => {
    const own = partsOf.get(area.id) ?? [];
    const result = aggregate(kind, own);
    const disclosed = discloseValue(
      indicator,
      {
        value: result.value,
        numerator: result.numerator,
        denominator: result.denominator,
        population: populationOf(own),
      },
      raw,
    );
    return {
      area,
      indicator,
      referenceDate: args.referenceDate,
      partLevel: own.length > 0 ? partLevel : null,
      status: result.status,
      partCount: own.length,
      missingPartCount: result.missingPartCount,
      ...disclosed,
    };
  });
}
