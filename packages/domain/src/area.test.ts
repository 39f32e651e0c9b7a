import { describe, expect, it } from "vitest";
import {
  type AreaGeometry,
  type AreaInput,
  areaGeometrySchema,
  checkAreaSet,
  geometryBBox,
  levelRank,
  parentsFirst,
  pointInGeometry,
} from "./area.ts";

const area = (code: string, level: AreaInput["level"], parentCode: string | null): AreaInput => ({
  code,
  name: code,
  level,
  parentCode,
  geometry: null,
  areaM2: null,
});

describe("area hierarchy", () => {
  it("ranks levels from the city down", () => {
    expect(levelRank("STADT")).toBeLessThan(levelRank("BEZIRK"));
    expect(levelRank("BEZIRKSREGION")).toBeLessThan(levelRank("PLANUNGSRAUM"));
  });

  it("accepts a consistent set and orders parents first", () => {
    const set = [
      area("01100101", "PLANUNGSRAUM", "011001"),
      area("011001", "BEZIRKSREGION", "01"),
      area("01", "BEZIRK", "11"),
    ];
    expect(checkAreaSet(set, new Map([["11", "STADT"]]))).toEqual([]);
    expect(parentsFirst(set).map((a) => a.code)).toEqual(["01", "011001", "01100101"]);
  });

  it("finds duplicate codes, unknown parents, parents on the wrong level and orphans", () => {
    const set = [
      area("01", "BEZIRK", null),
      area("0110", "PROGNOSERAUM", "01"),
      area("0110", "PROGNOSERAUM", "01"),
      area("011001", "BEZIRKSREGION", "0999"),
      area("02", "BEZIRK", "0110"),
    ];
    expect(checkAreaSet(set)).toEqual([
      { code: "0110", message: "code appears more than once" },
      { code: "01", message: "a BEZIRK needs a parent" },
      { code: "011001", message: "unknown parent code 0999" },
      { code: "02", message: "parent 0110 (PROGNOSERAUM) is not above BEZIRK" },
    ]);
  });
});

describe("areaGeometrySchema (RFC 7946)", () => {
  const ring = [
    [13.1, 52.1],
    [13.2, 52.1],
    [13.2, 52.2],
    [13.1, 52.1],
  ];
  it("accepts polygons and multipolygons with closed rings", () => {
    expect(areaGeometrySchema.safeParse({ type: "Polygon", coordinates: [ring] }).success).toBe(true);
    expect(areaGeometrySchema.safeParse({ type: "MultiPolygon", coordinates: [[ring], [ring]] }).success).toBe(true);
  });
  it("rejects open rings, too short rings, other geometry types and non-numbers", () => {
    expect(areaGeometrySchema.safeParse({ type: "Polygon", coordinates: [ring.slice(0, 3)] }).success).toBe(false);
    expect(
      areaGeometrySchema.safeParse({ type: "Polygon", coordinates: [[...ring.slice(0, 3), [13.3, 52.3]]] }).success,
    ).toBe(false);
    expect(areaGeometrySchema.safeParse({ type: "Point", coordinates: [13.1, 52.1] }).success).toBe(false);
    expect(areaGeometrySchema.safeParse({ type: "Polygon", coordinates: [[["a", "b"]]] }).success).toBe(false);
  });
});

describe("point in area", () => {
  const squareWithHole: Extract<AreaGeometry, { type: "Polygon" }> = {
    type: "Polygon",
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [4, 4],
        [6, 4],
        [6, 6],
        [4, 6],
        [4, 4],
      ],
    ],
  };
  it("finds points inside the outer ring but not in holes", () => {
    expect(pointInGeometry(1, 1, squareWithHole)).toBe(true);
    expect(pointInGeometry(5, 5, squareWithHole)).toBe(false);
    expect(pointInGeometry(11, 5, squareWithHole)).toBe(false);
  });
  it("tests every polygon of a multipolygon and boxes all of them", () => {
    const multi: AreaGeometry = {
      type: "MultiPolygon",
      coordinates: [
        squareWithHole.coordinates,
        [
          [
            [20, 20],
            [21, 20],
            [21, 21],
            [20, 20],
          ],
        ],
      ],
    };
    expect(pointInGeometry(20.8, 20.2, multi)).toBe(true);
    expect(geometryBBox(multi)).toEqual({ minLon: 0, minLat: 0, maxLon: 21, maxLat: 21 });
  });
});
