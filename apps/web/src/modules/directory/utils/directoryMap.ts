import type { MapFeature } from "../../area/utils/mapShapes.ts";
import { fitMercator } from "../../atlas/utils/planarMap.ts";
import { projectPoints } from "../../atlas/utils/projectPoints.ts";
import type { GeoPoint } from "./directoryParams.ts";

// The directory map: district outlines drawn with the atlas's planar projection (planarShapes)
// and the offers' locations projected into the same pixel space.

export const mapSize = { width: 600, height: 420, padding: 8 } as const;

export interface LocatedOffer {
  id: string;
  name: string;
  locations: ReadonlyArray<{ id: string; latitude: number; longitude: number; street: string | null }>;
}

export interface DirectoryMapPoint {
  key: string;
  offerId: string;
  name: string;
  street: string | null;
  x: number;
  y: number;
}

/** One point per location of each offer, in the map's pixel space; points outside the map are dropped. */
export function toMapPoints(offers: readonly LocatedOffer[], fitTo: readonly MapFeature[]): DirectoryMapPoint[] {
  const located = offers.flatMap((offer) => offer.locations.map((location) => ({ offer, location })));
  return projectPoints(located, ({ location }) => [location.longitude, location.latitude], fitTo, mapSize).map(
    ({ x, y, item: { offer, location } }) => ({
      key: `${offer.id}:${location.id}`,
      offerId: offer.id,
      name: offer.name,
      street: location.street,
      x,
      y,
    }),
  );
}

/** A point of the map (pixels of the viewBox) → WGS84, the inverse of the map's projection; null without areas. */
export function mapPointToGeo(x: number, y: number, fitTo: readonly MapFeature[]): GeoPoint | null {
  const projection = fitMercator(fitTo, mapSize);
  if (!projection) return null;
  const radians = Math.PI / 180;
  const longitude = (x - projection.offsetX) / (projection.scale * radians);
  const mercatorY = -(y - projection.offsetY) / projection.scale;
  const latitude = (2 * Math.atan(Math.exp(mercatorY)) - Math.PI / 2) / radians;
  return { latitude, longitude };
}

/** A geographic point → pixels of the map; null without areas. */
export function geoToMapPoint(point: GeoPoint, fitTo: readonly MapFeature[]): { x: number; y: number } | null {
  const projection = fitMercator(fitTo, mapSize);
  if (!projection) return null;
  const [x, y] = projection(point.longitude, point.latitude);
  return { x, y };
}

/** The radius of a circle of `km` kilometres around `point`, in map pixels (Mercator scale at that latitude). */
export function kmToPixels(km: number, point: GeoPoint, fitTo: readonly MapFeature[]): number {
  const projection = fitMercator(fitTo, mapSize);
  if (!projection) return 0;
  const earthRadiusKm = 6371;
  return (km / earthRadiusKm) * (projection.scale / Math.cos((point.latitude * Math.PI) / 180));
}
