import type { AreaGeometry } from "@sozialatlas/domain/area";
import { geoArea } from "d3-geo";
import { describe, expect, it } from "vitest";
// Real boundaries (12 Berlin districts, 600 KB), read as text so the test needs no Node types.
import districtsGeojson from "../../../../../../data/berlin/lor-2021/bezirksgrenzen_wgs84.geojson?raw";
import { type MapFeature, toD3Winding, toMapShapes } from "./mapShapes.ts";

type Position = [number, number];

/** Counter-clockwise (RFC 7946 exterior) square with its south-west corner at lon/lat. */
function ccwSquare(lon: number, lat: number, size: number): Position[] {
  return [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
}

const polygon = (...rings: Position[][]): AreaGeometry => ({ type: "Polygon", coordinates: rings });
const feature = (code: string, geometry: AreaGeometry | null): MapFeature => ({ code, name: `Area ${code}`, geometry });

/** Subpaths of an SVG path made by d3 (M…L…Z), each as a list of points. */
function subpaths(d: string): Position[][] {
  return d
    .split("M")
    .filter((part) => part.length > 0)
    .map((part) =>
      part
        .replace(/Z$/, "")
        .split("L")
        .map((pair) => {
          const [x, y] = pair.split(",").map(Number);
          return [x ?? Number.NaN, y ?? Number.NaN];
        }),
    );
}

function bounds(d: string) {
  const points = subpaths(d).flat();
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

const size = { width: 400, height: 300, padding: 10 };

describe("toMapShapes", () => {
  it("draws a small counter-clockwise square as one ring inside the viewport, fitted to it", () => {
    const [shape] = toMapShapes([feature("A", polygon(ccwSquare(13.3, 52.5, 0.01)))], size);
    expect(shape).toBeDefined();
    const d = shape?.d ?? "";
    expect(subpaths(d)).toHaveLength(1);
    const box = bounds(d);
    expect(box.minX).toBeGreaterThanOrEqual(10 - 0.1);
    expect(box.maxX).toBeLessThanOrEqual(390 + 0.1);
    expect(box.minY).toBeGreaterThanOrEqual(10 - 0.1);
    expect(box.maxY).toBeLessThanOrEqual(290 + 0.1);
    // The square is taller than wide on Mercator, so it fills the available height.
    expect(box.maxY - box.minY).toBeCloseTo(280, 0);
    expect(box.maxX - box.minX).toBeGreaterThan(150);
    expect(box.maxX - box.minX).toBeLessThan(280);
    const [cx, cy] = shape?.centroid ?? [0, 0];
    expect(cx).toBeCloseTo(200, 0);
    expect(cy).toBeCloseTo(150, 0);
  });

  it("gives the same path whichever way the rings are wound", () => {
    const ccw = ccwSquare(13.3, 52.5, 0.01);
    const cw = [...ccw].reverse();
    const [fromCcw] = toMapShapes([feature("A", polygon(ccw))], size);
    const [fromCw] = toMapShapes([feature("A", polygon(cw))], size);
    expect(fromCw?.d).toBe(fromCcw?.d);
  });

  it("keeps holes and all parts of a multipolygon", () => {
    const outer = ccwSquare(13.3, 52.5, 0.02);
    const hole = [...ccwSquare(13.305, 52.505, 0.005)].reverse();
    const island = ccwSquare(13.4, 52.5, 0.005);
    const multi: AreaGeometry = { type: "MultiPolygon", coordinates: [[outer, hole], [island]] };
    const [shape] = toMapShapes([feature("M", multi)], size);
    expect(subpaths(shape?.d ?? "")).toHaveLength(3);
  });

  it("skips areas without geometry and keeps the input order", () => {
    const shapes = toMapShapes(
      [
        feature("B", polygon(ccwSquare(13.4, 52.5, 0.01))),
        feature("X", null),
        feature("A", polygon(ccwSquare(13.3, 52.5, 0.01))),
      ],
      size,
    );
    expect(shapes.map((shape) => shape.code)).toEqual(["B", "A"]);
    expect(toMapShapes([feature("X", null)], size)).toEqual([]);
  });

  it("fits overlays to the base layer so both line up", () => {
    const base = [feature("BIG", polygon(ccwSquare(13.0, 52.0, 1)))];
    const [small] = toMapShapes([feature("S", polygon(ccwSquare(13.0, 52.0, 0.5)))], { ...size, fitTo: base });
    const [big] = toMapShapes(base, size);
    const smallBox = bounds(small?.d ?? "");
    const bigBox = bounds(big?.d ?? "");
    expect(smallBox.minX).toBeCloseTo(bigBox.minX, 0);
    expect(smallBox.maxY).toBeCloseTo(bigBox.maxY, 0);
    expect(smallBox.maxX - smallBox.minX).toBeCloseTo((bigBox.maxX - bigBox.minX) / 2, 0);
  });

  it("draws the twelve Berlin districts inside the viewport", () => {
    const collection = JSON.parse(districtsGeojson) as {
      features: { properties: { Gemeinde_s: string; Gemeinde_n: string }; geometry: AreaGeometry }[];
    };
    const districts = collection.features.map((f) => feature(f.properties.Gemeinde_s, f.geometry));
    const shapes = toMapShapes(districts, { width: 960, height: 780 });
    expect(shapes).toHaveLength(12);
    const boxes = shapes.map((shape) => bounds(shape.d));
    for (const box of boxes) {
      expect(box.minX).toBeGreaterThanOrEqual(3.9);
      expect(box.maxX).toBeLessThanOrEqual(956.1);
      expect(box.minY).toBeGreaterThanOrEqual(3.9);
      expect(box.maxY).toBeLessThanOrEqual(776.1);
      // A single district is a fraction of the city, never the whole map.
      expect((box.maxX - box.minX) * (box.maxY - box.minY)).toBeLessThan(0.5 * 952 * 772);
    }
    // Fitted: the city fills the drawable width or height (whichever limits it) exactly.
    const spanX = Math.max(...boxes.map((box) => box.maxX)) - Math.min(...boxes.map((box) => box.minX));
    const spanY = Math.max(...boxes.map((box) => box.maxY)) - Math.min(...boxes.map((box) => box.minY));
    expect(Math.max(spanX / 952, spanY / 772)).toBeCloseTo(1, 2);
  });
});

describe("toD3Winding", () => {
  it("turns an RFC 7946 exterior clockwise so d3 reads it as a small area, not the globe", () => {
    const rfc = polygon(ccwSquare(13.3, 52.5, 0.01));
    // Unchanged, d3 takes the square as everything but the square: nearly the whole sphere.
    expect(geoArea(rfc)).toBeGreaterThan(4 * Math.PI - 0.001);
    expect(geoArea(toD3Winding(rfc))).toBeLessThan(1e-6);
  });

  it("orients holes against the exterior", () => {
    const outer = ccwSquare(13.3, 52.5, 0.02);
    const hole = ccwSquare(13.305, 52.505, 0.005);
    const rewound = toD3Winding(polygon(outer, hole));
    const withoutHole = geoArea(toD3Winding(polygon(outer)));
    const holeArea = geoArea(toD3Winding(polygon(hole)));
    expect(geoArea(rewound)).toBeCloseTo(withoutHole - holeArea, 12);
  });
});
