import { describe, expect, it } from "vitest";
import type { AggregationStatus } from "../../../generated/graphql.ts";
import type { IndicatorSeries } from "../hooks/useIndicatorSeries.ts";
import {
  changeLevel,
  distributionIndicator,
  maxAreas,
  readExplorerParams,
  scatterAxes,
  toggleArea,
  toggleIndicator,
  writeExplorerParams,
} from "./explorerParams.ts";
import { type ExplorerArea, isRatio, referenceLines } from "./references.ts";
import { histogram, median, niceStep, pearson } from "./statistics.ts";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("pearson", () => {
  it("is 1 and −1 for perfect linear relations and close to 0 without one", () => {
    expect(
      pearson([
        [1, 2],
        [2, 4],
        [3, 6],
        [4, 8],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      pearson([
        [1, 8],
        [2, 6],
        [3, 4],
        [4, 2],
      ]),
    ).toBeCloseTo(-1, 12);
    expect(
      pearson([
        [1, 1],
        [2, -1],
        [3, -1],
        [4, 1],
      ]),
    ).toBeCloseTo(0, 12);
  });

  it("matches a value computed by hand", () => {
    // x̄ = 3, ȳ = 4: Σdx·dy = 5, Σdx² = 10, Σdy² = 10 → r = 5 / 10
    expect(
      pearson([
        [1, 2],
        [2, 5],
        [3, 3],
        [4, 6],
        [5, 4],
      ]),
    ).toBeCloseTo(0.5, 12);
    // Σdx·dy = 15, Σdx² = 10, Σdy² = 26 → r = 15 / √260
    expect(
      pearson([
        [1, 1],
        [2, 3],
        [3, 4],
        [4, 4],
        [5, 8],
      ]),
    ).toBeCloseTo(15 / Math.sqrt(260), 12);
  });

  it("is undefined with fewer than three pairs or without spread", () => {
    expect(
      pearson([
        [1, 2],
        [2, 3],
      ]),
    ).toBeNull();
    expect(
      pearson([
        [1, 5],
        [2, 5],
        [3, 5],
      ]),
    ).toBeNull();
  });
});

describe("histogram", () => {
  it("uses round bin widths and puts every value into exactly one bin", () => {
    expect(niceStep(3.7)).toBe(5);
    expect(niceStep(0.23)).toBe(0.25);
    expect(niceStep(12)).toBe(20);
    // 8 values → Sturges: 4 bins over 0.1 … 23.5, width 23.4 / 4 rounded up to 10.
    const values = [0.3, 1.2, 4.9, 5, 9.99, 17.4, 23.5, 0.1].map((value, index) => ({ code: `a${index}`, value }));
    const bins = histogram(values);
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual([
      [0, 10],
      [10, 20],
      [20, 30],
    ]);
    expect(bins.map((bin) => bin.codes)).toEqual([["a0", "a1", "a2", "a3", "a4", "a7"], ["a5"], ["a6"]]);
    expect(bins.flatMap((bin) => bin.codes)).toHaveLength(values.length);
  });

  it("has no floating-point noise in its bounds and puts a value on a bound into the upper bin", () => {
    const bins = histogram([0.1, 0.2, 0.3, 0.6, 0.7].map((value, index) => ({ code: String(index), value })));
    // Width 0.2: 0.6 / 0.2 is 2.9999999999999996 in binary floating point, yet 0.6 opens the bin [0.6, 0.8).
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual([
      [0, 0.2],
      [0.2, 0.4],
      [0.4, 0.6],
      [0.6, 0.8],
    ]);
    expect(bins.map((bin) => bin.codes)).toEqual([["0"], ["1", "2"], [], ["3", "4"]]);
  });

  it("makes one bin when all values are equal, none without values", () => {
    expect(histogram([])).toEqual([]);
    expect(
      histogram([
        { code: "x", value: 4 },
        { code: "y", value: 4 },
      ]),
    ).toEqual([{ from: 4, to: 4, codes: ["x", "y"] }]);
  });
});

describe("explorer URL", () => {
  it("reads and writes the whole view; defaults stay out of the link", () => {
    const params = new URLSearchParams(
      "ind=mss2021.s1&ind=mss2021.s4&ind=mss2021.s1&level=BEZIRKSREGION&area=011001&area=011002&date=2020-12-31&dist=mss2021.s4&x=mss2021.s4&y=mss2021.s1&q=moa",
    );
    const view = readExplorerParams(params);
    expect(view).toEqual({
      indicators: ["mss2021.s1", "mss2021.s4"],
      level: "BEZIRKSREGION",
      areas: ["011001", "011002"],
      date: "2020-12-31",
      distribution: "mss2021.s4",
      x: "mss2021.s4",
      y: "mss2021.s1",
      query: "moa",
    });
    expect(readExplorerParams(writeExplorerParams(view))).toEqual(view);
    expect(
      writeExplorerParams(readExplorerParams(new URLSearchParams("level=PLANUNGSRAUM&date=31.12.2020"))).toString(),
    ).toBe("");
    expect(readExplorerParams(new URLSearchParams("level=KIEZ")).level).toBe("PLANUNGSRAUM");
  });

  it("drops a removed indicator from the charts' choices and limits the areas", () => {
    let view = readExplorerParams(new URLSearchParams("ind=a&ind=b&ind=c&x=b&y=c&dist=b"));
    expect(scatterAxes(view)).toEqual({ x: "b", y: "c" });
    view = toggleIndicator(view, "b");
    expect(view.indicators).toEqual(["a", "c"]);
    expect(scatterAxes(view)).toEqual({ x: "a", y: "c" });
    expect(distributionIndicator(view)).toBe("a");

    for (let index = 0; index < maxAreas + 2; index++) view = toggleArea(view, `0${index}`);
    expect(view.areas).toHaveLength(maxAreas);
    expect(toggleArea(view, "00").areas).not.toContain("00");
    expect(changeLevel({ ...view, query: "x" }, "BEZIRK")).toMatchObject({ level: "BEZIRK", areas: [], query: "" });
  });

  it("never puts the same indicator on both axes", () => {
    const view = readExplorerParams(new URLSearchParams("ind=a&ind=b&x=b&y=b"));
    expect(scatterAxes(view)).toEqual({ x: "b", y: "a" });
    expect(scatterAxes(readExplorerParams(new URLSearchParams("ind=a")))).toEqual({ x: "a", y: null });
  });
});

describe("reference lines", () => {
  const aggregate = (code: string, name: string, status: AggregationStatus, value: number | null) => ({
    area: { id: code, code, name },
    status,
    value,
    partCount: 2,
    missingPartCount: status === "OK" ? 0 : 2,
    disclosure: { status: "PUBLISHED" as const, reason: null, reasonText: null },
  });
  const areas: ExplorerArea[] = [
    { code: "a1", name: "A1", level: "PLANUNGSRAUM", districtCode: "01", districtName: "Mitte" },
    { code: "a2", name: "A2", level: "PLANUNGSRAUM", districtCode: "01", districtName: "Mitte" },
    { code: "b1", name: "B1", level: "PLANUNGSRAUM", districtCode: "02", districtName: "Kreuzberg" },
  ];
  const value = (v: number) => ({ kind: "value" as const, value: v, rounded: false });
  function series(city: AggregationStatus, cityValue: number | null): IndicatorSeries {
    return {
      key: "k",
      dates: ["2020-12-31"],
      cells: new Map([
        [
          "2020-12-31",
          new Map([
            ["a1", value(2)],
            ["a2", value(4)],
            ["b1", value(9)],
          ]),
        ],
      ]),
      city: new Map([["2020-12-31", aggregate("11000000", "Berlin", city, cityValue)]]),
      districts: new Map([["2020-12-31", new Map([["01", aggregate("01", "Mitte", city, cityValue && 3.5)]])]]),
    };
  }
  const summary = (lines: ReturnType<typeof referenceLines>) =>
    lines.map((line) => [line.id, line.kind, line.status, line.values.get("2020-12-31")]);

  it("uses the API's values of city and Bezirk for shares", () => {
    expect(summary(referenceLines(series("OK", 5.2), "PLANUNGSRAUM", [areas[0] as ExplorerArea], areas, true))).toEqual(
      [
        ["city", "area", null, 5.2],
        ["district-01", "area", null, 3.5],
      ],
    );
  });

  it("uses medians of the level (in the Bezirk) when the API cannot compute the value or gives a sum", () => {
    expect(
      summary(referenceLines(series("COUNTS_MISSING", null), "PLANUNGSRAUM", [areas[0] as ExplorerArea], areas, true)),
    ).toEqual([
      ["city", "median", "COUNTS_MISSING", 4],
      ["district-01", "median", "COUNTS_MISSING", 3],
    ]);
    expect(summary(referenceLines(series("OK", 15), "PLANUNGSRAUM", [areas[0] as ExplorerArea], areas, false))).toEqual(
      [
        ["city", "median", "SUM", 4],
        ["district-01", "median", "SUM", 3],
      ],
    );
  });

  it("has no Bezirk lines on the Bezirk level and no city line on the city level", () => {
    expect(summary(referenceLines(series("OK", 5.2), "BEZIRK", [], areas, true))).toEqual([
      ["city", "area", null, 5.2],
    ]);
    expect(referenceLines(series("OK", 5.2), "STADT", [], areas, true)).toEqual([]);
  });

  it("tells shares and rates, whose city value is a yardstick, from counts", () => {
    expect(isRatio({ unit: "%", numeratorDefinition: null, denominatorDefinition: null })).toBe(true);
    expect(isRatio({ unit: "je 100 Einwohner", numeratorDefinition: "Zuzüge", denominatorDefinition: "EW" })).toBe(
      true,
    );
    expect(isRatio({ unit: "Personen", numeratorDefinition: null, denominatorDefinition: null })).toBe(false);
  });
});
