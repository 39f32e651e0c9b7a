// Small descriptive statistics for the explorer's charts. Pure functions over the values that
// are shown (protected and missing values are left out by the caller, never counted as 0).

/** The median of the values; null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * Pearson's correlation coefficient r of paired values; null with fewer than three pairs or
 * when one of the two has no spread (r is undefined then, not 0).
 */
export function pearson(pairs: ReadonlyArray<readonly [number, number]>): number | null {
  const n = pairs.length;
  if (n < 3) return null;
  let sumX = 0;
  let sumY = 0;
  for (const [x, y] of pairs) {
    sumX += x;
    sumY += y;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (const [x, y] of pairs) {
    const dx = x - meanX;
    const dy = y - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return null;
  // Rounding can push a perfect correlation a hair beyond ±1.
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}

export interface HistogramBin {
  /** Lower bound, inclusive. */
  from: number;
  /** Upper bound, exclusive. */
  to: number;
  /** Codes of the areas whose value falls into the bin. */
  codes: string[];
}

/** A round bin width near `rough`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Removes the noise of binary fractions (0.30000000000000004 → 0.3). */
const tidy = (value: number) => Number.parseFloat(value.toPrecision(12));

/**
 * Bins of equal, round width over the values (Sturges' rule for their number: about
 * log2(n) + 1). Every value lies in exactly one bin; empty bins in between are kept, so the
 * shape of the distribution is honest.
 */
export function histogram(entries: ReadonlyArray<{ code: string; value: number }>): HistogramBin[] {
  if (entries.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { value } of entries) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  if (min === max) return [{ from: min, to: max, codes: entries.map((entry) => entry.code) }];
  const target = Math.ceil(Math.log2(entries.length) + 1);
  const step = niceStep((max - min) / target);
  const start = tidy(Math.floor(min / step + 1e-9) * step);
  const count = Math.max(1, Math.floor((max - start) / step + 1e-9) + 1);
  const bins: HistogramBin[] = Array.from({ length: count }, (_, index) => ({
    from: tidy(start + index * step),
    to: tidy(start + (index + 1) * step),
    codes: [],
  }));
  for (const { code, value } of entries) {
    const index = Math.min(count - 1, Math.max(0, Math.floor((value - start) / step + 1e-9)));
    bins[index]?.codes.push(code);
  }
  return bins;
}
