import type { AreaGeometry } from "@sozialatlas/domain/area";
import { type GeoStream, geoMercator, geoPath } from "d3-geo";

/** An area as a map needs it; areas without geometry are left out of the map. */
export interface MapFeature {
  code: string;
  name: string;
  geometry: AreaGeometry | null;
}

/** One area ready to draw: an SVG path in the map's pixel space and a point for its label. */
export interface MapShape {
  code: string;
  name: string;
  d: string;
  centroid: readonly [x: number, y: number];
}

export interface MapShapeOptions {
  /** Size of the SVG viewBox in pixels. */
  width: number;
  height: number;
  /** Empty margin around the drawing, in pixels. Default 4. */
  padding?: number;
  /**
   * The features the projection is fitted to; defaults to `features`. Pass the base layer
   * when drawing an overlay (e.g. district outlines over planning areas) so both line up.
   */
  fitTo?: readonly MapFeature[];
  /** Points closer than this many pixels to the previous one are dropped. Default 1. */
  minPointDistance?: number;
}

type Ring = Extract<AreaGeometry, { type: "Polygon" }>["coordinates"][number];

/** Twice the signed planar area of a ring in lon/lat: positive when counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

function orient(ring: Ring, clockwise: boolean): Ring {
  const isClockwise = signedArea(ring) < 0;
  return isClockwise === clockwise ? ring : [...ring].reverse();
}

function orientPolygon(rings: readonly Ring[]): Ring[] {
  return rings.map((ring, index) => orient(ring, index === 0));
}

/**
 * Rewinds a geometry from RFC 7946 winding (exterior rings counter-clockwise) to the
 * winding d3-geo expects (exterior rings clockwise, holes counter-clockwise). d3 works on the
 * sphere, where a counter-clockwise exterior encloses everything *except* the small polygon,
 * so an unrewound area renders as the whole globe. Input winding does not matter: each ring
 * is oriented by its sign, which is safe for areas far smaller than a hemisphere that do not
 * cross the antimeridian (any municipality).
 */
export function toD3Winding(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: orientPolygon(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(orientPolygon) };
}

type Drawable = MapFeature & { geometry: AreaGeometry };

function asFeatureCollection(features: readonly Drawable[]) {
  return {
    type: "FeatureCollection" as const,
    features: features.map((feature) => ({ type: "Feature" as const, properties: {}, geometry: feature.geometry })),
  };
}

/**
 * Drops projected points that lie closer than `minDistance` pixels to the last drawn point:
 * official boundaries carry far more detail than a screen shows, and thinner paths keep the
 * DOM small. The last point of a line is kept so line ends stay where they are.
 */
function thinningStream(output: GeoStream, minDistance: number): GeoStream {
  const min2 = minDistance * minDistance;
  let lastX = 0;
  let lastY = 0;
  let first = true;
  let skipped: [number, number] | null = null;
  return {
    point(x, y) {
      const dx = x - lastX;
      const dy = y - lastY;
      if (first || dx * dx + dy * dy >= min2) {
        output.point(x, y);
        lastX = x;
        lastY = y;
        first = false;
        skipped = null;
      } else {
        skipped = [x, y];
      }
    },
    lineStart() {
      first = true;
      skipped = null;
      output.lineStart();
    },
    lineEnd() {
      if (skipped) output.point(skipped[0], skipped[1]);
      skipped = null;
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

/**
 * Turns areas with RFC 7946 geometry into SVG path strings in a `width` × `height` viewBox,
 * using a Mercator projection fitted to the areas (or to `fitTo`). Areas without geometry
 * are skipped; the order of the input is kept.
 */
export function toMapShapes(features: readonly MapFeature[], options: MapShapeOptions): MapShape[] {
  const { width, height, padding = 4, minPointDistance = 1 } = options;
  const isDrawable = (feature: MapFeature): feature is Drawable => feature.geometry !== null;
  const rewind = (feature: Drawable): Drawable => ({ ...feature, geometry: toD3Winding(feature.geometry) });

  const drawable = features.filter(isDrawable).map(rewind);
  const fitTo = options.fitTo ? options.fitTo.filter(isDrawable).map(rewind) : drawable;
  if (drawable.length === 0 || fitTo.length === 0) return [];

  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    asFeatureCollection(fitTo),
  );
  const thinned = { stream: (output: GeoStream) => projection.stream(thinningStream(output, minPointDistance)) };
  const path = geoPath(thinned).digits(1);
  const centroidOf = geoPath(projection);

  return drawable.flatMap((feature) => {
    const d = path(feature.geometry);
    if (!d) return [];
    const [x, y] = centroidOf.centroid(feature.geometry);
    return [{ code: feature.code, name: feature.name, d, centroid: [x, y] as const }];
  });
}
