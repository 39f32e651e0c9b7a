// Disclosure control on the way out: every value, numerator and denominator of an observation
// or of an aggregate passes `discloseValue` before it leaves the server. Planners and admins
// (`rawValues` in policies.ts) get raw values; everybody else gets values protected by the
// indicator's rule (packages/domain/src/disclosure.ts), with a status that says what happened.
import {
  type DisclosureRule,
  defaultDisclosureRule,
  disclosureRuleSchema,
  protectValue,
  type SuppressionReason,
  suppressionReasonText,
} from "@sozialatlas/domain/disclosure";
import { indicatorInputSchema, indicatorKind, shareUnit } from "@sozialatlas/domain/indicator";
import { wilsonInterval } from "@sozialatlas/domain/statistics";
import { z } from "zod";
import type { Context } from "../../context.ts";
import type {
  DisclosureRounding,
  DisclosureRule as DisclosureRuleOutput,
  Locale,
  ShareInterval,
  SuppressionReason as SuppressionReasonCode,
  ValueDisclosure,
} from "../../generated/graphql.ts";
import { notFound } from "../../lib/errors.ts";
import { rawValues } from "../../policies.ts";
import type { IndicatorRow } from "./indicator.service.ts";
import type { MapValueRow, ObservationRow } from "./observation.service.ts";

// ---------------------------------------------------------------------------------------
// The rule: stored in three columns, shown and entered with GraphQL enum names

type StoredRule = Pick<IndicatorRow, "disclosureMinCount" | "disclosureMinPopulation" | "disclosureRounding">;

export function disclosureRuleOf(indicator: StoredRule): DisclosureRule {
  const { disclosureRounding: rounding } = indicator;
  return {
    minCount: indicator.disclosureMinCount,
    minPopulation: indicator.disclosureMinPopulation,
    rounding: rounding === 5 || rounding === 10 ? rounding : "none",
  };
}

export function disclosureColumns(rule: DisclosureRule): StoredRule {
  return {
    disclosureMinCount: rule.minCount,
    disclosureMinPopulation: rule.minPopulation,
    disclosureRounding: rule.rounding === "none" ? null : rule.rounding,
  };
}

const roundingNames = { none: "NONE", 5: "FIVE", 10: "TEN" } as const satisfies Record<string, DisclosureRounding>;
const roundingOfName: Record<DisclosureRounding, DisclosureRule["rounding"]> = { NONE: "none", FIVE: 5, TEN: 10 };

export function ruleToGraphQL(rule: DisclosureRule): DisclosureRuleOutput {
  return { minCount: rule.minCount, minPopulation: rule.minPopulation, rounding: roundingNames[rule.rounding] };
}

export function ruleFromGraphQL(rule: DisclosureRuleOutput): DisclosureRule {
  return { minCount: rule.minCount, minPopulation: rule.minPopulation, rounding: roundingOfName[rule.rounding] };
}

/**
 * The `disclosure` of an indicator input as GraphQL sends it (enum names, nulls for omitted
 * fields) turned into what the domain schema checks; anything else is left for zod to reject.
 */
function disclosureInputFromGraphQL(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
  if (typeof given.rounding === "string" && given.rounding in roundingOfName) {
    given.rounding = roundingOfName[given.rounding as DisclosureRounding];
  }
  return given;
}

/** An indicator definition with its disclosure rule (omitted: the default rule). */
export const indicatorDefinitionSchema = indicatorInputSchema.extend({
  disclosure: z
    .preprocess(disclosureInputFromGraphQL, disclosureRuleSchema.nullish())
    .transform((rule) => rule ?? defaultDisclosureRule),
});

// ---------------------------------------------------------------------------------------
// The one function every value goes through

/** What is known of one value before disclosure control. */
export interface ValueFacts {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Residents of the area at the same Stichtag; null when unknown (then only the count rules apply). */
  population: number | null;
}

/** A value as it may leave the server for one viewer. */
export interface DisclosedValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  disclosure: ValueDisclosure & { rule: DisclosureRuleOutput };
  interval: ShareInterval | null;
}

const reasonCodes = {
  "small-population": "SMALL_POPULATION",
  "small-count": "SMALL_COUNT",
  "small-denominator": "SMALL_DENOMINATOR",
  "small-complement": "SMALL_COMPLEMENT",
} as const satisfies Record<SuppressionReason, SuppressionReasonCode>;
const reasonOfCode = Object.fromEntries(Object.entries(reasonCodes).map(([reason, code]) => [code, reason])) as Record<
  SuppressionReasonCode,
  SuppressionReason
>;

/** The reason of a suppression in words, in the asked language. */
export function reasonText(
  disclosure: Pick<ValueDisclosure, "reason"> & { rule: DisclosureRuleOutput },
  locale: Locale,
): string | null {
  if (!disclosure.reason) return null;
  return suppressionReasonText(
    reasonOfCode[disclosure.reason],
    ruleFromGraphQL(disclosure.rule),
    locale === "EN" ? "en" : "de",
  );
}

/** 95 % Wilson interval of a share (unit %), per 100; null without usable counts or for other units. */
function shareInterval(
  indicator: IndicatorRow,
  numerator: number | null,
  denominator: number | null,
): ShareInterval | null {
  if (indicator.unit !== shareUnit || numerator === null || denominator === null) return null;
  if (!(denominator > 0) || numerator < 0 || numerator > denominator) return null;
  const interval = wilsonInterval(numerator, denominator);
  return interval && { lower: interval.lower * 100, upper: interval.upper * 100, level: 0.95 };
}

/**
 * What of one value of `indicator` may be shown: raw for planners and admins (`raw`),
 * otherwise protected by the indicator's rule.
 *
 * - Shares and rates (`ratio`): the counts are checked and rounded, the value is recomputed
 *   from the rounded counts (per 100).
 * - Counts such as residents (`count`): the value is the count, checked and rounded as one.
 * - Other values (changes in percentage points, …): only the population rule applies; counts
 *   behind them are not shown.
 * - A value missing in the source stays missing (status PUBLISHED): nothing else of it leaves.
 */
export function discloseValue(indicator: IndicatorRow, facts: ValueFacts, raw: boolean): DisclosedValue {
  const rule = disclosureRuleOf(indicator);
  const shown = (
    status: ValueDisclosure["status"],
    value: number | null,
    numerator: number | null,
    denominator: number | null,
  ): DisclosedValue => ({
    value,
    numerator,
    denominator,
    disclosure: {
      status,
      reason: null,
      reasonText: null,
      roundedTo: status === "ROUNDED" && rule.rounding !== "none" ? rule.rounding : null,
      rule: ruleToGraphQL(rule),
    },
    interval: shareInterval(indicator, numerator, denominator),
  });

  if (raw) return shown("RAW", facts.value, facts.numerator, facts.denominator);
  if (facts.value === null) return shown("PUBLISHED", null, null, null);

  const kind = indicatorKind(indicator);
  const rounds = rule.rounding !== "none";
  if (kind === "count") {
    const result = protectValue({ value: facts.value, numerator: facts.value, population: facts.population }, rule);
    if (result.kind === "suppressed") return suppressed(rule, result.reason);
    return shown(rounds ? "ROUNDED" : "PUBLISHED", result.numerator ?? null, null, null);
  }
  if (kind === "ratio") {
    const result = protectValue(
      {
        value: facts.value,
        numerator: facts.numerator,
        denominator: facts.denominator,
        population: facts.population,
        scale: 100,
      },
      rule,
    );
    if (result.kind === "suppressed") return suppressed(rule, result.reason);
    const hasCounts = facts.numerator !== null || facts.denominator !== null;
    return shown(
      rounds && hasCounts ? "ROUNDED" : "PUBLISHED",
      result.value,
      result.numerator ?? null,
      result.denominator ?? null,
    );
  }
  const result = protectValue({ value: facts.value, population: facts.population }, rule);
  if (result.kind === "suppressed") return suppressed(rule, result.reason);
  return shown("PUBLISHED", result.value, null, null);
}

function suppressed(rule: DisclosureRule, reason: SuppressionReason): DisclosedValue {
  const disclosure = {
    status: "SUPPRESSED" as const,
    reason: reasonCodes[reason],
    roundedTo: null,
    rule: ruleToGraphQL(rule),
  };
  return {
    value: null,
    numerator: null,
    denominator: null,
    disclosure: { ...disclosure, reasonText: reasonText(disclosure, "DE") },
    interval: null,
  };
}

/** Whether the viewer of this request sees raw values (policies.ts: `rawValues`). */
export async function seesRawValues(ctx: Context): Promise<boolean> {
  return rawValues.check(ctx.viewer, {}, ctx);
}

/** DataLoader key of the residents of an area at a Stichtag. */
export const populationKey = (areaId: string, referenceDate: Date) =>
  `${areaId}|${referenceDate.toISOString().slice(0, 10)}`;

/**
 * An observation as the viewer of this request may see it. Its indicator and the residents of
 * its area at its Stichtag come through per-request DataLoaders: a list of any length costs
 * the same two statements.
 */
export async function discloseObservation(observation: ObservationRow, ctx: Context): Promise<DisclosedValue> {
  const raw = await seesRawValues(ctx);
  const [indicator, population] = await Promise.all([
    ctx.loaders.indicatorById.load(observation.indicatorId),
    raw ? null : ctx.loaders.populationOfArea.load(populationKey(observation.areaId, observation.referenceDate)),
  ]);
  // The foreign key guarantees the indicator; a miss would mean a broken database.
  if (!indicator) throw notFound("Indicator", observation.indicatorId);
  const { value, numerator, denominator } = observation;
  return discloseValue(indicator, { value, numerator, denominator, population }, raw);
}

/** What a map shows for an area (Indicator.mapValues). */
export interface MapValue {
  areaCode: string;
  value: number | null;
  state: "VALUE" | "MISSING" | "SUPPRESSED";
  reason: string | null;
}

/**
 * The observations of an indicator as a map shows them to the viewer of this request: the
 * same disclosure control as `discloseObservation`, with the residents already joined.
 */
export async function discloseMapValues(
  indicator: IndicatorRow,
  rows: readonly MapValueRow[],
  locale: Locale,
  ctx: Context,
): Promise<MapValue[]> {
  const raw = await seesRawValues(ctx);
  return rows.map((row) => {
    const { value, numerator, denominator, population, missingReason, areaCode } = row;
    const disclosed = discloseValue(indicator, { value, numerator, denominator, population }, raw);
    if (disclosed.disclosure.status === "SUPPRESSED") {
      return { areaCode, value: null, state: "SUPPRESSED", reason: reasonText(disclosed.disclosure, locale) };
    }
    if (row.suppressed) return { areaCode, value: null, state: "SUPPRESSED", reason: missingReason };
    if (disclosed.value === null) return { areaCode, value: null, state: "MISSING", reason: missingReason };
    return { areaCode, value: disclosed.value, state: "VALUE", reason: null };
  });
}
