import { describe, expect, it } from "vitest";
import { aggregateShare, mean, populationStdDev, standardisationOf, wilsonInterval, zScores } from "./statistics.ts";

describe("mean and population SD", () => {
  it("divides by n, not n − 1", () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(populationStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(populationStdDev(new Float64Array([1, 3]))).toBe(1);
  });

  it("has no mean or SD of nothing", () => {
    expect(mean([])).toBeNull();
    expect(populationStdDev([])).toBeNull();
    expect(standardisationOf([null, null])).toBeNull();
  });

  it("stays accurate with a large offset", () => {
    expect(populationStdDev([1e9 + 1, 1e9 + 3])).toBe(1);
  });
});

describe("zScores", () => {
  it("standardises with mean and population SD and keeps nulls out", () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, SD 2
    expect(zScores([2, null, 4, 4, 4, 5, 5, 7, 9, null])).toEqual([-1.5, null, -0.5, -0.5, -0.5, 0, 0, 1, 2, null]);
  });

  it("uses a given base instead of the values' own distribution", () => {
    expect(zScores([10, null, 14], { mean: 12, sd: 4 })).toEqual([-0.5, null, 0.5]);
  });

  it("gives 0 for a constant variable and nulls for no values", () => {
    expect(zScores([3, 3, null])).toEqual([0, 0, null]);
    expect(zScores([null])).toEqual([null]);
    expect(zScores([])).toEqual([]);
  });
});

describe("wilsonInterval", () => {
  it("gives the known 95 % interval for 5 of 10", () => {
    const interval = wilsonInterval(5, 10);
    expect(interval?.lower).toBeCloseTo(0.2366, 4);
    expect(interval?.upper).toBeCloseTo(0.7634, 4);
  });

  it("stays inside 0–1 at the edges", () => {
    const none = wilsonInterval(0, 10);
    expect(none?.lower).toBe(0);
    expect(none?.upper).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10);
    expect(all?.lower).toBeCloseTo(0.7225, 4);
    expect(all?.upper).toBe(1);
  });

  it("narrows with more trials and widens with a larger z", () => {
    const small = wilsonInterval(50, 100);
    const large = wilsonInterval(500, 1000);
    expect(small?.lower).toBeCloseTo(0.4038, 4);
    expect((large?.upper ?? 0) - (large?.lower ?? 0)).toBeLessThan((small?.upper ?? 0) - (small?.lower ?? 0));
    const wide = wilsonInterval(50, 100, 2.575829);
    expect(wide?.lower).toBeLessThan(small?.lower ?? 0);
  });

  it("has no interval without trials and rejects impossible counts", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
  });
});

describe("aggregateShare", () => {
  it("divides summed counts instead of averaging shares", () => {
    // 10 % of 100 and 50 % of 900: the mean of shares (30 %) would be wrong, 460 / 1000 = 46 %.
    const result = aggregateShare([
      { numerator: 10, denominator: 100 },
      { numerator: 450, denominator: 900 },
    ]);
    expect(result).toEqual({ value: 46, numerator: 460, denominator: 1000, missingCount: 0, reason: null });
  });

  it("has no value when a part lacks its counts, and says so", () => {
    expect(
      aggregateShare([
        { numerator: 10, denominator: 100 },
        { numerator: null, denominator: 50 },
        { numerator: 3, denominator: null },
      ]),
    ).toEqual({ value: null, numerator: null, denominator: null, missingCount: 2, reason: "counts-missing" });
  });

  it("has no value for no parts or a zero denominator", () => {
    expect(aggregateShare([]).reason).toBe("no-parts");
    expect(aggregateShare([{ numerator: 0, denominator: 0 }])).toMatchObject({
      value: null,
      reason: "denominator-zero",
    });
  });
});
