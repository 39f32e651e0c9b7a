import { describe, expect, it } from "vitest";
import { distributionOf, quantile, shareBelow } from "./distribution.ts";

describe("distributionOf", () => {
  it("gives minimum, quartiles (linear interpolation), median and maximum of the values that exist", () => {
    expect(distributionOf([9, null, 1.16, 4.22594, undefined, 4.22, 6.5, Number.NaN])).toEqual({
      count: 5,
      min: 1.16,
      q1: 4.22,
      median: 4.22594,
      q3: 6.5,
      max: 9,
      sorted: [1.16, 4.22, 4.22594, 6.5, 9],
    });
  });

  it("interpolates between ranks like QUANTIL.INKL", () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5);
    expect(quantile([], 0.5)).toBeNull();
  });

  it("is null without values", () => {
    expect(distributionOf([null, null])).toBeNull();
  });
});

describe("shareBelow", () => {
  it("counts lower values and half of the equal ones", () => {
    expect(shareBelow([1, 2, 3, 4, 5], 3)).toBe(0.5);
    expect(shareBelow([1, 2, 3, 4], 0)).toBe(0);
    expect(shareBelow([2, 2], 2)).toBe(0.5);
  });
});
