// Map shapes for the atlas without d3-geo: a plain (planar) Mercator projection fitted to the
// areas. For a city, spherical clipping and adaptive resampling change nothing visible, but they
// cost most of the time of turning 542 detailed boundaries into SVG paths, and d3-geo would add
// about 10 KB (gzip) to the first screen. The output matches `toMapShapes` (modules/area/utils/
// mapShapes.ts, d3-geo) to a fraction of a pixel (see planarMap.test.ts).
import type { AreaGeometry } from "@sozialatlas/domain/area";
import type { MapFeature, MapShape, MapShapeOptions } from "../../area/utils/mapShapes.ts";

type Position = readonly number[];
type Ring = readonly Position[];

const radians = Math.PI / 180;
const mercatorX = (longitude: number) => longitude * radians;
const mercatorY = (latitude: number) => -Math.log(Math.tan(Math.PI / 4 + (latitude * radians) / 2));

/** Longitude/latitude → pixels of the map's viewBox: x = offsetX + scale·λ, y = offsetY + scale·mercatorY(φ). */
export interface Projection {
  scale: number;
  offsetX: number;
  offsetY: number;
  (longitude: number, latitude: number): [x: number, y: number];
}

function polygonsOf(geometry: AreaGeometry): readonly (readonly Ring[])[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * A Mercator projection scaled and centred so that the features fill the viewBox minus the
 * padding (like d3's `fitExtent`); null without any geometry.
 */
export function fitMercator(
  features: readonly MapFeature[],
  { width, height, padding = 4 }: Pick<MapShapeOptions, "width" | "height" | "padding">,
): Projection | null {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const feature of features) {
    if (!feature.geometry) continue;
    for (const polygon of polygonsOf(feature.geometry)) {
      for (const ring of polygon) {
        for (const position of ring) {
          const x = mercatorX(position[0] ?? 0);
          const y = mercatorY(position[1] ?? 0);
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
      }
    }
  }
  if (!Number.isFinite(minX) || !Number.isFinite(minY)) return null;
  const spanX = maxX - minX || Number.EPSILON;
  const spanY = maxY - minY || Number.EPSILON;
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = padding + (width - 2 * padding - scale * spanX) / 2 - scale * minX;
  const offsetY = padding + (height - 2 * padding - scale * spanY) / 2 - scale * minY;
  const project = (longitude: number, latitude: number): [number, number] => [
    offsetX + scale * mercatorX(longitude),
    offsetY + scale * mercatorY(latitude),
  ];
  return Object.assign(project, { scale, offsetX, offsetY });
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Turns areas into SVG paths with the projection: one `M…L…Z` subpath per ring, points closer
 * than `minPointDistance` pixels to the last drawn one dropped (the last point of a ring is
 * kept), coordinates rounded to 0.1 px. The centroid is the area-weighted centre of the rings
 * (holes subtracted), as d3's path centroid.
 */
function toShape(feature: MapFeature & { geometry: AreaGeometry }, project: Projection, minDistance: number) {
  const min2 = minDistance * minDistance;
  const parts: string[] = [];
  let area = 0;
  let cx = 0;
  let cy = 0;
  let pointCount = 0;
  let sumX = 0;
  let sumY = 0;
  for (const polygon of polygonsOf(feature.geometry)) {
    polygon.forEach((ring, ringIndex) => {
      // GeoJSON repeats the first position at the end; the path closes with Z instead.
      const last = ring.length > 1 && ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1];
      const count = last ? ring.length - 1 : ring.length;
      if (count < 3) return;
      const xs: number[] = [];
      const ys: number[] = [];
      let lastX = 0;
      let lastY = 0;
      // The hot loop (hundreds of thousands of positions): the projection inlined, no destructuring.
      const { scale, offsetX, offsetY } = project;
      const k = scale * radians;
      for (let i = 0; i < count; i++) {
        const position = ring[i];
        if (!position) continue;
        const x = offsetX + k * (position[0] ?? 0);
        const y = offsetY - scale * Math.log(Math.tan(Math.PI / 4 + (position[1] ?? 0) * (radians / 2)));
        const dx = x - lastX;
        const dy = y - lastY;
        if (i === 0 || i === count - 1 || dx * dx + dy * dy >= min2) {
          xs.push(x);
          ys.push(y);
          lastX = x;
          lastY = y;
        }
      }
      // Shoelace over the kept points: signed area and first moments of the ring.
      let ringArea = 0;
      let ringX = 0;
      let ringY = 0;
      const segments: string[] = [];
      for (let i = 0; i < xs.length; i++) {
        const x0 = xs[i] ?? 0;
        const y0 = ys[i] ?? 0;
        const x1 = xs[(i + 1) % xs.length] ?? 0;
        const y1 = ys[(i + 1) % ys.length] ?? 0;
        const cross = x0 * y1 - x1 * y0;
        ringArea += cross;
        ringX += (x0 + x1) * cross;
        ringY += (y0 + y1) * cross;
        segments.push(`${round(x0)},${round(y0)}`);
        sumX += x0;
        sumY += y0;
      }
      pointCount += xs.length;
      // Exterior rings add, holes subtract, whatever their winding.
      const sign = (ringIndex === 0 ? 1 : -1) * Math.sign(ringArea);
      area += sign * ringArea;
      cx += sign * ringX;
      cy += sign * ringY;
      parts.push(`M${segments.join("L")}Z`);
    });
  }
  if (parts.length === 0) return null;
  const centroid: readonly [number, number] =
    Math.abs(area) > 1e-9
      ? [cx / (3 * area), cy / (3 * area)]
      : [sumX / Math.max(1, pointCount), sumY / Math.max(1, pointCount)];
  return { code: feature.code, name: feature.name, d: parts.join(""), centroid };
}

/**
 * The same contract as `toMapShapes`: areas with RFC 7946 geometry as SVG paths in a
 * `width` × `height` viewBox, Mercator fitted to the areas (or to `fitTo`), areas without
 * geometry skipped, input order kept.
 */
export function planarShapes(features: readonly MapFeature[], options: MapShapeOptions): MapShape[] {
  const project = fitMercator(options.fitTo ?? features, options);
  if (!project) return [];
  const minDistance = options.minPointDistance ?? 1;
  return features.flatMap((feature) => {
    if (!feature.geometry) return [];
    const shape = toShape({ ...feature, geometry: feature.geometry }, project, minDistance);
    return shape ? [shape] : [];
  });
}
