import { z } from "zod";

/** Levels of the spatial hierarchy, from the whole city down to the smallest planning unit. */
export const areaLevels = ["STADT", "BEZIRK", "PROGNOSERAUM", "BEZIRKSREGION", "PLANUNGSRAUM"] as const;
export type AreaLevel = (typeof areaLevels)[number];

/** 0 for the city, growing towards the smallest unit; a parent always has a smaller rank. */
export function levelRank(level: AreaLevel): number {
  return areaLevels.indexOf(level);
}

const position = z.tuple([z.number().finite(), z.number().finite()]).rest(z.number().finite());
const linearRing = z
  .array(position)
  .min(4, "a linear ring needs at least four positions")
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, "a linear ring must be closed (first position = last position)");

/** RFC 7946 Polygon or MultiPolygon in WGS84 lon/lat. */
export const areaGeometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(linearRing).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(linearRing).min(1)).min(1) }),
]);
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;

/** One area as it enters the system (import, seed, later the upload in the browser). */
export const areaInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[0-9A-Za-z_-]+$/, "codes contain only letters, digits, - and _"),
  name: z.string().trim().min(1).max(200),
  level: z.enum(areaLevels),
  parentCode: z.string().nullable(),
  geometry: areaGeometrySchema.nullable(),
  areaM2: z.number().nonnegative().nullable(),
});
export type AreaInput = z.infer<typeof areaInputSchema>;

export interface AreaSetProblem {
  code: string;
  message: string;
}

/**
 * Checks a whole set of areas for consistency before anything is written: unique codes,
 * parents that exist (in the set or in `existingLevels`) and sit on a higher level.
 */
export function checkAreaSet(
  areas: readonly AreaInput[],
  existingLevels: ReadonlyMap<string, AreaLevel> = new Map(),
): AreaSetProblem[] {
  const problems: AreaSetProblem[] = [];
  const levels = new Map(existingLevels);
  const seen = new Set<string>();
  for (const area of areas) {
    if (seen.has(area.code)) problems.push({ code: area.code, message: "code appears more than once" });
    seen.add(area.code);
    levels.set(area.code, area.level);
  }
  for (const area of areas) {
    if (area.parentCode === null) {
      if (area.level !== "STADT") problems.push({ code: area.code, message: `a ${area.level} needs a parent` });
      continue;
    }
    const parentLevel = levels.get(area.parentCode);
    if (parentLevel === undefined) {
      problems.push({ code: area.code, message: `unknown parent code ${area.parentCode}` });
    } else if (levelRank(parentLevel) >= levelRank(area.level)) {
      problems.push({
        code: area.code,
        message: `parent ${area.parentCode} (${parentLevel}) is not above ${area.level}`,
      });
    }
  }
  return problems;
}

/** Orders areas so that every parent comes before its children (by level rank). */
export function parentsFirst<T extends { level: AreaLevel }>(areas: readonly T[]): T[] {
  return [...areas].sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

function polygonsOf(geometry: AreaGeometry): number[][][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** Smallest lon/lat box around a geometry. */
export function geometryBBox(geometry: AreaGeometry): BBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const polygon of polygonsOf(geometry)) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      box.minLon = Math.min(box.minLon, lon);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLon = Math.max(box.maxLon, lon);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

/** Even-odd ray casting on one ring (planar lon/lat: fine at city scale). */
function inRing(lon: number, lat: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a WGS84 point lies inside a Polygon/MultiPolygon (holes excluded). */
export function pointInGeometry(longitude: number, latitude: number, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) =>
      outer !== undefined &&
      inRing(longitude, latitude, outer) &&
      !holes.some((hole) => inRing(longitude, latitude, hole)),
  );
}
