import { describe, expect, it } from "vitest";
import { classBreaks, classOf, sequentialColours, textColourOn } from "./classBreaks.ts";

describe("class breaks", () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];

  it("splits into quantiles by rank, ignoring missing values", () => {
    expect(classBreaks(values, 5, "quantiles")).toEqual([2, 4, 6, 8]);
    expect(classBreaks(values, 4, "quantiles")).toEqual([3, 5, 8]);
  });

  it("splits the range into equal intervals", () => {
    expect(classBreaks(values, 3, "equalIntervals")).toEqual([4, 7]);
    expect(classBreaks([0, 100], 4, "equalIntervals")).toEqual([25, 50, 75]);
  });

  it("gives fewer classes when there are fewer distinct values", () => {
    expect(classBreaks([5, 5, 5, 5, 7], 4, "quantiles")).toEqual([5]);
    expect(classBreaks([3, 3, 3], 5, "equalIntervals")).toEqual([]);
    expect(classBreaks([null, null], 5, "quantiles")).toEqual([]);
  });

  it("puts a value on a bound into the lower class", () => {
    const breaks = [2, 4, 6, 8];
    expect([1, 2, 2.5, 8, 8.01, 10].map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 3, 4, 4]);
    expect(classOf(null, breaks)).toBeNull();
    expect(classOf(Number.NaN, breaks)).toBeNull();
  });
});

describe("colours", () => {
  it("has one colour per class up to seven", () => {
    for (let n = 2; n <= 7; n++) expect(sequentialColours(n)).toHaveLength(n);
    expect(sequentialColours(9)).toHaveLength(7);
  });

  it("chooses readable text on light and dark fills", () => {
    expect(textColourOn("#ffffcc")).toBe("#000000");
    expect(textColourOn("#253494")).toBe("#ffffff");
  });
});
