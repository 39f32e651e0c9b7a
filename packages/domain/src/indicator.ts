import { z } from "zod";

/** Whether a higher value means more disadvantage (SGB II quota), less (length of residence), or neither. */
export const indicatorPolarities = ["HIGHER_IS_WORSE", "HIGHER_IS_BETTER", "NEUTRAL"] as const;
export type IndicatorPolarity = (typeof indicatorPolarities)[number];

/**
 * Indicator keys appear in imports, URLs and file names: lower case, no spaces, starting with
 * a letter or digit, e.g. "mss2021.s4" or "ew".
 */
export const indicatorKeyPattern = /^[a-z0-9][a-z0-9._-]*$/;

export const indicatorKeySchema = z
  .string()
  .trim()
  .min(1, "enter a key, e.g. mss2021.s4")
  .max(64, "use at most 64 characters")
  .regex(
    indicatorKeyPattern,
    "use lower-case letters, digits, '.', '_' and '-' only, starting with a letter or digit (e.g. mss2021.s4)",
  );

/** The unit of a share: part of a whole per 100 (value 0–100, numerator ≤ denominator). */
export const shareUnit = "%";

/** The indicator whose values are the residents of an area (minimum population, disclosure control). */
export const populationIndicatorKey = "ew";

/** Units whose values are counts of people or things: they can be summed over areas and rounded. */
export const countUnits: readonly string[] = ["Personen", "Anzahl", "Haushalte", "Fälle", "Wohnungen"];

/**
 * How values of an indicator combine: a `ratio` (share or rate per 100: counts above and below
 * the line, or unit %), a `count` (no counts behind it, the value itself is a count, e.g.
 * residents) or `other` (changes in percentage points, averages, …: neither summed nor divided).
 */
export function indicatorKind(indicator: {
  unit: string;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
}): "ratio" | "count" | "other" {
  if (indicator.unit === shareUnit || (indicator.numeratorDefinition && indicator.denominatorDefinition)) {
    return "ratio";
  }
  const unit = indicator.unit.trim().toLowerCase();
  if (
    !indicator.numeratorDefinition &&
    !indicator.denominatorDefinition &&
    countUnits.some((u) => u.toLowerCase() === unit)
  ) {
    return "count";
  }
  return "other";
}

const requiredText = (label: string, max: number) =>
  z.string().trim().min(1, `enter ${label}`).max(max, `use at most ${max} characters`);

/** Empty strings from forms and CSV cells mean "not given". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `use at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const optionalFlag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);

/** An indicator definition as entered (form, import, seed). */
export const indicatorInputSchema = z.object({
  key: indicatorKeySchema,
  name: requiredText("a name", 200),
  description: requiredText("what the indicator measures", 4000),
  unit: requiredText("a unit, e.g. % or Personen", 50),
  polarity: z.enum(indicatorPolarities, { error: "choose HIGHER_IS_WORSE, HIGHER_IS_BETTER or NEUTRAL" }),
  numeratorDefinition: optionalText(1000),
  denominatorDefinition: optionalText(1000),
  topic: requiredText("a topic, e.g. Arbeit", 100),
  source: requiredText("the source (who publishes the data)", 1000),
  licence: requiredText("the licence of the data", 500),
  decimals: z
    .number()
    .int("use a whole number of decimal places")
    .min(0, "must be at least 0")
    .max(6, "must be at most 6")
    .nullish()
    .transform((value) => value ?? 1),
});
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether "YYYY-MM-DD" names a real calendar day (2021-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isoDate = z.string().trim().refine(isCalendarDate, "use a calendar date YYYY-MM-DD, e.g. 2020-12-31");

/**
 * One value of one indicator for one area at one Stichtag, as entered or imported. Areas and
 * indicators are referenced by their official code and key.
 *
 * Rules that need no database:
 * - a value, or else a `missingReason` saying why there is none (never both, never neither);
 * - counts behind the value: numerator ≥ 0, denominator > 0 (a share of nothing is undefined).
 * Rules that depend on the indicator are in `checkObservationForIndicator`.
 */
export const observationInputSchema = z
  .object({
    indicatorKey: z.string().trim().min(1, "choose an indicator (its key, e.g. mss2021.s4)"),
    areaCode: z.string().trim().min(1, "choose an area (its official code, e.g. 01100101)"),
    referenceDate: isoDate,
    value: z
      .number({ error: "must be a number" })
      .nullish()
      .transform((value) => value ?? null),
    numerator: z
      .number({ error: "must be a number" })
      .min(0, "a count cannot be negative")
      .nullish()
      .transform((value) => value ?? null),
    denominator: z
      .number({ error: "must be a number" })
      .gt(0, "must be greater than 0: a share of nothing is undefined, record the value as missing instead")
      .nullish()
      .transform((value) => value ?? null),
    missingReason: optionalText(500),
    provisional: optionalFlag,
    estimated: optionalFlag,
    suppressed: optionalFlag,
    breakInSeries: optionalFlag,
    source: optionalText(1000),
    extractedAt: isoDate.nullish().transform((value) => value ?? null),
  })
  .superRefine((observation, context) => {
    if (observation.value === null && observation.missingReason === null) {
      context.addIssue({
        code: "custom",
        path: ["missingReason"],
        message: "enter a value, or say why it is missing (e.g. 'ungültig (EW unter 300)')",
      });
    }
    if (observation.value !== null && observation.missingReason !== null) {
      context.addIssue({
        code: "custom",
        path: ["missingReason"],
        message: "leave the missing reason empty when a value is given",
      });
    }
  });
export type ObservationInput = z.infer<typeof observationInputSchema>;

export interface ObservationProblem {
  field: "value" | "numerator" | "denominator";
  message: string;
}

/**
 * Rules that depend on the indicator. Only shares (unit "%") are checked: their value lies
 * between 0 and 100 and their numerator (a part) cannot exceed the denominator (the whole).
 * Rates per 100 (moves per 100 residents) and changes in percentage points may be above 100
 * or negative, so other units are left alone.
 */
export function checkObservationForIndicator(
  observation: Pick<ObservationInput, "value" | "numerator" | "denominator">,
  indicator: { key: string; unit: string },
): ObservationProblem[] {
  if (indicator.unit !== shareUnit) return [];
  const problems: ObservationProblem[] = [];
  const { value, numerator, denominator } = observation;
  if (value !== null && (value < 0 || value > 100)) {
    problems.push({
      field: "value",
      message: `${indicator.key} is a share in %: the value must lie between 0 and 100`,
    });
  }
  if (numerator !== null && denominator !== null && numerator > denominator) {
    problems.push({
      field: "numerator",
      message: `${indicator.key} is a share: the numerator (part) cannot exceed the denominator (whole)`,
    });
  }
  return problems;
}

/** Marks invalid cells in the files of the Berlin Monitoring Soziale Stadtentwicklung. */
export const mssSentinel = -9999;

/** The reason recorded for an empty cell of a published table. */
export const noValueInSourceReason = "keine Angabe in der Quelle";

export interface MissingOrValue {
  value: number | null;
  missingReason: string | null;
}

/**
 * Turns one cell of an MSS table into a value or a missing value with a reason. The sentinel
 * -9999 is never a number: it becomes missing with the row's validity remark (`KOM`, e.g.
 * "ungültig (EW unter 300)"). An empty cell becomes missing with `noValueInSourceReason`.
 * Anything else that is not a number is an error: the file is not what we expect.
 */
export function mssCellToValue(cell: string, validityRemark: string): MissingOrValue {
  const text = cell.trim();
  if (text === "") return { value: null, missingReason: noValueInSourceReason };
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`not a number: "${cell}"`);
  if (value === mssSentinel) {
    const remark = validityRemark.trim();
    return {
      value: null,
      missingReason: remark.startsWith("ungültig") ? remark : `in der Quelle als ungültig markiert (${mssSentinel})`,
    };
  }
  return { value, missingReason: null };
}

export interface HierarchyNode {
  code: string;
  parentCode: string | null;
}

export interface AggregatedCount extends MissingOrValue {
  /** How many of the smallest areas below contributed a value. */
  contributing: number;
  /** How many of the smallest areas below have no value. */
  missing: number;
}

/**
 * Sums a count (residents, households — never a share) of the smallest areas up to every
 * ancestor. An ancestor with any child lacking a value gets no value, only a reason: a sum
 * over part of an area would understate it.
 */
export function sumCountsOverHierarchy(
  leafCounts: ReadonlyMap<string, number | null>,
  areas: readonly HierarchyNode[],
): Map<string, AggregatedCount> {
  const parentOf = new Map(areas.map((area) => [area.code, area.parentCode]));
  const totals = new Map<string, { sum: number; contributing: number; missing: number }>();
  for (const [code, count] of leafCounts) {
    const seen = new Set<string>();
    for (let parent = parentOf.get(code) ?? null; parent !== null; parent = parentOf.get(parent) ?? null) {
      if (seen.has(parent)) throw new Error(`the area hierarchy has a cycle at ${parent}`);
      seen.add(parent);
      const total = totals.get(parent) ?? { sum: 0, contributing: 0, missing: 0 };
      if (count === null) total.missing += 1;
      else {
        total.sum += count;
        total.contributing += 1;
      }
      totals.set(parent, total);
    }
  }
  const result = new Map<string, AggregatedCount>();
  for (const [code, { sum, contributing, missing }] of totals) {
    result.set(code, {
      value: missing === 0 ? sum : null,
      missingReason:
        missing === 0 ? null : `unvollständig: ${missing} von ${missing + contributing} Teilgebieten ohne Wert`,
      contributing,
      missing,
    });
  }
  return result;
}
