import { z } from "zod";

/** An area with its indicator values (`null` = missing). */
export interface AreaIndicatorValues {
  code: string;
  values: Readonly<Record<string, number | null>>;
}

export interface NearestArea {
  code: string;
  /** Euclidean distance in standard deviations over the chosen indicators. */
  distance: number;
}

/**
 * The `k` areas most similar to `targetCode`: Euclidean distance of z-standardised values
 * (mean and population SD over the areas that have every chosen indicator), so that an
 * indicator in % and one in years weigh alike. Areas with a missing value are skipped; ties
 * are broken by code. Empty when the target is unknown or lacks a value.
 */
export function nearestAreas(
  targetCode: string,
  areas: readonly AreaIndicatorValues[],
  indicatorKeys: readonly string[],
  k: number,
): NearestArea[] {
  const dimensions = indicatorKeys.length;
  const complete = areas.filter((area) =>
    indicatorKeys.every((key) => {
      const value = area.values[key];
      return value !== null && value !== undefined && Number.isFinite(value);
    }),
  );
  const n = complete.length;
  const target = complete.findIndex((area) => area.code === targetCode);
  if (target < 0 || k <= 0 || dimensions === 0) return [];

  // Row-major matrix of z-values: one allocation, no per-area arrays.
  const z = new Float64Array(n * dimensions);
  indicatorKeys.forEach((key, d) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += complete[i]?.values[key] as number;
    const average = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += ((complete[i]?.values[key] as number) - average) ** 2;
    const sd = Math.sqrt(squares / n);
    for (let i = 0; i < n; i++)
      z[i * dimensions + d] = sd === 0 ? 0 : ((complete[i]?.values[key] as number) - average) / sd;
  });

  const candidates: NearestArea[] = [];
  for (let i = 0; i < n; i++) {
    if (i === target) continue;
    let squares = 0;
    for (let d = 0; d < dimensions; d++) {
      const difference = (z[i * dimensions + d] as number) - (z[target * dimensions + d] as number);
      squares += difference * difference;
    }
    candidates.push({ code: complete[i]?.code as string, distance: Math.sqrt(squares) });
  }
  candidates.sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return candidates.slice(0, k);
}

/** Most similar areas one question may ask for. */
export const maxSimilarAreas = 50;
/** Most indicators one comparison may use. */
export const maxSimilarityIndicators = 20;

/** A question for similar areas: an area, 1–20 distinct indicators, k from 1 to 50 (default 5). */
export const similarAreasQuerySchema = z.object({
  areaCode: z.string().trim().min(1, "choose an area (its official code, e.g. 01100101)"),
  indicatorKeys: z
    .array(z.string().trim().min(1, "enter an indicator key, e.g. mss2021.s4"))
    .min(1, "choose at least one indicator")
    .max(maxSimilarityIndicators, `choose at most ${maxSimilarityIndicators} indicators`)
    .superRefine((keys, context) => {
      keys.forEach((key, index) => {
        if (keys.indexOf(key) !== index) {
          context.addIssue({ code: "custom", path: [index], message: `${key} is already chosen` });
        }
      });
    }),
  k: z
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(maxSimilarAreas, `must be at most ${maxSimilarAreas}`)
    .nullish()
    .transform((k) => k ?? 5),
});
export type SimilarAreasQuery = z.output<typeof similarAreasQuerySchema>;
