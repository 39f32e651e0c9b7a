import type { AreaGeometry } from "@sozialatlas/domain/area";
import { describe, expect, it } from "vitest";
// Real boundaries (12 Berlin districts), read as text so the test needs no Node types.
import districtsGeojson from "../../../../../../data/berlin/lor-2021/bezirksgrenzen_wgs84.geojson?raw";
import { type MapFeature, toMapShapes } from "../../area/utils/mapShapes.ts";
import { planarShapes } from "./planarMap.ts";
import { projectPoints } from "./projectPoints.ts";

type Position = [number, number];
const ccwSquare = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const feature = (code: string, geometry: AreaGeometry | null): MapFeature => ({ code, name: `Area ${code}`, geometry });

function points(d: string): Position[][] {
  return d
    .split("M")
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/Z$/, "")
        .split("L")
        .map((pair) => pair.split(",").map(Number) as Position),
    );
}
function bounds(d: string) {
  const all = points(d).flat();
  return {
    minX: Math.min(...all.map(([x]) => x)),
    maxX: Math.max(...all.map(([x]) => x)),
    minY: Math.min(...all.map(([, y]) => y)),
    maxY: Math.max(...all.map(([, y]) => y)),
  };
}

const districts = (
  JSON.parse(districtsGeojson) as { features: { properties: { Gemeinde_s: string }; geometry: AreaGeometry }[] }
).features.map((f) => feature(f.properties.Gemeinde_s, f.geometry));

describe("planar map shapes", () => {
  it("matches the d3-geo shapes of the twelve Berlin districts to within a pixel", () => {
    const size = { width: 960, height: 800 };
    const planar = planarShapes(districts, size);
    const d3 = toMapShapes(districts, size);
    expect(planar.map((shape) => shape.code)).toEqual(d3.map((shape) => shape.code));
    planar.forEach((shape, index) => {
      const reference = d3[index];
      const a = bounds(shape.d);
      const b = bounds(reference?.d ?? "");
      for (const key of ["minX", "maxX", "minY", "maxY"] as const) expect(Math.abs(a[key] - b[key])).toBeLessThan(1);
      expect(Math.abs(shape.centroid[0] - (reference?.centroid[0] ?? 0))).toBeLessThan(1);
      expect(Math.abs(shape.centroid[1] - (reference?.centroid[1] ?? 0))).toBeLessThan(1);
    });
  });

  it("keeps holes and all parts, skips areas without geometry, and fits overlays to the base", () => {
    const outer = ccwSquare(13.3, 52.5, 0.02);
    const hole = [...ccwSquare(13.305, 52.505, 0.005)].reverse();
    const multi: AreaGeometry = { type: "MultiPolygon", coordinates: [[outer, hole], [ccwSquare(13.4, 52.5, 0.005)]] };
    const shapes = planarShapes([feature("M", multi), feature("X", null)], { width: 400, height: 300 });
    expect(shapes.map((shape) => shape.code)).toEqual(["M"]);
    expect(points(shapes[0]?.d ?? "")).toHaveLength(3);

    const base = [feature("BIG", { type: "Polygon", coordinates: [ccwSquare(13, 52, 1)] })];
    const [small] = planarShapes([feature("S", { type: "Polygon", coordinates: [ccwSquare(13, 52, 0.5)] })], {
      width: 400,
      height: 300,
      fitTo: base,
    });
    const [big] = planarShapes(base, { width: 400, height: 300 });
    expect(bounds(small?.d ?? "").minX).toBeCloseTo(bounds(big?.d ?? "").minX, 1);
    expect(bounds(small?.d ?? "").maxY).toBeCloseTo(bounds(big?.d ?? "").maxY, 1);
  });

  it("puts points where the d3 projection puts them, dropping points off the map", () => {
    const size = { width: 960, height: 800 };
    const [centre] = projectPoints([[13.4, 52.52] as const], (p) => p, districts, size);
    const [mitte] = planarShapes(
      districts.filter((d) => d.code === "001"),
      { ...size, fitTo: districts },
    );
    const box = bounds(mitte?.d ?? "");
    // Alexanderplatz lies in Mitte.
    expect(centre?.x).toBeGreaterThan(box.minX);
    expect(centre?.x).toBeLessThan(box.maxX);
    expect(centre?.y).toBeGreaterThan(box.minY);
    expect(centre?.y).toBeLessThan(box.maxY);
    expect(projectPoints([[10, 53.5] as const], (p) => p, districts, size)).toEqual([]);
  });
});
