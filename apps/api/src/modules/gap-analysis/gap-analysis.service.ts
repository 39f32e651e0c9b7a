// Needs versus offers (planners): loads areas, target population, need and published offers
// in a fixed number of statements, then runs the pure 2SFCA of packages/domain/src/gap-analysis.ts.
import { type AreaGeometry, pointInGeometry } from "@sozialatlas/domain/area";
import {
  type AreaGapResult,
  computeGapAnalysis,
  type GapAnalysisInput,
  type GapOfferInput,
  gapAnalysisInputSchema,
  geometryCentroid,
  type NeedDirection,
  needDirectionOf,
} from "@sozialatlas/domain/gap-analysis";
import type { GeoPoint } from "@sozialatlas/domain/geo";
import { indicatorKind, populationIndicatorKey, shareUnit } from "@sozialatlas/domain/indicator";
import type {
  AreaLevel,
  ConferenceFinding as ConferenceFindingRow,
  IndexRun as IndexRunRow,
  Indicator as IndicatorRow,
} from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { isUuid } from "../../lib/ids.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import { type AreaRow, areaColumns } from "../area/area.service.ts";

export interface AreaGapRecord extends Omit<AreaGapResult, "id" | "code"> {
  area: AreaRow;
  findings: ConferenceFindingRow[];
}

/** The parent object of the GraphQL `GapAnalysis`. */
export interface GapAnalysisRecord {
  level: AreaLevel;
  date: string;
  supplyMeasure: GapAnalysisInput["supplyMeasure"];
  per: number;
  radiusKm: number;
  populationIndicator: IndicatorRow;
  needIndicator: IndicatorRow | null;
  needIndexRun: IndexRunRow | null;
  offerCount: number;
  offersWithoutCapacity: number;
  overallSupplyRate: number | null;
  areas: AreaGapRecord[];
}

// ---------------------------------------------------------------------------------------
// Area points: centroids, cached per process

/**
 * Centroids of one level's areas, remembered per database and level. Computing them needs
 * every boundary (megabytes of GeoJSON for the 542 Planungsräume, ~1 s to read and parse),
 * far beyond the 200 ms a request may take; they change only when areas are imported. The key
 * is every area's id and `updatedAt` (both writers of boundaries, the area import and
 * `upsertAreas`, set `updatedAt = now()`), compared against the area rows each request reads
 * anyway: a changed, added or removed area recomputes the level on the next request.
 */
const centroidCache = new WeakMap<Database, Map<AreaLevel, { key: string; points: Map<string, GeoPoint | null> }>>();

function centroidKey(areas: readonly AreaRow[]): string {
  return areas.map((area) => `${area.id}@${area.updatedAt.getTime()}`).join(",");
}

async function centroidsOf(
  db: Database,
  level: AreaLevel,
  areas: readonly AreaRow[],
): Promise<Map<string, GeoPoint | null>> {
  const key = centroidKey(areas);
  let byLevel = centroidCache.get(db);
  if (!byLevel) {
    byLevel = new Map();
    centroidCache.set(db, byLevel);
  }
  const cached = byLevel.get(level);
  if (cached?.key === key) return cached.points;
  const rows = await db.prisma.area.findMany({ where: { level }, select: { id: true, geometry: true } });
  const points = new Map(
    rows.map((row) => [row.id, row.geometry ? geometryCentroid(row.geometry as AreaGeometry) : null] as const),
  );
  byLevel.set(level, { key, points });
  return points;
}

/** Drops the remembered centroids (tests measuring the first request). */
export function forgetCentroids(db: Database): void {
  centroidCache.delete(db);
}

// ---------------------------------------------------------------------------------------
// Inputs that only the database can check

const dateOf = (date: Date) => date.toISOString().slice(0, 10);

async function indicatorsByKey(db: Database, keys: readonly string[]): Promise<Map<string, IndicatorRow>> {
  const rows = await db.prisma.indicator.findMany({ where: { key: { in: [...new Set(keys)] } } });
  return new Map(rows.map((row) => [row.key, row]));
}

function checkIndicator(
  field: string,
  key: string,
  indicator: IndicatorRow | undefined,
  problems: FieldError[],
): IndicatorRow | null {
  if (!indicator) {
    problems.push({ field, message: `no indicator with key ${key}` });
    return null;
  }
  if (indicator.archivedAt) {
    problems.push({ field, message: `indicator ${key} is archived` });
    return null;
  }
  return indicator;
}

/** How target population values become people: counts as they are, shares of residents × residents / 100. */
function populationMode(indicator: IndicatorRow): "count" | "shareOfResidents" | null {
  if (indicator.unit === shareUnit) return "shareOfResidents";
  return indicatorKind(indicator) === "count" ? "count" : null;
}

interface ValueRow {
  key: string;
  areaId: string;
  date: string;
  value: number;
}

/**
 * The values of the indicators for the areas of a level at one Stichtag, in one statement: the
 * given date, or the latest date on which every indicator has at least one value. Archived
 * observations and those suppressed at the source are left out (planners do not see them either).
 */
async function valuesAt(
  db: Database,
  keys: readonly string[],
  level: AreaLevel,
  date: string | null,
): Promise<ValueRow[]> {
  const distinct = [...new Set(keys)];
  return db.prisma.$queryRawUnsafe<ValueRow[]>(
    `WITH obs AS (
       SELECT i.key, o."areaId", o."referenceDate", o.value
         FROM "Observation" o
         JOIN "Indicator" i ON i.id = o."indicatorId"
         JOIN "Area" a ON a.id = o."areaId"
        WHERE i.key IN (SELECT jsonb_array_elements_text($1::jsonb))
          AND a.level = $2::"AreaLevel"
          AND o."archivedAt" IS NULL AND o.value IS NOT NULL AND NOT o.suppressed
     ), chosen AS (
       SELECT coalesce($3::date, (
         SELECT "referenceDate" FROM obs GROUP BY "referenceDate"
         HAVING count(DISTINCT key) = $4 ORDER BY "referenceDate" DESC LIMIT 1)) AS date
     )
     SELECT obs.key, obs."areaId"::text AS "areaId", to_char(obs."referenceDate", 'YYYY-MM-DD') AS date, obs.value
       FROM obs JOIN chosen ON obs."referenceDate" = chosen.date`,
    JSON.stringify(distinct),
    level,
    date,
    distinct.length,
  );
}

// ---------------------------------------------------------------------------------------
// The analysis

/**
 * Runs a gap analysis. Statements, whatever the number of areas: the input's indicators, the
 * index run (if any), the areas, their boundaries (only when the areas changed since the last
 * request, for the centroids), the values at the Stichtag, the index results (if any), the
 * offers with their locations, the findings, and the containing Planungsraum of hypothetical
 * offers (radius 0 only): 5 for an indicator as need. Nothing is written.
 */
export async function gapAnalysis(db: Database, rawInput: unknown): Promise<GapAnalysisRecord> {
  const input = parseInput(gapAnalysisInputSchema, rawInput);
  const { level } = input;
  const problems: FieldError[] = [];

  // Indicators and the index run.
  const keys = [
    input.populationIndicatorKey,
    populationIndicatorKey,
    ...(input.needIndicatorKey ? [input.needIndicatorKey] : []),
  ];
  const indicators = await indicatorsByKey(db, keys);
  const populationIndicator = checkIndicator(
    "populationIndicatorKey",
    input.populationIndicatorKey,
    indicators.get(input.populationIndicatorKey),
    problems,
  );
  const mode = populationIndicator ? populationMode(populationIndicator) : null;
  if (populationIndicator && mode === null) {
    problems.push({
      field: "populationIndicatorKey",
      message: `indicator ${populationIndicator.key} (unit ${populationIndicator.unit}) is neither a count of people nor a percentage of residents`,
    });
  }
  const needIndicator = input.needIndicatorKey
    ? checkIndicator("needIndicatorKey", input.needIndicatorKey, indicators.get(input.needIndicatorKey), problems)
    : null;
  let needIndexRun: IndexRunRow | null = null;
  if (input.needIndexRunId) {
    needIndexRun = isUuid(input.needIndexRunId)
      ? await db.prisma.indexRun.findUnique({ where: { id: input.needIndexRunId } })
      : null;
    if (!needIndexRun) problems.push({ field: "needIndexRunId", message: "no index run with this id" });
    else if (needIndexRun.level !== level) {
      problems.push({
        field: "needIndexRunId",
        message: `the index run is for level ${needIndexRun.level}, not ${level}`,
      });
    }
  }
  if (problems.length > 0) throw invalidInput(problems);
  const population = populationIndicator as IndicatorRow;
  const residents = mode === "shareOfResidents" ? indicators.get(populationIndicatorKey) : undefined;
  if (mode === "shareOfResidents" && (!residents || residents.archivedAt)) {
    throw invalidInput([
      {
        field: "populationIndicatorKey",
        message: `a percentage needs the residents indicator ${populationIndicatorKey}, which is missing or archived`,
      },
    ]);
  }

  // Areas (for coarser levels all of them: locations are stored with their Planungsraum, mapped up to the level).
  const allAreas = await db.prisma.area.findMany({
    where: level === "PLANUNGSRAUM" ? { level } : undefined,
    orderBy: { code: "asc" },
    select: areaColumns,
  });
  const areas = allAreas.filter((area) => area.level === level);
  if (areas.length === 0) throw invalidInput([{ field: "level", message: `there are no areas of level ${level}` }]);
  const areaById = new Map(allAreas.map((area) => [area.id, area]));
  const areaOfLevel = (areaId: string | null): string | null => {
    let area = areaId === null ? undefined : areaById.get(areaId);
    while (area && area.level !== level) area = area.parentId ? areaById.get(area.parentId) : undefined;
    return area?.id ?? null;
  };
  const points = await centroidsOf(db, level, areas);

  // The Stichtag (given, the index run's, or the latest with values of every indicator used) and the values.
  const valueKeys = [
    population.key,
    ...(residents ? [residents.key] : []),
    ...(needIndicator ? [needIndicator.key] : []),
  ];
  const requestedDate = input.date ?? (needIndexRun ? dateOf(needIndexRun.referenceDate) : null);
  const values = await valuesAt(db, valueKeys, level, requestedDate);
  const date = requestedDate ?? values[0]?.date ?? null;
  if (date === null) {
    throw invalidInput([
      { field: "date", message: `no Stichtag has values of ${valueKeys.join(" and ")} for areas of level ${level}` },
    ]);
  }
  const missing = valueKeys.filter((key) => !values.some((row) => row.key === key));
  if (missing.length > 0) {
    throw invalidInput(
      missing.map((key) => ({
        field:
          key === needIndicator?.key ? "needIndicatorKey" : key === population.key ? "populationIndicatorKey" : "date",
        message: `indicator ${key} has no values on ${date} for areas of level ${level}`,
      })),
    );
  }
  const valuesOf = (key: string) =>
    new Map(values.filter((row) => row.key === key).map((row) => [row.areaId, Number(row.value)]));
  const populationValues = valuesOf(population.key);
  const residentValues = residents ? valuesOf(residents.key) : null;
  let needValues = new Map<string, number>();
  let needDirection: NeedDirection = "higherIsMoreNeed";
  if (needIndicator) {
    needValues = valuesOf(needIndicator.key);
    needDirection = needDirectionOf(needIndicator.polarity);
  } else if (needIndexRun) {
    // The status index: higher = more disadvantage (packages/domain/src/social-index.ts).
    const results = await db.prisma.indexResult.findMany({
      where: { runId: needIndexRun.id, statusIndex: { not: null } },
      select: { areaId: true, statusIndex: true },
    });
    needValues = new Map(results.map((result) => [result.areaId, result.statusIndex as number]));
  }
  const targetPopulation = (areaId: string): number | null => {
    const value = populationValues.get(areaId);
    if (value === undefined) return null;
    if (residentValues === null) return value;
    const residentCount = residentValues.get(areaId);
    return residentCount === undefined ? null : (value * residentCount) / 100;
  };

  // Offers: published, active, not archived, with a location, matching the filters.
  const supplyByPlaces = input.supplyMeasure === "PLACES";
  const offers = await matchingOffers(db, input);
  const offersWithoutCapacity = supplyByPlaces ? offers.filter((offer) => offer.capacityMax === null).length : 0;
  const supply: GapOfferInput[] = offers
    .filter((offer) => !supplyByPlaces || offer.capacityMax !== null)
    .map((offer) => ({
      id: offer.id,
      supply: supplyByPlaces ? (offer.capacityMax as number) : 1,
      locations: offer.locations.map((location) => ({
        point: { latitude: location.latitude, longitude: location.longitude },
        areaId: areaOfLevel(location.areaId),
      })),
    }));
  const hypotheticalAreas = input.radiusKm === 0 ? await planungsraeumeContaining(db, input.hypotheticalOffers) : [];
  input.hypotheticalOffers.forEach((offer, index) => {
    supply.push({
      id: `hypothetical:${index}`,
      supply: supplyByPlaces ? offer.places : 1,
      locations: [
        {
          point: { latitude: offer.latitude, longitude: offer.longitude },
          areaId: areaOfLevel(hypotheticalAreas[index] ?? null),
        },
      ],
    });
  });

  const findings = await db.prisma.conferenceFinding.findMany({
    where: { area: { level }, conference: { archivedAt: null } },
    orderBy: [{ conference: { date: "desc" } }, { conferenceId: "asc" }, { position: "asc" }],
  });
  const findingsByArea = new Map<string, ConferenceFindingRow[]>();
  for (const finding of findings) {
    if (finding.areaId) findingsByArea.set(finding.areaId, [...(findingsByArea.get(finding.areaId) ?? []), finding]);
  }

  const result = computeGapAnalysis(
    areas.map((area) => ({
      id: area.id,
      code: area.code,
      point: points.get(area.id) ?? null,
      population: targetPopulation(area.id),
      need: needValues.get(area.id) ?? null,
    })),
    supply,
    { radiusKm: input.radiusKm, per: input.per, needDirection },
  );

  return {
    level,
    date,
    supplyMeasure: input.supplyMeasure,
    per: input.per,
    radiusKm: input.radiusKm,
    populationIndicator: population,
    needIndicator,
    needIndexRun,
    offerCount: offers.length,
    offersWithoutCapacity,
    overallSupplyRate: result.overallSupplyRate,
    areas: result.areas.map(({ id, code: _code, ...values }) => ({
      ...values,
      area: areaById.get(id) as AreaRow,
      findings: findingsByArea.get(id) ?? [],
    })),
  };
}

interface OfferLocationRow {
  id: string;
  capacityMax: number | null;
  latitude: number;
  longitude: number;
  areaId: string | null;
}

/**
 * Offers that count as supply — published, active, not archived, matching categories, target
 * groups and age — with their locations (offers without one drop out by the join), in one
 * statement.
 */
async function matchingOffers(
  db: Database,
  input: GapAnalysisInput,
): Promise<
  Array<{ id: string; capacityMax: number | null; locations: Array<Omit<OfferLocationRow, "id" | "capacityMax">> }>
> {
  const rows = await db.prisma.$queryRawUnsafe<OfferLocationRow[]>(
    `SELECT o.id::text AS id, o."capacityMax", l.latitude, l.longitude, l."areaId"::text AS "areaId"
       FROM "Offer" o
       JOIN "OfferLocation" l ON l."offerId" = o.id
      WHERE o.publication = 'PUBLISHED' AND o.status = 'ACTIVE' AND o."archivedAt" IS NULL
        AND (jsonb_array_length($1::jsonb) = 0 OR o.categories && ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
        AND (jsonb_array_length($2::jsonb) = 0 OR o."targetGroups" && ARRAY(SELECT jsonb_array_elements_text($2::jsonb)))
        AND ($3::int IS NULL OR ((o."minAge" IS NULL OR o."minAge" <= $3::int) AND (o."maxAge" IS NULL OR o."maxAge" >= $3::int)))
      ORDER BY o.id, l.position, l.id`,
    JSON.stringify(input.categories),
    JSON.stringify(input.targetGroups),
    input.age,
  );
  const offers = new Map<
    string,
    { id: string; capacityMax: number | null; locations: Array<Omit<OfferLocationRow, "id" | "capacityMax">> }
  >();
  for (const { id, capacityMax, ...location } of rows) {
    const offer = offers.get(id) ?? {
      id,
      capacityMax: capacityMax === null ? null : Number(capacityMax),
      locations: [],
    };
    offer.locations.push(location);
    offers.set(id, offer);
  }
  return [...offers.values()];
}

/**
 * The Planungsraum containing each hypothetical offer (null outside every area), as real
 * offers' locations store it: one statement for the candidates by bounding box, then the
 * exact test in memory.
 */
async function planungsraeumeContaining(
  db: Database,
  offers: ReadonlyArray<{ latitude: number; longitude: number }>,
): Promise<Array<string | null>> {
  if (offers.length === 0) return [];
  const candidates = await db.prisma.area.findMany({
    where: {
      level: "PLANUNGSRAUM",
      OR: offers.map(({ latitude, longitude }) => ({
        minLon: { lte: longitude },
        maxLon: { gte: longitude },
        minLat: { lte: latitude },
        maxLat: { gte: latitude },
      })),
    },
    orderBy: { code: "asc" },
    select: { id: true, geometry: true },
  });
  return offers.map(
    ({ latitude, longitude }) =>
      candidates.find(
        (area) => area.geometry !== null && pointInGeometry(longitude, latitude, area.geometry as AreaGeometry),
      )?.id ?? null,
  );
}
