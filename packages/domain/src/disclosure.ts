import { z } from "zod";

/**
 * Statistical disclosure control for small areas: small counts and small populations would
 * let a reader identify households, so the public sees them suppressed or rounded; planners
 * with the right to see raw data get the values unchanged.
 */
export const disclosureRuleSchema = z.object({
  /** Counts from 1 to minCount − 1 are suppressed (0 is shown: it reveals nobody). */
  minCount: z
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(1000, "must be at most 1000")
    .default(3),
  /** Areas with fewer residents are suppressed altogether. */
  minPopulation: z
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .nonnegative("cannot be negative")
    .max(1_000_000, "must be at most 1000000")
    .default(300),
  /** Counts are rounded to this base before publication. */
  rounding: z
    .union([z.literal("none"), z.literal(5), z.literal(10)], { error: "round to 5, to 10 or not at all" })
    .default("none"),
});
export type DisclosureRule = z.output<typeof disclosureRuleSchema>;
export type DisclosureRuleInput = z.input<typeof disclosureRuleSchema>;

export const defaultDisclosureRule: DisclosureRule = { minCount: 3, minPopulation: 300, rounding: "none" };

export interface ObservedValue {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** Residents of the area, if known. */
  population?: number | null;
  /** value = numerator / denominator × scale; 100 for shares in %. */
  scale?: number;
}

export type SuppressionReason = "small-population" | "small-count" | "small-denominator" | "small-complement";

export type ProtectedValue =
  | { kind: "value"; value: number | null; numerator?: number | null; denominator?: number | null }
  | { kind: "suppressed"; reason: SuppressionReason };

const isSmall = (count: number | null | undefined, minCount: number) =>
  count !== null && count !== undefined && count > 0 && count < minCount;

const roundTo = (count: number, base: number) => Math.round(count / base) * base;

/**
 * What may be shown of one value. Order of checks: population of the area, numerator,
 * denominator, complement (denominator − numerator: "all but 2" reveals as much as "2").
 * Rounding applies to counts; when both counts exist the value is recomputed from the
 * rounded counts so that table and value agree, otherwise the value stays as it is.
 */
export function protectValue(
  observation: ObservedValue,
  rule: DisclosureRule = defaultDisclosureRule,
  canSeeRaw = false,
): ProtectedValue {
  const { value, numerator, denominator, population } = observation;
  const counts = {
    ...(numerator !== undefined ? { numerator } : {}),
    ...(denominator !== undefined ? { denominator } : {}),
  };
  if (canSeeRaw) return { kind: "value", value, ...counts };

  if (population !== null && population !== undefined && population < rule.minPopulation) {
    return { kind: "suppressed", reason: "small-population" };
  }
  if (isSmall(numerator, rule.minCount)) return { kind: "suppressed", reason: "small-count" };
  if (isSmall(denominator, rule.minCount)) return { kind: "suppressed", reason: "small-denominator" };
  if (
    numerator !== null &&
    numerator !== undefined &&
    denominator !== null &&
    denominator !== undefined &&
    isSmall(denominator - numerator, rule.minCount)
  ) {
    return { kind: "suppressed", reason: "small-complement" };
  }
  if (rule.rounding === "none") return { kind: "value", value, ...counts };

  const base = rule.rounding;
  const roundedNumerator = numerator === null || numerator === undefined ? numerator : roundTo(numerator, base);
  const roundedDenominator =
    denominator === null || denominator === undefined ? denominator : roundTo(denominator, base);
  const rounded = {
    ...(roundedNumerator !== undefined ? { numerator: roundedNumerator } : {}),
    ...(roundedDenominator !== undefined ? { denominator: roundedDenominator } : {}),
  };
  if (
    roundedNumerator === null ||
    roundedNumerator === undefined ||
    roundedDenominator === null ||
    roundedDenominator === undefined
  ) {
    return { kind: "value", value, ...rounded };
  }
  // A denominator rounded to 0 leaves no share to show.
  if (roundedDenominator === 0) return { kind: "suppressed", reason: "small-denominator" };
  return {
    kind: "value",
    value: (roundedNumerator / roundedDenominator) * (observation.scale ?? 100),
    ...rounded,
  };
}

export type TextLocale = "de" | "en";

/**
 * Why a value is withheld, in words for readers (German first, English second). The rule's
 * thresholds are named so that the reader can tell what would have to change.
 */
export function suppressionReasonText(reason: SuppressionReason, rule: DisclosureRule, locale: TextLocale): string {
  const n = rule.minCount;
  const roundedToZero =
    rule.rounding === "none" ? "" : { de: " oder nach Rundung 0", en: " or 0 after rounding" }[locale];
  const texts: Record<SuppressionReason, Record<TextLocale, string>> = {
    "small-population": {
      de: `Geheimhaltung: weniger als ${rule.minPopulation} Einwohnerinnen und Einwohner im Gebiet`,
      en: `Confidential: fewer than ${rule.minPopulation} residents in the area`,
    },
    "small-count": {
      de: `Geheimhaltung: weniger als ${n} Fälle`,
      en: `Confidential: fewer than ${n} cases`,
    },
    "small-denominator": {
      de: `Geheimhaltung: Bezugsgröße kleiner als ${n}${roundedToZero}`,
      en: `Confidential: base smaller than ${n}${roundedToZero}`,
    },
    "small-complement": {
      de: `Geheimhaltung: weniger als ${n} Fälle nicht betroffen`,
      en: `Confidential: fewer than ${n} cases not concerned`,
    },
  };
  return texts[reason][locale];
}
