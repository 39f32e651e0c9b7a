// Straight-line distances on the earth's surface, for catchments and "near me" searches.

/** A point in WGS84 degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Mean earth radius in kilometres (IUGG), as used by the haversine formula. */
export const earthRadiusKm = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points in kilometres (haversine formula). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A latitude/longitude box that contains every point within `radiusKm` of `centre` (a cheap
 * pre-filter before `distanceKm`; exact enough away from the poles).
 */
export function boundingBox(centre: GeoPoint, radiusKm: number) {
  const dLat = (radiusKm / earthRadiusKm) * (180 / Math.PI);
  const dLon = dLat / Math.max(Math.cos(radians(centre.latitude)), 1e-6);
  return {
    minLatitude: centre.latitude - dLat,
    maxLatitude: centre.latitude + dLat,
    minLongitude: centre.longitude - dLon,
    maxLongitude: centre.longitude + dLon,
  };
}
