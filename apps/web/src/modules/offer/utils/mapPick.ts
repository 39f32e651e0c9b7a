import type { Projection } from "../../atlas/utils/planarMap.ts";

const degrees = 180 / Math.PI;

/**
 * The point under a pixel of a map drawn with `fitMercator`: the projection inverted
 * (x = offsetX + scale·λ, y = offsetY − scale·ln tan(π/4 + φ/2)), rounded to 6 decimals
 * (about 10 cm), which is more than a click can aim.
 */
export function pixelToLatLon(projection: Projection, x: number, y: number): { latitude: number; longitude: number } {
  const longitude = ((x - projection.offsetX) / projection.scale) * degrees;
  const mercatorY = (y - projection.offsetY) / projection.scale;
  const latitude = (2 * Math.atan(Math.exp(-mercatorY)) - Math.PI / 2) * degrees;
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { latitude: round(latitude), longitude: round(longitude) };
}
