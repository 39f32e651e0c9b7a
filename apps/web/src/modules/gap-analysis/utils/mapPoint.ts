// Between the map's pixels and WGS84: the scenario places an offer where the planner clicks.
import type { MapFeature } from "../../area/utils/mapShapes.ts";
import { fitMercator } from "../../atlas/utils/planarMap.ts";

const radians = Math.PI / 180;

/**
 * The inverse of the atlas's planar Mercator (`planarShapes(fitTo, size)`): a point of the map's
 * viewBox as longitude/latitude, rounded to 6 decimals (about 0.1 m); null without geometry.
 */
export function mapPointToLonLat(
  point: { x: number; y: number },
  fitTo: readonly MapFeature[],
  size: { width: number; height: number; padding?: number },
): { longitude: number; latitude: number } | null {
  const project = fitMercator(fitTo, size);
  if (!project) return null;
  const lambda = (point.x - project.offsetX) / project.scale;
  const mercatorY = (point.y - project.offsetY) / project.scale;
  // y = −ln(tan(π/4 + φ/2))  ⇒  φ = 2·atan(e^(−y)) − π/2
  const phi = 2 * Math.atan(Math.exp(-mercatorY)) - Math.PI / 2;
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { longitude: round(lambda / radians), latitude: round(phi / radians) };
}
