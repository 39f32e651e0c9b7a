import type { MapFeature } from "../../area/utils/mapShapes.ts";
import { fitMercator } from "./planarMap.ts";

export interface MapPoint<T> {
  x: number;
  y: number;
  item: T;
}

/**
 * Projects WGS84 points into the pixel space of a map drawn by `planarShapes(fitTo, { width,
 * height })`: the same projection fitted to the same areas with the same padding, so points sit
 * on the areas they belong to. Points outside the viewBox are dropped.
 */
export function projectPoints<T>(
  items: readonly T[],
  position: (item: T) => readonly [longitude: number, latitude: number],
  fitTo: readonly MapFeature[],
  size: { width: number; height: number; padding?: number },
): MapPoint<T>[] {
  const project = fitMercator(fitTo, size);
  if (!project) return [];
  return items.flatMap((item) => {
    const [x, y] = project(...position(item));
    return x >= 0 && x <= size.width && y >= 0 && y <= size.height ? [{ x, y, item }] : [];
  });
}
