// The distribution of one indicator over the areas of a level: what a spine chart draws and
// what the comparison uses as its median reference. Pure functions.

export interface Distribution {
  /** Areas with a value. */
  count: number;
  min: number;
  /** First quartile (25 %). */
  q1: number;
  median: number;
  /** Third quartile (75 %). */
  q3: number;
  max: number;
  /** The values, ascending. */
  sorted: readonly number[];
}

/**
 * Quantile of ascending values with linear interpolation between the closest ranks (the
 * method of R's default type 7 and of spreadsheet QUANTIL.INKL / PERCENTILE.INC).
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[Math.min(sorted.length - 1, lower + 1)] ?? low;
  return low + (high - low) * (position - lower);
}

/** Minimum, quartiles, median and maximum of the values that exist (null and NaN are left out). */
export function distributionOf(values: Iterable<number | null | undefined>): Distribution | null {
  const sorted: number[] = [];
  for (const value of values) if (typeof value === "number" && Number.isFinite(value)) sorted.push(value);
  sorted.sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return null;
  return {
    count: sorted.length,
    min,
    q1: quantile(sorted, 0.25) ?? min,
    median: quantile(sorted, 0.5) ?? min,
    q3: quantile(sorted, 0.75) ?? max,
    max,
    sorted,
  };
}

/** Share (0–1) of the values that are lower than `value`; equal values count half (mid-rank). */
export function shareBelow(sorted: readonly number[], value: number): number {
  if (sorted.length === 0) return 0;
  let below = 0;
  let equal = 0;
  for (const candidate of sorted) {
    if (candidate < value) below++;
    else if (candidate === value) equal++;
  }
  return (below + equal / 2) / sorted.length;
}
