// Needs versus offers: how much supply reaches each area's people (two-step floating
// catchment area, Luo & Wang 2003), set against need, with terciles and a ranked gap score.
// Pure: the API loads areas, populations, need values and offers and calls `computeGapAnalysis`.
// The method in words: docs/GAP-ANALYSIS.md.
import { z } from "zod";
import type { AreaGeometry } from "./area.ts";
import { boundingBox, distanceKm, type GeoPoint } from "./geo.ts";
import { maxAge } from "./offer.ts";

// ---------------------------------------------------------------------------------------
// Input

/** Largest catchment radius in kilometres (a city-wide catchment says nothing about gaps). */
export const maxRadiusKm = 20;
/** Most hypothetical offers in one scenario. */
export const maxHypotheticalOffers = 50;
/** Largest `per` (supply per this many people). */
export const maxPer = 1_000_000;
/** Most places one hypothetical offer may add. */
export const maxHypotheticalPlaces = 100_000;

export const gapSupplyMeasures = ["OFFERS", "PLACES"] as const;
export type GapSupplyMeasure = (typeof gapSupplyMeasures)[number];

export const gapAnalysisDefaults = {
  radiusKm: 1,
  per: 10_000,
  supplyMeasure: "OFFERS",
  populationIndicatorKey: "ew",
} as const;

const nullToUndefined = (value: unknown) => (value === null ? undefined : value);
const optional = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(nullToUndefined, schema.optional());

const hypotheticalOfferSchema = z.object({
  label: optional(z.string().trim().max(200, "use at most 200 characters")),
  latitude: z
    .number({ error: "must be a number" })
    .min(-90, "must be between -90 and 90")
    .max(90, "must be between -90 and 90"),
  longitude: z
    .number({ error: "must be a number" })
    .min(-180, "must be between -180 and 180")
    .max(180, "must be between -180 and 180"),
  places: optional(
    z
      .int({ error: "must be a whole number" })
      .min(1, "must be at least 1")
      .max(maxHypotheticalPlaces, `must be at most ${maxHypotheticalPlaces}`),
  ).transform((places) => places ?? 1),
});
export type HypotheticalOffer = z.infer<typeof hypotheticalOfferSchema>;

const keyList = optional(z.array(z.string().trim().min(1, "must not be empty").max(100, "use at most 100 characters")));

/**
 * The GraphQL `GapAnalysisInput` (nulls = not given) with defaults applied. What only the
 * database knows (indicator keys, index runs, dates with values) the API checks afterwards.
 */
export const gapAnalysisInputSchema = z
  .object({
    level: optional(z.enum(["STADT", "BEZIRK", "PROGNOSERAUM", "BEZIRKSREGION", "PLANUNGSRAUM"])).transform(
      (level) => level ?? "PLANUNGSRAUM",
    ),
    date: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")).transform((date) => date ?? null),
    categories: keyList.transform((list) => list ?? []),
    targetGroups: keyList.transform((list) => list ?? []),
    age: optional(
      z
        .int({ error: "must be a whole number" })
        .min(0, `must be between 0 and ${maxAge}`)
        .max(maxAge, `must be between 0 and ${maxAge}`),
    ).transform((age) => age ?? null),
    supplyMeasure: optional(z.enum(gapSupplyMeasures)).transform(
      (measure) => measure ?? gapAnalysisDefaults.supplyMeasure,
    ),
    populationIndicatorKey: optional(z.string().trim().min(1, "must not be empty")).transform(
      (key) => key ?? gapAnalysisDefaults.populationIndicatorKey,
    ),
    per: optional(
      z.int({ error: "must be a whole number" }).min(1, "must be at least 1").max(maxPer, `must be at most ${maxPer}`),
    ).transform((per) => per ?? gapAnalysisDefaults.per),
    needIndicatorKey: optional(z.string().trim().min(1, "must not be empty")).transform((key) => key ?? null),
    needIndexRunId: optional(z.string().trim().min(1, "must not be empty")).transform((id) => id ?? null),
    radiusKm: optional(
      z
        .number({ error: "must be a number" })
        .min(0, `must be between 0 and ${maxRadiusKm}`)
        .max(maxRadiusKm, `must be between 0 and ${maxRadiusKm}`),
    ).transform((radius) => radius ?? gapAnalysisDefaults.radiusKm),
    hypotheticalOffers: optional(
      z.array(hypotheticalOfferSchema).max(maxHypotheticalOffers, `add at most ${maxHypotheticalOffers}`),
    ).transform((offers) => offers ?? []),
  })
  .superRefine((input, ctx) => {
    if (input.needIndicatorKey !== null && input.needIndexRunId !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["needIndexRunId"],
        message: "give either needIndicatorKey or needIndexRunId, not both",
      });
    }
  });
export type GapAnalysisInput = z.infer<typeof gapAnalysisInputSchema>;

// ---------------------------------------------------------------------------------------
// Area points

/**
 * The centroid of a Polygon/MultiPolygon (area-weighted over its polygons, holes
 * subtracted), computed in planar longitude/latitude: at city scale the distortion of
 * treating degrees as a plane moves the point by metres, far less than any catchment radius.
 * The centroid of a strongly concave area can lie outside it; it is still the area's
 * centre of mass. Null for a degenerate geometry (no area).
 */
export function geometryCentroid(geometry: AreaGeometry): GeoPoint | null {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  // Coordinates relative to the first vertex: cross products of 13 × 52 degrees would cancel
  // away the digits that matter.
  const [originX = 0, originY = 0] = polygons[0]?.[0]?.[0] ?? [];
  let area = 0;
  let momentX = 0;
  let momentY = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      let ringArea = 0;
      let ringX = 0;
      let ringY = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [lon0 = 0, lat0 = 0] = ring[j] ?? [];
        const [lon1 = 0, lat1 = 0] = ring[i] ?? [];
        const [x0, y0, x1, y1] = [lon0 - originX, lat0 - originY, lon1 - originX, lat1 - originY];
        const cross = x0 * y1 - x1 * y0;
        ringArea += cross;
        ringX += (x0 + x1) * cross;
        ringY += (y0 + y1) * cross;
      }
      // Orientation-independent: the outer ring adds, holes subtract.
      const sign = (ringArea < 0 ? -1 : 1) * (index === 0 ? 1 : -1);
      area += (sign * ringArea) / 2;
      momentX += (sign * ringX) / 6;
      momentY += (sign * ringY) / 6;
    });
  }
  if (!(Math.abs(area) > 0)) return null;
  return { longitude: originX + momentX / area, latitude: originY + momentY / area };
}

// ---------------------------------------------------------------------------------------
// The computation

/** An area compared in the analysis. */
export interface GapAreaInput {
  /** Any unique key (the API uses the area id). */
  id: string;
  /** Official code: breaks ties in ranks and orders areas without a score. */
  code: string;
  /** Where catchments are measured from (centroid); null = never in reach of a radius. */
  point: GeoPoint | null;
  /** Target population (people); null = not known. Null or 0: no supply rate, no classes. */
  population: number | null;
  /** Need value (indicator value or status index); null = not known. */
  need: number | null;
}

/** One place where (part of) an offer is given. */
export interface GapLocation {
  point: GeoPoint;
  /** Id of the area (of the analysis level) that contains the point; null outside every area. Used for radius 0. */
  areaId: string | null;
}

/** An offer as supply: real or hypothetical. */
export interface GapOfferInput {
  /** Unique key (offer id, or e.g. "hypothetical:0"). */
  id: string;
  /** Its supply: 1 for OFFERS, its places for PLACES. Split evenly over its locations. */
  supply: number;
  locations: readonly GapLocation[];
}

export interface GapOptions {
  /** Catchment radius in km; 0 = only offers located in the area itself. */
  radiusKm: number;
  /** Supply rates are per this many people. */
  per: number;
  /** Which direction of the need value is high need. */
  needDirection: NeedDirection;
}

/** "higherIsMoreNeed": e.g. child poverty, the MSS status index; "higherIsLessNeed": e.g. employment rate. */
export type NeedDirection = "higherIsMoreNeed" | "higherIsLessNeed";

/** The need direction of an indicator polarity. NEUTRAL indicators are read as "higher = more need". */
export function needDirectionOf(polarity: "HIGHER_IS_WORSE" | "HIGHER_IS_BETTER" | "NEUTRAL"): NeedDirection {
  return polarity === "HIGHER_IS_BETTER" ? "higherIsLessNeed" : "higherIsMoreNeed";
}

export interface AreaGapResult {
  id: string;
  code: string;
  targetPopulation: number | null;
  /** The area's share of the supply that reaches it (2SFCA: A_i × P_i). */
  supply: number;
  /** A_i × per; null without (positive) population. */
  supplyRate: number | null;
  /** Offers with a location within the radius (radius 0: in the area). */
  offersInReach: number;
  need: number | null;
  /** Tercile 1 (low need) – 3 (high need) among areas with population and need (`terciles`). */
  needClass: 1 | 2 | 3 | null;
  /** Tercile 1 (low supply rate) – 3 (high) among areas with a supply rate. */
  supplyClass: 1 | 2 | 3 | null;
  /** Need percentile − supply-rate percentile, both among the scored areas; −1…1, high = gap. */
  gapScore: number | null;
  /** 1 = largest gap; null without score. */
  rank: number | null;
}

export interface GapAnalysisResult {
  /** Ordered by rank; areas without a rank last, by code. */
  areas: AreaGapResult[];
  /** Σ supply of every offer (also what reaches no populated area). */
  totalSupply: number;
  /** Σ population of the areas with a positive population. */
  totalPopulation: number;
  /** totalSupply per `per` of totalPopulation; null without population. */
  overallSupplyRate: number | null;
}

/**
 * For each value: how many values are strictly below it and how many equal it (itself
 * included), from one sort.
 */
function tieGroups(values: readonly number[]): Array<{ below: number; equal: number }> {
  const n = values.length;
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const groups = new Array<{ below: number; equal: number }>(n);
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && order[end + 1]?.value === order[start]?.value) end++;
    for (let k = start; k <= end; k++) groups[order[k]?.index as number] = { below: start, equal: end - start + 1 };
    start = end + 1;
  }
  return groups;
}

/**
 * Mid-rank percentiles: each value's mid-rank (the average 1-based rank of its tied values,
 * below + (equal + 1) / 2) divided by n, in (0, 1]. Tied values share their percentile.
 */
export function midRankPercentiles(values: readonly number[]): number[] {
  return tieGroups(values).map(({ below, equal }) => (below + (equal + 1) / 2) / values.length);
}

/**
 * Terciles 1–3 by the share of values strictly below: < 1/3 → 1, < 2/3 → 2, else 3
 * (compared as 3·below < n, exact). Tied values share a class, decided by where the tie
 * begins: many areas with no supply at all stay together in class 1 (low), whatever their
 * number.
 */
export function terciles(values: readonly number[]): Array<1 | 2 | 3> {
  const n = values.length;
  return tieGroups(values).map(({ below }) => (3 * below < n ? 1 : 3 * below < 2 * n ? 2 : 3));
}

const hasPopulation = (area: GapAreaInput) => area.population !== null && area.population > 0;

/**
 * Two-step floating catchment area (Luo & Wang 2003) with terciles and a gap score.
 *
 * Step 1, per location j (an offer's supply split evenly over its locations):
 *   R_j = S_j / Σ P_k over areas k whose point lies within `radiusKm` of j.
 * Step 2, per area i:  A_i = Σ R_j over locations within `radiusKm` of i's point;
 *   supply_i = A_i × P_i (its share of the supply), supplyRate_i = A_i × per.
 * Radius 0: a location reaches only the area that contains it (`areaId`), so
 * A_i = (supply located in i) / P_i. A location that reaches no populated area is nobody's
 * supply (it still counts in the overall rate). Areas without population take no share.
 *
 * Need is read in `needDirection`. Terciles (`terciles`) rank need among the areas with
 * population and need, supply rates among the areas with population; ties share a class.
 * gapScore = need percentile − supply-rate percentile, both among the areas that have
 * population and need; ranks by gapScore descending, ties by code.
 */
export function computeGapAnalysis(
  areas: readonly GapAreaInput[],
  offers: readonly GapOfferInput[],
  options: GapOptions,
): GapAnalysisResult {
  const n = areas.length;
  const population = areas.map((area) => (hasPopulation(area) ? (area.population as number) : 0));
  const indexById = new Map(areas.map((area, index) => [area.id, index]));

  // Which areas each location reaches (the pairs are used by both steps).
  const locations: Array<{ offer: number; supply: number; reached: number[] }> = [];
  offers.forEach((offer, offerIndex) => {
    if (offer.locations.length === 0) return;
    const share = offer.supply / offer.locations.length;
    for (const location of offer.locations) {
      const reached: number[] = [];
      if (options.radiusKm === 0) {
        const index = location.areaId === null ? undefined : indexById.get(location.areaId);
        if (index !== undefined) reached.push(index);
      } else {
        const box = boundingBox(location.point, options.radiusKm);
        for (let i = 0; i < n; i++) {
          const point = areas[i]?.point;
          if (
            !point ||
            point.latitude < box.minLatitude ||
            point.latitude > box.maxLatitude ||
            point.longitude < box.minLongitude ||
            point.longitude > box.maxLongitude
          ) {
            continue;
          }
          if (distanceKm(point, location.point) <= options.radiusKm) reached.push(i);
        }
      }
      locations.push({ offer: offerIndex, supply: share, reached });
    }
  });

  const accessibility = new Array<number>(n).fill(0);
  const offersReaching = Array.from({ length: n }, () => new Set<number>());
  for (const location of locations) {
    let reachedPopulation = 0;
    for (const i of location.reached) reachedPopulation += population[i] as number;
    for (const i of location.reached) offersReaching[i]?.add(location.offer);
    if (reachedPopulation <= 0) continue;
    const ratio = location.supply / reachedPopulation;
    for (const i of location.reached) accessibility[i] = (accessibility[i] as number) + ratio;
  }

  const totalSupply = offers.reduce((sum, offer) => sum + (offer.locations.length > 0 ? offer.supply : 0), 0);
  const totalPopulation = population.reduce((sum, value) => sum + value, 0);

  const results: AreaGapResult[] = areas.map((area, i) => {
    const populated = hasPopulation(area);
    const a = accessibility[i] as number;
    return {
      id: area.id,
      code: area.code,
      targetPopulation: area.population,
      supply: populated ? a * (area.population as number) : 0,
      supplyRate: populated ? a * options.per : null,
      offersInReach: offersReaching[i]?.size ?? 0,
      need: area.need,
      needClass: null,
      supplyClass: null,
      gapScore: null,
      rank: null,
    };
  });

  // Need oriented so that larger = more need.
  const orientedNeed = (need: number) => (options.needDirection === "higherIsMoreNeed" ? need : -need);

  const withRate = results.filter((result) => result.supplyRate !== null);
  terciles(withRate.map((result) => result.supplyRate as number)).forEach((supplyClass, k) => {
    (withRate[k] as AreaGapResult).supplyClass = supplyClass;
  });

  const scored = withRate.filter((result) => result.need !== null && Number.isFinite(result.need));
  const needs = scored.map((result) => orientedNeed(result.need as number));
  terciles(needs).forEach((needClass, k) => {
    (scored[k] as AreaGapResult).needClass = needClass;
  });
  const needPercentiles = midRankPercentiles(needs);
  const supplyPercentiles = midRankPercentiles(scored.map((result) => result.supplyRate as number));
  scored.forEach((result, k) => {
    result.gapScore = (needPercentiles[k] as number) - (supplyPercentiles[k] as number);
  });

  const byCode = (a: AreaGapResult, b: AreaGapResult) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  [...scored]
    .sort((a, b) => (b.gapScore as number) - (a.gapScore as number) || byCode(a, b))
    .forEach((result, position) => {
      result.rank = position + 1;
    });

  const ordered = [...results].sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return byCode(a, b);
  });

  return {
    areas: ordered,
    totalSupply,
    totalPopulation,
    overallSupplyRate: totalPopulation > 0 ? (totalSupply / totalPopulation) * options.per : null,
  };
}
