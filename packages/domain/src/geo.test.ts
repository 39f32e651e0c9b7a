import { describe, expect, it } from "vitest";
import { boundingBox, distanceKm } from "./geo.ts";

const alexanderplatz = { latitude: 52.52166, longitude: 13.41327 };
const brandenburgerTor = { latitude: 52.51628, longitude: 13.3777 };

describe("distanceKm", () => {
  it("is zero for the same point and symmetric", () => {
    expect(distanceKm(alexanderplatz, alexanderplatz)).toBe(0);
    expect(distanceKm(alexanderplatz, brandenburgerTor)).toBeCloseTo(distanceKm(brandenburgerTor, alexanderplatz), 12);
  });

  it("matches a hand computation: one degree of latitude is 111.195 km", () => {
    // 2π · 6371.0088 km / 360 = 111.1951 km
    expect(distanceKm({ latitude: 52, longitude: 13 }, { latitude: 53, longitude: 13 })).toBeCloseTo(111.1951, 3);
  });

  it("measures Alexanderplatz to Brandenburger Tor as about 2.5 km", () => {
    expect(distanceKm(alexanderplatz, brandenburgerTor)).toBeCloseTo(2.48, 1);
  });
});

describe("boundingBox", () => {
  it("contains the points at the radius in all four directions", () => {
    const box = boundingBox(alexanderplatz, 2);
    const north = { latitude: box.maxLatitude, longitude: alexanderplatz.longitude };
    const east = { latitude: alexanderplatz.latitude, longitude: box.maxLongitude };
    expect(distanceKm(alexanderplatz, north)).toBeCloseTo(2, 6);
    expect(distanceKm(alexanderplatz, east)).toBeGreaterThanOrEqual(1.999);
    expect(box.minLatitude).toBeLessThan(alexanderplatz.latitude);
    expect(box.minLongitude).toBeLessThan(alexanderplatz.longitude);
  });
});
