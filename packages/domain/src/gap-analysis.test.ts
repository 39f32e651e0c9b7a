import { describe, expect, it } from "vitest";
import {
  computeGapAnalysis,
  type GapAreaInput,
  type GapOfferInput,
  gapAnalysisInputSchema,
  geometryCentroid,
  midRankPercentiles,
  needDirectionOf,
  terciles,
} from "./gap-analysis.ts";
import { earthRadiusKm, type GeoPoint } from "./geo.ts";

/** A point on the equator `km` kilometres east of 0°/0°: distances between such points are exact differences. */
const at = (km: number): GeoPoint => ({ latitude: 0, longitude: km / ((earthRadiusKm * Math.PI) / 180) });

const area = (id: string, km: number, population: number | null, need: number | null): GapAreaInput => ({
  id,
  code: id,
  point: at(km),
  population,
  need,
});

/*
 * The hand-computed example. Four areas on a line (km from the origin), radius 1.2 km,
 * supply = places, rates per 1,000 people, need HIGHER_IS_WORSE.
 *
 *   area  point  population  need
 *   A     0 km   1,000       10
 *   B     1 km   3,000       40
 *   C     2 km   2,000       30
 *   D    10 km     500       20
 *
 *   offer  places  locations              reaches (distance ≤ 1.2 km)
 *   O1     20      0.5 km                 A (0.5), B (0.5)          — C is 1.5 km away
 *   O2     30      2 km and 10 km (15+15) 2 km: B (1.0), C (0.0); 10 km: D (0.0)
 *   O3     10      1.6 km                 B (0.6), C (0.4)          — A is 1.6 km away
 *
 * Step 1, R_j = S_j / Σ P of the areas reached:
 *   O1:       20 / (1000 + 3000) = 0.005
 *   O2 @2km:  15 / (3000 + 2000) = 0.003
 *   O2 @10km: 15 / 500           = 0.03
 *   O3:       10 / (3000 + 2000) = 0.002
 * Step 2, A_i = Σ R_j reaching i; supply = A_i × P_i; rate = A_i × 1000:
 *   A: 0.005                 → supply  5, rate  5
 *   B: 0.005 + 0.003 + 0.002 → supply 30, rate 10
 *   C: 0.003 + 0.002         → supply 10, rate  5
 *   D: 0.03                  → supply 15, rate 30
 *   (5 + 30 + 10 + 15 = 60 = all places.) Offers in reach: A 1, B 3, C 2, D 1.
 *   Overall: 60 places / 6,500 people × 1000 = 9.2308.
 *
 * Percentiles (mid-rank / n, n = 4):
 *   need ascending A 10, D 20, C 30, B 40           → A 0.25, D 0.5, C 0.75, B 1
 *   rate ascending A 5, C 5 (tie: ranks 1 and 2 → 1.5), B 10, D 30
 *                                                   → A 0.375, C 0.375, B 0.75, D 1
 * Gap score = need − supply percentile:
 *   A 0.25 − 0.375 = −0.125; B 1 − 0.75 = 0.25; C 0.75 − 0.375 = 0.375; D 0.5 − 1 = −0.5
 *   ranks: C 1, B 2, A 3, D 4.
 * Terciles by values strictly below (3·below < 4 → 1, 3·below < 8 → 2, else 3):
 *   need: A (0 below) 1, D (1) 1, C (2) 2, B (3) 3
 *   rate: A, C (0 below) 1, B (2) 2, D (3) 3
 */
const handAreas: GapAreaInput[] = [
  area("A", 0, 1000, 10),
  area("B", 1, 3000, 40),
  area("C", 2, 2000, 30),
  area("D", 10, 500, 20),
];
const handOffers: GapOfferInput[] = [
  { id: "O1", supply: 20, locations: [{ point: at(0.5), areaId: "A" }] },
  {
    id: "O2",
    supply: 30,
    locations: [
      { point: at(2), areaId: "C" },
      { point: at(10), areaId: "D" },
    ],
  },
  { id: "O3", supply: 10, locations: [{ point: at(1.6), areaId: "C" }] },
];
const handOptions = { radiusKm: 1.2, per: 1000, needDirection: "higherIsMoreNeed" } as const;

const byId = (result: ReturnType<typeof computeGapAnalysis>) => new Map(result.areas.map((a) => [a.id, a]));

describe("computeGapAnalysis (2SFCA)", () => {
  it("reproduces the hand-computed example", () => {
    const result = computeGapAnalysis(handAreas, handOffers, handOptions);
    expect(result.areas.map((a) => a.id)).toEqual(["C", "B", "A", "D"]);
    const expected = {
      A: { supply: 5, supplyRate: 5, offersInReach: 1, needClass: 1, supplyClass: 1, gapScore: -0.125, rank: 3 },
      B: { supply: 30, supplyRate: 10, offersInReach: 3, needClass: 3, supplyClass: 2, gapScore: 0.25, rank: 2 },
      C: { supply: 10, supplyRate: 5, offersInReach: 2, needClass: 2, supplyClass: 1, gapScore: 0.375, rank: 1 },
      D: { supply: 15, supplyRate: 30, offersInReach: 1, needClass: 1, supplyClass: 3, gapScore: -0.5, rank: 4 },
    };
    for (const [id, values] of Object.entries(expected)) {
      const row = byId(result).get(id);
      expect(row?.supply).toBeCloseTo(values.supply, 10);
      expect(row?.supplyRate).toBeCloseTo(values.supplyRate, 10);
      expect(row?.gapScore).toBeCloseTo(values.gapScore, 10);
      expect(row).toMatchObject({
        offersInReach: values.offersInReach,
        needClass: values.needClass,
        supplyClass: values.supplyClass,
        rank: values.rank,
      });
    }
    expect(result.totalSupply).toBe(60);
    expect(result.totalPopulation).toBe(6500);
    expect(result.overallSupplyRate).toBeCloseTo(9.2308, 4);
  });

  it("shares all supply that reaches a populated area among the areas (supplies add up)", () => {
    const result = computeGapAnalysis(handAreas, handOffers, handOptions);
    expect(result.areas.reduce((sum, a) => sum + a.supply, 0)).toBeCloseTo(60, 10);
  });

  it("reads a HIGHER_IS_BETTER indicator the other way round", () => {
    expect(needDirectionOf("HIGHER_IS_BETTER")).toBe("higherIsLessNeed");
    expect(needDirectionOf("HIGHER_IS_WORSE")).toBe("higherIsMoreNeed");
    expect(needDirectionOf("NEUTRAL")).toBe("higherIsMoreNeed");
    const result = byId(
      computeGapAnalysis(handAreas, handOffers, { ...handOptions, needDirection: "higherIsLessNeed" }),
    );
    // Need percentiles flip: A 1, D 0.75, C 0.5, B 0.25.
    expect(result.get("A")?.gapScore).toBeCloseTo(1 - 0.375, 10);
    expect(result.get("B")?.gapScore).toBeCloseTo(0.25 - 0.75, 10);
    expect(result.get("A")?.needClass).toBe(3);
    expect(result.get("B")?.needClass).toBe(1);
    expect(result.get("A")?.rank).toBe(1);
  });

  it("without offers every area has supply 0, shares the lowest supply class and is ranked by need", () => {
    const result = computeGapAnalysis(handAreas, [], handOptions);
    for (const row of result.areas) {
      expect(row).toMatchObject({ supply: 0, supplyRate: 0, offersInReach: 0, supplyClass: 1 });
    }
    // All rates tie: supply percentile (1 + 4) / 2 / 4 = 0.625 for everybody.
    expect(result.areas.map((a) => [a.id, a.gapScore])).toEqual([
      ["B", 1 - 0.625],
      ["C", 0.75 - 0.625],
      ["D", 0.5 - 0.625],
      ["A", 0.25 - 0.625],
    ]);
    expect(result.overallSupplyRate).toBe(0);
  });

  it("gives areas without population no rate, no classes, no share and no rank", () => {
    const areas = [...handAreas.slice(0, 3), area("D", 10, 0, 20), area("E", 0.2, null, 99)];
    const result = computeGapAnalysis(areas, handOffers, handOptions);
    const rows = byId(result);
    for (const id of ["D", "E"]) {
      expect(rows.get(id)).toMatchObject({
        supply: 0,
        supplyRate: null,
        needClass: null,
        supplyClass: null,
        gapScore: null,
        rank: null,
      });
    }
    expect(rows.get("E")?.need).toBe(99);
    // E is 0.3 km from O1: counted in reach, but its unknown population takes no share.
    expect(rows.get("E")?.offersInReach).toBe(1);
    expect(rows.get("A")?.supply).toBeCloseTo(5, 10);
    // O2's second location reaches only D (population 0): nobody's supply, but in the overall rate.
    expect(result.areas.reduce((sum, a) => sum + a.supply, 0)).toBeCloseTo(45, 10);
    expect(result.overallSupplyRate).toBeCloseTo((60 / 6000) * 1000, 10);
    // Unranked areas come last, by code.
    expect(result.areas.map((a) => a.id).slice(-2)).toEqual(["D", "E"]);
  });

  it("with radius 0 counts only offers located in the area (by their area id)", () => {
    const result = byId(computeGapAnalysis(handAreas, handOffers, { ...handOptions, radiusKm: 0 }));
    // A: O1 (20) / 1000; B: nothing; C: O2's half (15) + O3 (10) = 25 / 2000; D: 15 / 500.
    expect(result.get("A")).toMatchObject({ supply: 20, offersInReach: 1 });
    expect(result.get("A")?.supplyRate).toBeCloseTo(20, 10);
    expect(result.get("B")).toMatchObject({ supply: 0, supplyRate: 0, offersInReach: 0 });
    expect(result.get("C")?.supply).toBeCloseTo(25, 10);
    expect(result.get("C")?.supplyRate).toBeCloseTo(12.5, 10);
    expect(result.get("C")?.offersInReach).toBe(2);
    expect(result.get("D")?.supplyRate).toBeCloseTo(30, 10);
  });

  it("a location outside every area counts for no area at radius 0", () => {
    const offers = [{ id: "X", supply: 5, locations: [{ point: at(0), areaId: null }] }];
    const result = computeGapAnalysis(handAreas, offers, { ...handOptions, radiusKm: 0 });
    expect(result.areas.every((a) => a.supply === 0 && a.offersInReach === 0)).toBe(true);
    expect(result.totalSupply).toBe(5);
  });

  it("a hypothetical offer near the largest gap raises its coverage and lowers its gap", () => {
    const before = byId(computeGapAnalysis(handAreas, handOffers, handOptions));
    const scenario = [
      ...handOffers,
      { id: "hypothetical:0", supply: 40, locations: [{ point: at(2.3), areaId: "C" }] },
    ];
    const after = byId(computeGapAnalysis(handAreas, scenario, handOptions));
    // 2.3 km reaches only C (0.3 km; B is 1.3 km away): 40 / 2000 = 0.02 more for C → rate 25, gap 0.75 − 0.75.
    expect(after.get("C")?.supplyRate).toBeCloseTo((0.005 + 0.02) * 1000, 10);
    expect(after.get("C")?.offersInReach).toBe(3);
    expect(after.get("B")?.supplyRate).toBeCloseTo(before.get("B")?.supplyRate as number, 10);
    expect(after.get("C")?.gapScore).toBeCloseTo(0, 10);
    expect(before.get("C")?.gapScore).toBeCloseTo(0.375, 10);
    expect(after.get("C")?.rank).not.toBe(1);
  });

  it("an area without a point is reached by no radius", () => {
    const areas = [...handAreas, { id: "F", code: "F", point: null, population: 100, need: 1 }];
    const result = byId(computeGapAnalysis(areas, handOffers, handOptions));
    expect(result.get("F")).toMatchObject({ supply: 0, supplyRate: 0, offersInReach: 0 });
  });
});

describe("percentiles and terciles", () => {
  it("gives ties their mid-rank", () => {
    expect(midRankPercentiles([3, 1, 3, 2])).toEqual([3.5 / 4, 1 / 4, 3.5 / 4, 2 / 4]);
    expect(midRankPercentiles([])).toEqual([]);
  });

  it("splits distinct values into thirds and keeps ties together", () => {
    expect(terciles([1, 2, 3])).toEqual([1, 2, 3]);
    expect(terciles([6, 5, 4, 3, 2, 1])).toEqual([3, 3, 2, 2, 1, 1]);
    // Seven zeros and three others: the zeros stay together in class 1.
    expect(terciles([0, 0, 0, 0, 0, 0, 0, 1, 2, 3])).toEqual([1, 1, 1, 1, 1, 1, 1, 3, 3, 3]);
    expect(terciles([5, 5, 5])).toEqual([1, 1, 1]);
  });
});

describe("geometryCentroid", () => {
  const square = (x: number, y: number, size: number): Array<[number, number]> => [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];

  it("is the middle of a square, whatever the winding", () => {
    expect(geometryCentroid({ type: "Polygon", coordinates: [square(13, 52, 0.02)] })).toEqual({
      longitude: expect.closeTo(13.01, 12),
      latitude: expect.closeTo(52.01, 12),
    });
    expect(geometryCentroid({ type: "Polygon", coordinates: [square(13, 52, 0.02).reverse()] })?.longitude).toBeCloseTo(
      13.01,
      12,
    );
  });

  it("subtracts holes and weights the parts of a MultiPolygon by their area", () => {
    // 2×2 square at (0,0) with a 1×1 hole at its right upper corner: area 3, centroid (5/6, 5/6).
    const withHole = geometryCentroid({ type: "Polygon", coordinates: [square(0, 0, 2), square(1, 1, 1)] });
    expect(withHole?.longitude).toBeCloseTo(5 / 6, 12);
    expect(withHole?.latitude).toBeCloseTo(5 / 6, 12);
    // A 1×1 square at (0,0) and a 1×1 at (3,0): centroid (2, 0.5).
    const multi = geometryCentroid({ type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(3, 0, 1)]] });
    expect(multi).toEqual({ longitude: expect.closeTo(2, 12), latitude: expect.closeTo(0.5, 12) });
  });

  it("is null for a geometry without area", () => {
    expect(
      geometryCentroid({
        type: "Polygon",
        coordinates: [
          [
            [1, 1],
            [2, 2],
            [1, 1],
            [1, 1],
          ],
        ],
      }),
    ).toBeNull();
  });
});

describe("gapAnalysisInputSchema", () => {
  it("fills in the defaults", () => {
    expect(gapAnalysisInputSchema.parse({})).toEqual({
      level: "PLANUNGSRAUM",
      date: null,
      categories: [],
      targetGroups: [],
      age: null,
      supplyMeasure: "OFFERS",
      populationIndicatorKey: "ew",
      per: 10000,
      needIndicatorKey: null,
      needIndexRunId: null,
      radiusKm: 1,
      hypotheticalOffers: [],
    });
    expect(
      gapAnalysisInputSchema.parse({ hypotheticalOffers: [{ latitude: 52.5, longitude: 13.4, places: null }] })
        .hypotheticalOffers,
    ).toEqual([{ latitude: 52.5, longitude: 13.4, places: 1 }]);
  });

  it("names every bad field", () => {
    const result = gapAnalysisInputSchema.safeParse({
      per: 0,
      radiusKm: 25,
      age: -1,
      needIndicatorKey: "mss2021.s4",
      needIndexRunId: "8d5c0a8e-0000-4000-8000-000000000000",
      hypotheticalOffers: [{ latitude: 95, longitude: 13, places: 0 }],
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(
      expect.arrayContaining([
        "per",
        "radiusKm",
        "age",
        "hypotheticalOffers.0.latitude",
        "hypotheticalOffers.0.places",
      ]),
    );
  });

  it("refuses two need sources", () => {
    const result = gapAnalysisInputSchema.safeParse({ needIndicatorKey: "a", needIndexRunId: "b" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["needIndexRunId"],
        message: "give either needIndicatorKey or needIndexRunId, not both",
      }),
    ]);
  });
});
