import { describe, expect, it } from "vitest";
import type { MapFeature } from "../../area/utils/mapShapes.ts";
import { fitMercator } from "../../atlas/utils/planarMap.ts";
import { pixelToLatLon } from "./mapPick.ts";

const berlinBox: MapFeature = {
  code: "box",
  name: "Box",
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [13.08, 52.33],
        [13.77, 52.33],
        [13.77, 52.68],
        [13.08, 52.68],
        [13.08, 52.33],
      ],
    ],
  },
};

describe("pixelToLatLon", () => {
  it("inverts the map projection", () => {
    const projection = fitMercator([berlinBox], { width: 400, height: 300 });
    if (!projection) throw new Error("no projection");
    for (const [longitude, latitude] of [
      [13.404954, 52.520008],
      [13.08, 52.33],
      [13.77, 52.68],
    ] as const) {
      const [x, y] = projection(longitude, latitude);
      expect(pixelToLatLon(projection, x, y)).toEqual({ latitude, longitude });
    }
  });

  it("maps the corners of the fitted box to the box's corners", () => {
    const projection = fitMercator([berlinBox], { width: 400, height: 300, padding: 0 });
    if (!projection) throw new Error("no projection");
    const [left, bottom] = projection(13.08, 52.33);
    const southWest = pixelToLatLon(projection, left, bottom);
    expect(southWest.latitude).toBeCloseTo(52.33, 6);
    expect(southWest.longitude).toBeCloseTo(13.08, 6);
  });
});
