import { z } from "zod";
import { indicatorKeySchema, isCalendarDate } from "./indicator.ts";
import type { Standardisation } from "./statistics.ts";

/**
 * A composite social index after the method of the Berlin Monitoring Soziale Stadtentwicklung
 * (MSS 2021 Indikatorenheft, pp. 41 and 45), made configurable:
 * 1. per part (status, dynamics) z-standardise each indicator over the valid areas
 *    (unweighted mean, population SD), flip HIGHER_IS_BETTER, multiply by the weight;
 * 2. add the z-values (Statussumme), z-standardise the sum again: that is the index;
 * 3. classify the unrounded index with the part's thresholds.
 * Higher index = more disadvantage (status) or worsening (dynamics).
 */

export const indexPolarities = ["HIGHER_IS_WORSE", "HIGHER_IS_BETTER"] as const;
export type IndexPolarity = (typeof indexPolarities)[number];

export const indexIndicatorSchema = z.object({
  indicatorKey: indicatorKeySchema,
  weight: z.number().finite().positive("a weight must be greater than 0").default(1),
  polarity: z.enum(indexPolarities, { error: "choose HIGHER_IS_WORSE or HIGHER_IS_BETTER" }),
});
export type IndexIndicator = z.infer<typeof indexIndicatorSchema>;

/** Status: 1 hoch if x < highBelow; 2 mittel up to middleUpTo; 3 niedrig up to lowUpTo; else 4 sehr niedrig. */
export const statusThresholdsSchema = z
  .object({ highBelow: z.number().finite(), middleUpTo: z.number().finite(), lowUpTo: z.number().finite() })
  .refine((t) => t.highBelow <= t.middleUpTo && t.middleUpTo <= t.lowUpTo, "thresholds must be in ascending order");
export type StatusThresholds = z.infer<typeof statusThresholdsSchema>;

/** Dynamics: positiv if x < positiveBelow; stabil up to stableUpTo; negativ above. */
export const dynamicsThresholdsSchema = z
  .object({ positiveBelow: z.number().finite(), stableUpTo: z.number().finite() })
  .refine((t) => t.positiveBelow <= t.stableUpTo, "thresholds must be in ascending order");
export type DynamicsThresholds = z.infer<typeof dynamicsThresholdsSchema>;

/** As published for the MSS 2021. */
export const publishedStatusThresholds: StatusThresholds = { highBelow: -1, middleUpTo: 1, lowUpTo: 1.5 };
export const publishedDynamicsThresholds: DynamicsThresholds = { positiveBelow: -1, stableUpTo: 1 };

const indicatorList = z
  .array(indexIndicatorSchema)
  .min(1, "choose at least one indicator")
  .refine(
    (indicators) => new Set(indicators.map((indicator) => indicator.indicatorKey)).size === indicators.length,
    "each indicator may appear only once per part",
  );

/**
 * "sameDate": standardise over the areas of the run itself (the published method).
 * { baseDate }: standardise against a fixed base date so that runs stay comparable; the caller
 * passes that date's means and SDs (the `statistics` of the base run) with the input.
 */
export const standardisationBasisSchema = z.union([
  z.literal("sameDate"),
  z.object({ baseDate: z.string().trim().refine(isCalendarDate, "use a calendar date YYYY-MM-DD") }),
]);
export type StandardisationBasis = z.infer<typeof standardisationBasisSchema>;

export const indexDefinitionSchema = z.object({
  key: indicatorKeySchema,
  name: z.string().trim().min(1, "enter a name").max(200, "use at most 200 characters"),
  status: z.object({
    indicators: indicatorList,
    thresholds: statusThresholdsSchema.default(publishedStatusThresholds),
  }),
  dynamics: z
    .object({
      indicators: indicatorList,
      thresholds: dynamicsThresholdsSchema.default(publishedDynamicsThresholds),
    })
    .nullish()
    .transform((part) => part ?? null),
  standardisation: standardisationBasisSchema.default("sameDate"),
  minPopulation: z.number().int().nonnegative().default(300),
  excludedAreaCodes: z.array(z.string().trim().min(1)).default([]),
});
/** A parsed definition (defaults filled in). */
export type IndexDefinition = z.output<typeof indexDefinitionSchema>;
/** A definition as entered (defaults optional). */
export type IndexDefinitionInput = z.input<typeof indexDefinitionSchema>;

/** The MSS 2021 (Berlin, Stichtag 31.12.2020) as published. */
export const mss2021Definition: IndexDefinition = {
  key: "mss-2021",
  name: "Monitoring Soziale Stadtentwicklung 2021",
  status: {
    indicators: [
      { indicatorKey: "mss2021.s1", weight: 1, polarity: "HIGHER_IS_WORSE" },
      { indicatorKey: "mss2021.s3", weight: 1, polarity: "HIGHER_IS_WORSE" },
      { indicatorKey: "mss2021.s4", weight: 1, polarity: "HIGHER_IS_WORSE" },
    ],
    thresholds: publishedStatusThresholds,
  },
  dynamics: {
    indicators: [
      { indicatorKey: "mss2021.d1", weight: 1, polarity: "HIGHER_IS_WORSE" },
      { indicatorKey: "mss2021.d3", weight: 1, polarity: "HIGHER_IS_WORSE" },
      { indicatorKey: "mss2021.d4", weight: 1, polarity: "HIGHER_IS_WORSE" },
    ],
    thresholds: publishedDynamicsThresholds,
  },
  standardisation: "sameDate",
  minPopulation: 300,
  excludedAreaCodes: [],
};

export type StatusClass = 1 | 2 | 3 | 4;
export type DynamicsClass = "positiv" | "stabil" | "negativ";

/** Classifies an unrounded status index (rounding first would flip boundary cases). */
export function classifyStatus(
  x: number | null,
  thresholds: StatusThresholds = publishedStatusThresholds,
): StatusClass | null {
  if (x === null || !Number.isFinite(x)) return null;
  if (x < thresholds.highBelow) return 1;
  if (x <= thresholds.middleUpTo) return 2;
  if (x <= thresholds.lowUpTo) return 3;
  return 4;
}

/** Classifies an unrounded dynamics index. */
export function classifyDynamics(
  x: number | null,
  thresholds: DynamicsThresholds = publishedDynamicsThresholds,
): DynamicsClass | null {
  if (x === null || !Number.isFinite(x)) return null;
  if (x < thresholds.positiveBelow) return "positiv";
  if (x <= thresholds.stableUpTo) return "stabil";
  return "negativ";
}

const dynamicsSuffix: Record<DynamicsClass, string> = { positiv: "+", stabil: "+/-", negativ: "-" };

/** "2-" = status mittel, dynamics negativ; `null` when either class is missing. */
export function combinedCode(status: StatusClass | null, dynamics: DynamicsClass | null): string | null {
  return status === null || dynamics === null ? null : `${status}${dynamicsSuffix[dynamics]}`;
}

export type Locale = "de" | "en";

const statusLabels: Record<Locale, Record<StatusClass, string>> = {
  de: { 1: "hoch", 2: "mittel", 3: "niedrig", 4: "sehr niedrig" },
  en: { 1: "high", 2: "medium", 3: "low", 4: "very low" },
};
const dynamicsLabels: Record<Locale, Record<DynamicsClass, string>> = {
  de: { positiv: "positiv", stabil: "stabil", negativ: "negativ" },
  en: { positiv: "positive", stabil: "stable", negativ: "negative" },
};

export function statusClassLabel(status: StatusClass, locale: Locale = "de"): string {
  return statusLabels[locale][status];
}

export function dynamicsClassLabel(dynamics: DynamicsClass, locale: Locale = "de"): string {
  return dynamicsLabels[locale][dynamics];
}

/** Why an area takes no part in the index; all of them are shown as "ohne Zuordnung". */
export type IndexExclusionReason =
  | "excluded-by-definition"
  | "population-missing"
  | "population-below-minimum"
  | "indicator-missing";

export const exclusionLabel: Record<Locale, string> = { de: "ohne Zuordnung", en: "not classified" };

/** A sentence for a map tooltip or table footnote. */
export function exclusionReasonText(reason: IndexExclusionReason, definition: IndexDefinition, locale: Locale = "de") {
  const texts: Record<Locale, Record<IndexExclusionReason, string>> = {
    de: {
      "excluded-by-definition": "ohne Zuordnung: in der Indexdefinition ausgeschlossen (z. B. Ausreißer)",
      "population-missing": "ohne Zuordnung: Einwohnerzahl unbekannt",
      "population-below-minimum": `ohne Zuordnung: weniger als ${definition.minPopulation} Einwohner/innen`,
      "indicator-missing": "ohne Zuordnung: mindestens ein Indikatorwert fehlt",
    },
    en: {
      "excluded-by-definition": "not classified: excluded by the index definition (e.g. outlier)",
      "population-missing": "not classified: population unknown",
      "population-below-minimum": `not classified: fewer than ${definition.minPopulation} residents`,
      "indicator-missing": "not classified: at least one indicator value is missing",
    },
  };
  return texts[locale][reason];
}

/**
 * Areas in columns, one array entry per area in the same order: fast for 100,000 areas and
 * what a database query per indicator naturally returns. `null` = missing.
 */
export interface IndexInput {
  areaCodes: readonly string[];
  population: readonly (number | null)[];
  /** Indicator key → value per area. */
  values: Readonly<Record<string, readonly (number | null)[]>>;
  /** Required when the definition standardises against a fixed base date. */
  baseStatistics?: IndexStatistics;
}

/** Means and SDs the run used: pass them as `baseStatistics` to standardise later runs on them. */
export interface IndexStatistics {
  indicators: Record<string, Standardisation>;
  statusSum: Standardisation;
  dynamicsSum: Standardisation | null;
}

export interface IndexAreaResult {
  areaCode: string;
  statusSum: number | null;
  statusIndex: number | null;
  statusClass: StatusClass | null;
  dynamicsSum: number | null;
  dynamicsIndex: number | null;
  dynamicsClass: DynamicsClass | null;
  combinedCode: string | null;
  excludedReason: IndexExclusionReason | null;
  /** 1 = most disadvantaged (highest status index); equal indices share a rank. */
  rank: number | null;
}

export interface IndexRun {
  definitionKey: string;
  /** In input order. */
  areas: IndexAreaResult[];
  validCount: number;
  excludedCount: number;
  statistics: IndexStatistics;
}

/** One area per row: convenient for tests and small imports; turned into columns. */
export function indexInputFromRows(
  rows: ReadonlyArray<{ areaCode: string; population: number | null; values: Readonly<Record<string, number | null>> }>,
  indicatorKeys: readonly string[],
): IndexInput {
  const values: Record<string, (number | null)[]> = {};
  for (const key of indicatorKeys) values[key] = rows.map((row) => row.values[key] ?? null);
  return { areaCodes: rows.map((row) => row.areaCode), population: rows.map((row) => row.population), values };
}

function toColumn(values: readonly (number | null)[] | undefined, n: number, key: string): Float64Array {
  if (values === undefined) throw new Error(`no values for indicator ${key}`);
  if (values.length !== n) throw new Error(`indicator ${key} has ${values.length} values for ${n} areas`);
  const column = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    column[i] = value === null || value === undefined || !Number.isFinite(value) ? Number.NaN : value;
  }
  return column;
}

function anyMissing(columns: readonly Float64Array[], area: number): boolean {
  for (const column of columns) if (Number.isNaN(column[area])) return true;
  return false;
}

/** Mean and population SD over the valid entries only. */
function standardisationOver(column: Float64Array, valid: Uint8Array, validCount: number): Standardisation {
  if (validCount === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (let i = 0; i < column.length; i++) if (valid[i] === 1) sum += column[i] as number;
  const average = sum / validCount;
  let squares = 0;
  for (let i = 0; i < column.length; i++) {
    if (valid[i] === 1) {
      const deviation = (column[i] as number) - average;
      squares += deviation * deviation;
    }
  }
  return { mean: average, sd: Math.sqrt(squares / validCount) };
}

interface PartResult {
  sum: Float64Array;
  index: Float64Array;
  sumStandardisation: Standardisation;
}

function computePart(
  indicators: readonly IndexIndicator[],
  columns: ReadonlyMap<string, Float64Array>,
  valid: Uint8Array,
  validCount: number,
  base: IndexStatistics | undefined,
  baseSum: Standardisation | null | undefined,
  statistics: Record<string, Standardisation>,
): PartResult {
  const n = valid.length;
  const sum = new Float64Array(n);
  for (const indicator of indicators) {
    const column = columns.get(indicator.indicatorKey) as Float64Array;
    const standardisation = base
      ? base.indicators[indicator.indicatorKey]
      : standardisationOver(column, valid, validCount);
    if (standardisation === undefined) throw new Error(`base statistics lack indicator ${indicator.indicatorKey}`);
    statistics[indicator.indicatorKey] = standardisation;
    const { mean, sd } = standardisation;
    // A constant indicator separates no areas: it contributes 0 instead of dividing by 0.
    const factor =
      sd === 0 ? 0 : (indicator.polarity === "HIGHER_IS_BETTER" ? -indicator.weight : indicator.weight) / sd;
    for (let i = 0; i < n; i++)
      if (valid[i] === 1) sum[i] = (sum[i] as number) + ((column[i] as number) - mean) * factor;
  }
  if (base && !baseSum) throw new Error("base statistics lack the sum of this part");
  const sumStandardisation = baseSum ?? standardisationOver(sum, valid, validCount);
  const index = new Float64Array(n);
  const sumFactor = sumStandardisation.sd === 0 ? 0 : 1 / sumStandardisation.sd;
  for (let i = 0; i < n; i++) index[i] = ((sum[i] as number) - sumStandardisation.mean) * sumFactor;
  return { sum, index, sumStandardisation };
}

/**
 * Computes status and dynamics index for every area. An area is excluded ("ohne Zuordnung")
 * when its code is in the definition's exclusion list, its population is unknown or below the
 * minimum, or any indicator of the definition is missing; excluded areas take no part in
 * means and SDs. Linear in the number of areas apart from the ranking sort.
 */
export function computeIndex(definition: IndexDefinition, input: IndexInput): IndexRun {
  const n = input.areaCodes.length;
  if (input.population.length !== n) throw new Error(`${input.population.length} populations for ${n} areas`);
  const base = definition.standardisation === "sameDate" ? undefined : input.baseStatistics;
  if (definition.standardisation !== "sameDate" && base === undefined) {
    throw new Error(`definition ${definition.key} standardises on a base date: pass its baseStatistics`);
  }
  const parts = definition.dynamics ? [definition.status, definition.dynamics] : [definition.status];
  const columns = new Map<string, Float64Array>();
  for (const part of parts) {
    for (const { indicatorKey } of part.indicators) {
      if (!columns.has(indicatorKey)) columns.set(indicatorKey, toColumn(input.values[indicatorKey], n, indicatorKey));
    }
  }
  const columnList = [...columns.values()];

  const excluded = new Set(definition.excludedAreaCodes);
  const reasons: (IndexExclusionReason | null)[] = new Array(n).fill(null);
  const valid = new Uint8Array(n);
  let validCount = 0;
  for (let i = 0; i < n; i++) {
    const population = input.population[i];
    let reason: IndexExclusionReason | null = null;
    if (excluded.has(input.areaCodes[i] as string)) reason = "excluded-by-definition";
    else if (population === null || population === undefined || !Number.isFinite(population))
      reason = "population-missing";
    else if (population < definition.minPopulation) reason = "population-below-minimum";
    else if (anyMissing(columnList, i)) reason = "indicator-missing";
    reasons[i] = reason;
    if (reason === null) {
      valid[i] = 1;
      validCount += 1;
    }
  }

  const indicatorStatistics: Record<string, Standardisation> = {};
  const status = computePart(
    definition.status.indicators,
    columns,
    valid,
    validCount,
    base,
    base?.statusSum,
    indicatorStatistics,
  );
  const dynamics = definition.dynamics
    ? computePart(
        definition.dynamics.indicators,
        columns,
        valid,
        validCount,
        base,
        base?.dynamicsSum,
        indicatorStatistics,
      )
    : null;

  const ranks = rankDescending(status.index, valid, validCount);
  const areas: IndexAreaResult[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const areaCode = input.areaCodes[i] as string;
    if (valid[i] === 0) {
      areas[i] = {
        areaCode,
        statusSum: null,
        statusIndex: null,
        statusClass: null,
        dynamicsSum: null,
        dynamicsIndex: null,
        dynamicsClass: null,
        combinedCode: null,
        excludedReason: reasons[i] ?? null,
        rank: null,
      };
      continue;
    }
    const statusIndex = status.index[i] as number;
    const statusClass = classifyStatus(statusIndex, definition.status.thresholds);
    const dynamicsIndex = dynamics ? (dynamics.index[i] as number) : null;
    const dynamicsClass =
      definition.dynamics && dynamicsIndex !== null
        ? classifyDynamics(dynamicsIndex, definition.dynamics.thresholds)
        : null;
    areas[i] = {
      areaCode,
      statusSum: status.sum[i] as number,
      statusIndex,
      statusClass,
      dynamicsSum: dynamics ? (dynamics.sum[i] as number) : null,
      dynamicsIndex,
      dynamicsClass,
      combinedCode: combinedCode(statusClass, dynamicsClass),
      excludedReason: null,
      rank: ranks[i] as number,
    };
  }
  return {
    definitionKey: definition.key,
    areas,
    validCount,
    excludedCount: n - validCount,
    statistics: {
      indicators: indicatorStatistics,
      statusSum: status.sumStandardisation,
      dynamicsSum: dynamics ? dynamics.sumStandardisation : null,
    },
  };
}

/**
 * Competition ranks (1, 2, 2, 4) of the valid entries by descending value; 0 for invalid ones.
 * rank = 1 + number of values strictly greater: a numeric typed-array sort plus a binary search
 * per area, several times faster than sorting indices with a comparator.
 */
function rankDescending(values: Float64Array, valid: Uint8Array, validCount: number): Uint32Array {
  const negated = new Float64Array(validCount);
  for (let i = 0, j = 0; i < valid.length; i++) if (valid[i] === 1) negated[j++] = -(values[i] as number);
  negated.sort();
  const ranks = new Uint32Array(valid.length);
  for (let i = 0; i < valid.length; i++) {
    if (valid[i] === 0) continue;
    const target = -(values[i] as number);
    let low = 0;
    let high = validCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((negated[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    ranks[i] = low + 1;
  }
  return ranks;
}

export interface ClassChange {
  areaCode: string;
  previousStatusClass: StatusClass | null;
  currentStatusClass: StatusClass | null;
  previousDynamicsClass: DynamicsClass | null;
  currentDynamicsClass: DynamicsClass | null;
  statusChanged: boolean;
  dynamicsChanged: boolean;
}

/**
 * Areas whose status or dynamics class differs between two runs, sorted by area code. An area
 * that is classified in one run and not in the other (or missing from it) counts as changed:
 * planners need to see areas that fell out of the index.
 */
export function classChanges(previousRun: Pick<IndexRun, "areas">, currentRun: Pick<IndexRun, "areas">): ClassChange[] {
  const previousByCode = new Map(previousRun.areas.map((area) => [area.areaCode, area]));
  const currentByCode = new Map(currentRun.areas.map((area) => [area.areaCode, area]));
  const codes = [...new Set([...previousByCode.keys(), ...currentByCode.keys()])].sort();
  const changes: ClassChange[] = [];
  for (const areaCode of codes) {
    const previous = previousByCode.get(areaCode);
    const current = currentByCode.get(areaCode);
    const previousStatusClass = previous?.statusClass ?? null;
    const currentStatusClass = current?.statusClass ?? null;
    const previousDynamicsClass = previous?.dynamicsClass ?? null;
    const currentDynamicsClass = current?.dynamicsClass ?? null;
    const statusChanged = previousStatusClass !== currentStatusClass;
    const dynamicsChanged = previousDynamicsClass !== currentDynamicsClass;
    if (statusChanged || dynamicsChanged) {
      changes.push({
        areaCode,
        previousStatusClass,
        currentStatusClass,
        previousDynamicsClass,
        currentDynamicsClass,
        statusChanged,
        dynamicsChanged,
      });
    }
  }
  return changes;
}

const formatNumber = (value: number, locale: Locale) => value.toLocaleString(locale === "de" ? "de-DE" : "en-GB");

function indicatorLines(indicators: readonly IndexIndicator[], locale: Locale): string[] {
  return indicators.map((indicator) => {
    const direction =
      locale === "de"
        ? indicator.polarity === "HIGHER_IS_WORSE"
          ? "höherer Wert = mehr Benachteiligung"
          : "höherer Wert = weniger Benachteiligung (Vorzeichen umgekehrt)"
        : indicator.polarity === "HIGHER_IS_WORSE"
          ? "higher value = more disadvantage"
          : "higher value = less disadvantage (sign reversed)";
    const weight = locale === "de" ? "Gewicht" : "weight";
    return `  - ${indicator.indicatorKey} (${weight} ${formatNumber(indicator.weight, locale)}; ${direction})`;
  });
}

/** A plain-text description of the method of a definition, for reports and the help page. */
export function methodSheet(definition: IndexDefinition, locale: Locale = "de"): string {
  const s = definition.status.thresholds;
  const f = (value: number) => formatNumber(value, locale);
  const basis =
    definition.standardisation === "sameDate"
      ? locale === "de"
        ? "über die gültigen Gebiete desselben Stichtags"
        : "over the valid areas of the same reference date"
      : locale === "de"
        ? `mit Mittelwert und Standardabweichung des Basisstichtags ${definition.standardisation.baseDate}`
        : `with mean and standard deviation of the base date ${definition.standardisation.baseDate}`;
  const excludedCodes = definition.excludedAreaCodes.length > 0 ? definition.excludedAreaCodes.join(", ") : null;

  if (locale === "de") {
    const lines = [
      `${definition.name} (${definition.key})`,
      "",
      "Gültige Gebiete:",
      `  Gebiete mit mindestens ${definition.minPopulation} Einwohner/innen und Werten für alle Indikatoren${
        excludedCodes ? `; ausgeschlossen: ${excludedCodes}` : ""
      }. Alle anderen Gebiete bleiben „ohne Zuordnung“.`,
      "",
      "Status-Indikatoren:",
      ...indicatorLines(definition.status.indicators, locale),
      "",
      "Berechnung:",
      `  1. Jeder Indikator wird z-standardisiert ${basis}: ungewichteter Mittelwert, Standardabweichung der Grundgesamtheit (Division durch n).`,
      "  2. Die z-Werte werden mit ihrem Gewicht multipliziert und addiert (Statussumme).",
      "  3. Die Summe wird erneut z-standardisiert: das ist der Status-Index. Höhere Werte bedeuten mehr Benachteiligung.",
      "  4. Klassiert wird der ungerundete Index.",
      "",
      "Status-Klassen:",
      `  1 hoch: Index < ${f(s.highBelow)}`,
      `  2 mittel: ${f(s.highBelow)} ≤ Index ≤ ${f(s.middleUpTo)}`,
      `  3 niedrig: ${f(s.middleUpTo)} < Index ≤ ${f(s.lowUpTo)}`,
      `  4 sehr niedrig: Index > ${f(s.lowUpTo)}`,
    ];
    if (definition.dynamics) {
      const d = definition.dynamics.thresholds;
      lines.push(
        "",
        "Dynamik-Indikatoren (gleiche Berechnung, ergibt den Dynamik-Index):",
        ...indicatorLines(definition.dynamics.indicators, locale),
        "",
        "Dynamik-Klassen:",
        `  positiv (+): Index < ${f(d.positiveBelow)}`,
        `  stabil (+/-): ${f(d.positiveBelow)} ≤ Index ≤ ${f(d.stableUpTo)}`,
        `  negativ (-): Index > ${f(d.stableUpTo)}`,
        "",
        "Gesamtindex: Statusklasse und Dynamik-Zeichen, z. B. „2-“ = Status mittel, Dynamik negativ.",
      );
    }
    return lines.join("\n");
  }

  const lines = [
    `${definition.name} (${definition.key})`,
    "",
    "Valid areas:",
    `  Areas with at least ${definition.minPopulation} residents and values for every indicator${
      excludedCodes ? `; excluded: ${excludedCodes}` : ""
    }. All other areas remain "not classified".`,
    "",
    "Status indicators:",
    ...indicatorLines(definition.status.indicators, locale),
    "",
    "Calculation:",
    `  1. Each indicator is z-standardised ${basis}: unweighted mean, population standard deviation (divided by n).`,
    "  2. The z-values are multiplied by their weight and added (status sum).",
    "  3. The sum is z-standardised again: this is the status index. Higher values mean more disadvantage.",
    "  4. The unrounded index is classified.",
    "",
    "Status classes:",
    `  1 high: index < ${f(s.highBelow)}`,
    `  2 medium: ${f(s.highBelow)} ≤ index ≤ ${f(s.middleUpTo)}`,
    `  3 low: ${f(s.middleUpTo)} < index ≤ ${f(s.lowUpTo)}`,
    `  4 very low: index > ${f(s.lowUpTo)}`,
  ];
  if (definition.dynamics) {
    const d = definition.dynamics.thresholds;
    lines.push(
      "",
      "Dynamics indicators (same calculation, gives the dynamics index):",
      ...indicatorLines(definition.dynamics.indicators, locale),
      "",
      "Dynamics classes:",
      `  positive (+): index < ${f(d.positiveBelow)}`,
      `  stable (+/-): ${f(d.positiveBelow)} ≤ index ≤ ${f(d.stableUpTo)}`,
      `  negative (-): index > ${f(d.stableUpTo)}`,
      "",
      'Combined code: status class and dynamics sign, e.g. "2-" = status medium, dynamics negative.',
    );
  }
  return lines.join("\n");
}
