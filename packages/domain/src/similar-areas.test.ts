import { describe, expect, it } from "vitest";
import { nearestAreas, similarAreasQuerySchema } from "./similar-areas.ts";

describe("nearestAreas", () => {
  // x: mean 2, SD √2.5 over the four complete areas; y: mean 20, SD √250.
  const areas = [
    { code: "A", values: { x: 0, y: 0 } },
    { code: "B", values: { x: 1, y: 10 } },
    { code: "C", values: { x: 3, y: 30 } },
    { code: "D", values: { x: 4, y: 40 } },
    { code: "E", values: { x: 1, y: null } },
  ];

  it("measures distance in standard deviations, nearest first", () => {
    const nearest = nearestAreas("B", areas, ["x", "y"], 3);
    // B→A: 1²/2.5 + 10²/250 = 0.8; B→C: 2 · 2²/2.5 = 3.2; B→D: 2 · 3²/2.5 = 7.2
    expect(nearest.map((area) => area.code)).toEqual(["A", "C", "D"]);
    expect(nearest[0]?.distance).toBeCloseTo(Math.sqrt(0.8), 12);
    expect(nearest[1]?.distance).toBeCloseTo(Math.sqrt(3.2), 12);
    expect(nearest[2]?.distance).toBeCloseTo(Math.sqrt(7.2), 12);
  });

  it("breaks ties by code and honours k", () => {
    const tied = [
      { code: "Z", values: { x: 2 } },
      { code: "M", values: { x: 0 } },
      { code: "K", values: { x: 4 } },
    ];
    expect(nearestAreas("Z", tied, ["x"], 2).map((area) => area.code)).toEqual(["K", "M"]);
    expect(nearestAreas("Z", tied, ["x"], 1).map((area) => area.code)).toEqual(["K"]);
  });

  it("skips areas with missing values and returns nothing for an incomplete or unknown target", () => {
    expect(nearestAreas("A", areas, ["x", "y"], 10).map((area) => area.code)).not.toContain("E");
    expect(nearestAreas("E", areas, ["x", "y"], 3)).toEqual([]);
    expect(nearestAreas("Q", areas, ["x", "y"], 3)).toEqual([]);
    expect(nearestAreas("A", areas, ["x", "y"], 0)).toEqual([]);
  });

  it("gives a constant indicator no weight", () => {
    const flat = [
      { code: "A", values: { x: 0, c: 7 } },
      { code: "B", values: { x: 1, c: 7 } },
    ];
    expect(nearestAreas("A", flat, ["x", "c"], 1)).toEqual([{ code: "B", distance: 2 }]);
  });
});

describe("similarAreasQuerySchema", () => {
  it("defaults k to 5 and refuses repeated indicators and k outside 1–50", () => {
    expect(similarAreasQuerySchema.parse({ areaCode: "01", indicatorKeys: ["a"], k: null })).toEqual({
      areaCode: "01",
      indicatorKeys: ["a"],
      k: 5,
    });
    const result = similarAreasQuerySchema.safeParse({ areaCode: " ", indicatorKeys: ["a", "b", "a"], k: 51 });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["areaCode", "indicatorKeys.2", "k"]);
  });
});
