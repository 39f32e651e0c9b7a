import {
  type AreaGeometry,
  type AreaInput,
  areaInputSchema,
  checkAreaSet,
  geometryBBox,
  levelRank,
  parentsFirst,
  pointInGeometry,
} from "@sozialatlas/domain/area";
import type { Area, AreaLevel } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";

/**
 * An area without its boundary: lists, parents and labels need only these columns, and the
 * 542 Berlin boundaries weigh megabytes. `Area.geometry` is loaded separately when asked for.
 */
export type AreaRow = Omit<Area, "geometry">;

export const areaColumns = {
  id: true,
  code: true,
  name: true,
  level: true,
  parentId: true,
  areaM2: true,
  minLon: true,
  minLat: true,
  maxLon: true,
  maxLat: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Record<keyof AreaRow, true>;

export interface AreaFilter {
  level?: AreaLevel | null;
  parentCode?: string | null;
}

export async function listAreas(db: Database, filter: AreaFilter): Promise<AreaRow[]> {
  let parentId: string | undefined;
  if (filter.parentCode != null) {
    parentId = (await getAreaByCode(db, filter.parentCode)).id;
  }
  return db.prisma.area.findMany({
    where: { level: filter.level ?? undefined, parentId },
    orderBy: { code: "asc" },
    select: areaColumns,
  });
}

export async function getAreaByCode(db: Database, code: string): Promise<AreaRow> {
  const area = await db.prisma.area.findUnique({ where: { code }, select: areaColumns });
  if (!area) throw notFound("Area", code);
  return area;
}

export async function countAreasByLevel(db: Database): Promise<Array<{ level: AreaLevel; count: number }>> {
  const groups = await db.prisma.area.groupBy({ by: ["level"], _count: { _all: true } });
  return groups
    .map((group) => ({ level: group.level, count: group._count._all }))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

export async function findAreasByIds(db: Database, ids: readonly string[]): Promise<AreaRow[]> {
  return db.prisma.area.findMany({ where: { id: { in: [...ids] } }, select: areaColumns });
}

/** Boundaries by area id (null where an area has none). */
export async function findGeometriesByIds(
  db: Database,
  ids: readonly string[],
): Promise<Array<{ id: string; geometry: AreaGeometry | null }>> {
  const rows = await db.prisma.area.findMany({ where: { id: { in: [...ids] } }, select: { id: true, geometry: true } });
  return rows.map((row) => ({ id: row.id, geometry: (row.geometry as AreaGeometry | null) ?? null }));
}

export async function findChildrenOf(db: Database, parentIds: readonly string[]): Promise<AreaRow[]> {
  return db.prisma.area.findMany({
    where: { parentId: { in: [...parentIds] } },
    orderBy: { code: "asc" },
    select: areaColumns,
  });
}

export async function countAreas(db: Database): Promise<number> {
  return db.prisma.area.count();
}

/**
 * Creates or updates areas by code. Every row is validated and the whole set checked
 * (unique codes, parents exist and sit higher) before anything is written; then one
 * transaction writes level by level, parents first.
 */
export async function upsertAreas(db: Database, input: readonly unknown[]): Promise<{ written: number }> {
  const problems: string[] = [];
  const areas: AreaInput[] = [];
  input.forEach((raw, index) => {
    const parsed = areaInputSchema.safeParse(raw);
    if (parsed.success) areas.push(parsed.data);
    else
      problems.push(
        `row ${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
  });
  const existing = await db.prisma.area.findMany({ select: { code: true, level: true } });
  const existingLevels = new Map(existing.map((area) => [area.code, area.level]));
  for (const problem of checkAreaSet(areas, existingLevels)) problems.push(`${problem.code}: ${problem.message}`);
  if (problems.length > 0) {
    throw new DomainError("BAD_USER_INPUT", `${problems.length} invalid area(s): ${problems.slice(0, 5).join(" | ")}`, {
      problems,
    });
  }

  const byLevel = new Map<AreaLevel, Array<AreaInput & Partial<ReturnType<typeof geometryBBox>>>>();
  for (const area of parentsFirst(areas)) {
    const row = { ...area, ...(area.geometry ? geometryBBox(area.geometry) : {}) };
    byLevel.set(area.level, [...(byLevel.get(area.level) ?? []), row]);
  }
  await db.prisma.$transaction(
    async (tx) => {
      // One set-based statement per level instead of a round trip per row: an import of
      // thousands of areas stays a handful of statements.
      for (const rows of byLevel.values()) {
        await tx.$executeRawUnsafe(
          `INSERT INTO "Area" (code, name, level, "parentId", geometry, "areaM2",
                               "minLon", "minLat", "maxLon", "maxLat", "updatedAt")
           SELECT r.code, r.name, r.level::"AreaLevel", p.id, r.geometry, r."areaM2",
                  r."minLon", r."minLat", r."maxLon", r."maxLat", now()
           FROM jsonb_to_recordset($1::jsonb)
             AS r(code text, name text, level text, "parentCode" text, geometry jsonb, "areaM2" float8,
                  "minLon" float8, "minLat" float8, "maxLon" float8, "maxLat" float8)
           LEFT JOIN "Area" p ON p.code = r."parentCode"
           ON CONFLICT (code) DO UPDATE SET
             name = excluded.name, level = excluded.level, "parentId" = excluded."parentId",
             geometry = excluded.geometry, "areaM2" = excluded."areaM2",
             "minLon" = excluded."minLon", "minLat" = excluded."minLat",
             "maxLon" = excluded."maxLon", "maxLat" = excluded."maxLat", "updatedAt" = now()`,
          JSON.stringify(rows),
        );
      }
    },
    { timeout: 5 * 60_000 },
  );
  return { written: areas.length };
}

/**
 * The area of `level` (default: the smallest, Planungsraum) that contains a WGS84 point, or
 * null outside every area. The bounding boxes narrow the candidates; the exact test decides.
 */
export async function findAreaContaining(
  db: Database,
  longitude: number,
  latitude: number,
  level: AreaLevel = "PLANUNGSRAUM",
): Promise<AreaRow | null> {
  const candidates = await db.prisma.area.findMany({
    where: {
      level,
      minLon: { lte: longitude },
      maxLon: { gte: longitude },
      minLat: { lte: latitude },
      maxLat: { gte: latitude },
    },
    orderBy: { code: "asc" },
    select: { ...areaColumns, geometry: true },
  });
  const found = candidates.find(
    (area) => area.geometry && pointInGeometry(longitude, latitude, area.geometry as AreaGeometry),
  );
  if (!found) return null;
  const { geometry: _geometry, ...row } = found;
  return row;
}
