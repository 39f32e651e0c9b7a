/**
 * Descriptive statistics for small-area indicators. Everything here is pure and works on
 * plain arrays; missing values are `null` and never count as zero.
 */

/** Unweighted arithmetic mean; `null` for no values. */
export function mean(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  return sum / n;
}

/**
 * Population standard deviation (divides by n, not n − 1), as the MSS method prescribes: the
 * areas are the whole population, not a sample. Two passes, so large offsets stay accurate.
 * `null` for no values.
 */
export function populationStdDev(values: ArrayLike<number>): number | null {
  const average = mean(values);
  if (average === null) return null;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = (values[i] as number) - average;
    squares += deviation * deviation;
  }
  return Math.sqrt(squares / values.length);
}

/** Mean and population standard deviation of one variable, e.g. of the base date. */
export interface Standardisation {
  mean: number;
  sd: number;
}

/** Mean and population SD of the non-null values; `null` when there are none. */
export function standardisationOf(values: readonly (number | null)[]): Standardisation | null {
  const present = values.filter((value): value is number => value !== null);
  const average = mean(present);
  const sd = populationStdDev(present);
  return average === null || sd === null ? null : { mean: average, sd };
}

/** (x − mean) / sd; a constant variable (sd 0) gives 0: every area sits exactly at the mean. */
export function standardise(value: number, standardisation: Standardisation): number {
  return standardisation.sd === 0 ? 0 : (value - standardisation.mean) / standardisation.sd;
}

/**
 * z-values of the given values. Nulls stay null and take no part in mean and SD. With `base`
 * the values are standardised against another distribution (e.g. a fixed base date) instead
 * of their own.
 */
export function zScores(values: readonly (number | null)[], base?: Standardisation): (number | null)[] {
  const standardisation = base ?? standardisationOf(values);
  if (standardisation === null) return values.map(() => null);
  return values.map((value) => (value === null ? null : standardise(value, standardisation)));
}

/** A confidence interval of a share, both ends as shares 0–1. */
export interface ShareInterval {
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for a share `successes / trials` (default: 95 %, z = 1.959964). Unlike
 * the normal approximation it stays within 0–1 and behaves for small areas and shares near 0
 * or 100 %. `null` when there are no trials: a share of nothing has no interval.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959964): ShareInterval | null {
  if (!Number.isFinite(successes) || !Number.isFinite(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`need 0 ≤ successes ≤ trials, got ${successes} of ${trials}`);
  }
  if (trials === 0) return null;
  const share = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (share + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((share * (1 - share)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At 0 and at all successes the bound is exactly 0 or 1; floating point would miss it by 1e-16.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === trials ? 1 : Math.min(1, centre + halfWidth),
  };
}

/** Counts behind one part of an aggregate share (e.g. one Planungsraum of a Bezirk). */
export interface SharePart {
  numerator: number | null;
  denominator: number | null;
}

/** Why an aggregated share has no value. */
export type AggregateShareProblem = "no-parts" | "counts-missing" | "denominator-zero";

export interface AggregatedShare {
  /** Σ numerator / Σ denominator × 100, or `null` with a `reason`. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Parts without numerator or denominator. */
  missingCount: number;
  reason: AggregateShareProblem | null;
}

/**
 * Share of a larger area from the counts of its parts. Shares are never averaged (that
 * weights a small area like a large one). If any part lacks its counts the aggregate is
 * unknown — silently dropping the part would understate or overstate the share — so the
 * value is `null` and `reason` says why.
 */
export function aggregateShare(parts: readonly SharePart[]): AggregatedShare {
  let numerator = 0;
  let denominator = 0;
  let missingCount = 0;
  for (const part of parts) {
    if (part.numerator === null || part.denominator === null) missingCount += 1;
    else {
      numerator += part.numerator;
      denominator += part.denominator;
    }
  }
  if (parts.length === 0) {
    return { value: null, numerator: null, denominator: null, missingCount: 0, reason: "no-parts" };
  }
  if (missingCount > 0)
    return { value: null, numerator: null, denominator: null, missingCount, reason: "counts-missing" };
  if (denominator === 0) return { value: null, numerator, denominator, missingCount, reason: "denominator-zero" };
  return { value: (numerator / denominator) * 100, numerator, denominator, missingCount, reason: null };
}
