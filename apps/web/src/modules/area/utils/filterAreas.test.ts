import { describe, expect, it } from "vitest";
import { filterAreas } from "./filterAreas.ts";

const areas = [
  { code: "07", name: "Tempelhof-Schöneberg" },
  { code: "01100101", name: "Stülerstraße" },
  { code: "01100102", name: "Großer Tiergarten" },
  { code: "02", name: "Friedrichshain-Kreuzberg" },
];

describe("filterAreas", () => {
  it("returns everything for an empty or blank query", () => {
    expect(filterAreas(areas, "")).toHaveLength(4);
    expect(filterAreas(areas, "   ")).toHaveLength(4);
  });

  it("matches names regardless of case, umlauts and ß", () => {
    expect(filterAreas(areas, "SCHONEBERG").map((a) => a.code)).toEqual(["07"]);
    expect(filterAreas(areas, "schöneberg").map((a) => a.code)).toEqual(["07"]);
    expect(filterAreas(areas, "grosser").map((a) => a.code)).toEqual(["01100102"]);
  });

  it("matches codes by prefix, not anywhere inside", () => {
    expect(filterAreas(areas, "011001").map((a) => a.code)).toEqual(["01100101", "01100102"]);
    expect(filterAreas(areas, "0101")).toEqual([]);
  });

  it("requires every word to match", () => {
    expect(filterAreas(areas, "tier 0110").map((a) => a.code)).toEqual(["01100102"]);
    expect(filterAreas(areas, "tier 07")).toEqual([]);
  });
});
