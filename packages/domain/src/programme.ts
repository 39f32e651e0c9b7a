import { z } from "zod";

/** Kinds of funding programmes a municipality runs with Jobcenter, Land, Bund and EU. */
export const programmeFamilies = [
  "BIWAQ",
  "SGB2_16I",
  "SGB2_16E",
  "SOZIALER_ZUSAMMENHALT",
  "ESF_PLUS",
  "LANDESPROGRAMM",
  "KOMMUNAL",
  "SONSTIGES",
] as const;
export type ProgrammeFamily = (typeof programmeFamilies)[number];

/** Who pays a budget line; the order is the order of funding shares within a year. */
export const fundingSourceTypes = ["EU", "BUND", "LAND", "KOMMUNE", "JOBCENTER", "STIFTUNG", "SONSTIGE"] as const;
export type FundingSourceType = (typeof fundingSourceTypes)[number];

export const programmeResultKinds = ["OUTPUT", "OUTCOME"] as const;
export type ProgrammeResultKind = (typeof programmeResultKinds)[number];

/** Budget years outside this range are typing errors, not planning. */
export const budgetYearRange = { min: 1990, max: 2100 } as const;

/** Optional free text: trimmed, and an empty string means "not given" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const requiredText = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** A calendar date as `YYYY-MM-DD`, or null when not given. */
export const optionalDate = z.iso
  .date("must be a calendar date YYYY-MM-DD")
  .nullish()
  .transform((value) => value ?? null);

const count = (what: string) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`)
    .max(10_000_000, `${what} is implausibly large`)
    .nullish()
    .transform((value) => value ?? null);

/** Euro amounts are kept to the cent; anything finer is a typing or conversion error. */
const euroAmount = z
  .number()
  .finite("must be a number")
  .min(0, "amounts cannot be negative")
  .max(1e11, "is implausibly large (more than 100 billion €)")
  .refine((amount) => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6, "must be in whole cents");

export const budgetLineInputSchema = z.object({
  year: z
    .number()
    .int("must be a year such as 2024")
    .min(budgetYearRange.min, `must be ${budgetYearRange.min} or later`)
    .max(budgetYearRange.max, `must be ${budgetYearRange.max} or earlier`),
  sourceType: z.enum(fundingSourceTypes),
  /** e.g. "ESF Plus", "BMWSB", "Land Berlin". */
  sourceName: requiredText(200),
  amount: euroAmount,
});
export type BudgetLineInput = z.infer<typeof budgetLineInputSchema>;

export const programmePartnerInputSchema = z.object({
  organisationId: z.string().trim().min(1, "choose an organisation"),
  /** e.g. "Kooperationspartner", "Träger Teilprojekt 2". */
  role: optionalText(200),
});

export const programmeResultInputSchema = z.object({
  kind: z.enum(programmeResultKinds),
  label: requiredText(300),
  value: z.number().finite("must be a number"),
  unit: optionalText(50),
  asOf: optionalDate,
});

/**
 * A programme as entered in the form or sent to `createProgramme`/`updateProgramme`. Child
 * lists replace the stored ones as a whole; an omitted list means "none".
 *
 * Rules beyond single fields: the period ends on or after its start; budget lines lie inside
 * the period's years; one line per year and funding source; no area, partner or target group
 * twice. `placesFilled` may exceed `placesPlanned` on purpose: over-filling happens (places
 * are re-filled before a leaver's place is formally closed, Jobcenter allocations above plan)
 * and must be recordable; the occupancy rate then shows more than 100 %.
 */
export const programmeInputSchema = z
  .object({
    name: requiredText(300),
    family: z.enum(programmeFamilies),
    legalBasis: optionalText(300),
    description: optionalText(10_000),
    startDate: optionalDate,
    endDate: optionalDate,
    round: optionalText(200),
    targetGroups: z
      .array(requiredText(200))
      .nullish()
      .transform((value) => value ?? []),
    leadOrganisationId: z
      .string()
      .trim()
      .nullish()
      .transform((value) => (value ? value : null)),
    placesPlanned: count("places planned"),
    placesFilled: count("places filled"),
    participants: count("participants"),
    budgetLines: z
      .array(budgetLineInputSchema)
      .nullish()
      .transform((value) => value ?? []),
    areaCodes: z
      .array(z.string().trim().min(1, "must not be empty"))
      .nullish()
      .transform((value) => value ?? []),
    partners: z
      .array(programmePartnerInputSchema)
      .nullish()
      .transform((value) => value ?? []),
    results: z
      .array(programmeResultInputSchema)
      .nullish()
      .transform((value) => value ?? []),
  })
  .superRefine((programme, ctx) => {
    const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: "custom", path, message });
    const { startDate, endDate } = programme;
    if (startDate && endDate && endDate < startDate) {
      issue(["endDate"], `must not be before the start date ${startDate}`);
    }
    const firstYear = startDate ? Number(startDate.slice(0, 4)) : null;
    const lastYear = endDate ? Number(endDate.slice(0, 4)) : null;
    const period = `${firstYear ?? "…"}–${lastYear ?? "…"}`;
    const seenLines = new Map<string, number>();
    programme.budgetLines.forEach((line, index) => {
      if ((firstYear !== null && line.year < firstYear) || (lastYear !== null && line.year > lastYear)) {
        issue(["budgetLines", index, "year"], `${line.year} lies outside the programme period ${period}`);
      }
      const key = `${line.year}|${line.sourceType}|${line.sourceName.toLocaleLowerCase("de")}`;
      const first = seenLines.get(key);
      if (first === undefined) seenLines.set(key, index);
      else {
        issue(
          ["budgetLines", index],
          `duplicates budgetLines.${first} (${line.year}, ${line.sourceType}, "${line.sourceName}"): ` +
            "one line per year and funding source, add the amounts up",
        );
      }
    });
    for (const index of duplicateIndexes(programme.areaCodes)) {
      issue(["areaCodes", index], `area ${programme.areaCodes[index]} is listed twice`);
    }
    for (const index of duplicateIndexes(programme.partners.map((partner) => partner.organisationId))) {
      issue(["partners", index, "organisationId"], "this organisation is already listed as a partner");
    }
    for (const index of duplicateIndexes(programme.targetGroups.map((group) => group.toLocaleLowerCase("de")))) {
      issue(["targetGroups", index], `target group "${programme.targetGroups[index]}" is listed twice`);
    }
  });
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

/** Indexes of the entries that repeat an earlier one (the first occurrence is not reported). */
export function duplicateIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}

// ---------------------------------------------------------------------------------------
// Derived figures

export interface BudgetLine {
  year: number;
  sourceType: FundingSourceType;
  sourceName: string;
  amount: number;
}

/** Sums are taken in whole cents so that e.g. 0.10 € + 0.20 € is exactly 0.30 €. */
const toCents = (amount: number) => Math.round(amount * 100);

/** Sum of all budget lines in euro. */
export function totalBudget(lines: readonly BudgetLine[]): number {
  return lines.reduce((sum, line) => sum + toCents(line.amount), 0) / 100;
}

/** Budget per year in euro, ordered by year. */
export function budgetByYear(lines: readonly BudgetLine[]): Array<{ year: number; total: number }> {
  return groupByYear(lines).map(([year, yearLines]) => ({ year, total: totalBudget(yearLines) }));
}

export interface FundingShare extends BudgetLine {
  /** Part of the year's budget from this line, 0–1; null when the year's budget is 0. */
  share: number | null;
}

/**
 * Each budget line's share of its year's budget, ordered by year, source type and name.
 *
 * Added up in this order, the shares of a year are exactly 1 in floating point: the last line
 * with money takes `1 − (sum of the shares before it)`, which differs from its plain ratio by
 * at most about 1e-16. Charts and tables summing the shares never show 99.99… %. Lines of 0 €
 * have share 0; a year whose budget is 0 € has no shares (null).
 */
export function fundingShares(lines: readonly BudgetLine[]): FundingShare[] {
  const shares: FundingShare[] = [];
  for (const [, yearLines] of groupByYear(lines)) {
    const ordered = [...yearLines].sort(
      (a, b) =>
        fundingSourceTypes.indexOf(a.sourceType) - fundingSourceTypes.indexOf(b.sourceType) ||
        a.sourceName.localeCompare(b.sourceName, "de"),
    );
    const totalCents = ordered.reduce((sum, line) => sum + toCents(line.amount), 0);
    if (totalCents === 0) {
      for (const line of ordered) shares.push({ ...line, share: null });
      continue;
    }
    const lastWithMoney = ordered.findLastIndex((line) => toCents(line.amount) > 0);
    let sumBefore = 0;
    ordered.forEach((line, index) => {
      const cents = toCents(line.amount);
      const share = index === lastWithMoney ? 1 - sumBefore : cents / totalCents;
      sumBefore += share;
      shares.push({ ...line, share });
    });
  }
  return shares;
}

function groupByYear<Line extends BudgetLine>(lines: readonly Line[]): Array<[number, Line[]]> {
  const byYear = new Map<number, Line[]>();
  for (const line of lines) byYear.set(line.year, [...(byYear.get(line.year) ?? []), line]);
  return [...byYear.entries()].sort(([a], [b]) => a - b);
}

/**
 * Filled places per planned place (0.8 = 80 %); above 1 when over-filled. Null when no
 * places are planned (0 or unknown) or the filled places are unknown.
 */
export function occupancyRate(placesPlanned: number | null, placesFilled: number | null): number | null {
  if (!placesPlanned || placesFilled === null) return null;
  return placesFilled / placesPlanned;
}
