import { z } from "zod";

// Measure catalogues (Maßnahmenkataloge): the goal tree, its version rules, the input
// schemas shared by API and web forms, and the derived status of a target.

/** Levels of the goal tree, from the root down: Leitziel > strategisches Ziel > operatives Ziel > Maßnahme. */
export const goalLevels = ["LEITZIEL", "STRATEGISCHES_ZIEL", "OPERATIVES_ZIEL", "MASSNAHME"] as const;
export type GoalLevel = (typeof goalLevels)[number];

export const goalLevelLabels: Record<GoalLevel, string> = {
  LEITZIEL: "Leitziel",
  STRATEGISCHES_ZIEL: "strategisches Ziel",
  OPERATIVES_ZIEL: "operatives Ziel",
  MASSNAHME: "Maßnahme",
};

/** IOOI: what a target measures — resources put in, services delivered, effects on people, effects on the area. */
export const resultLevels = ["INPUT", "OUTPUT", "OUTCOME", "IMPACT"] as const;
export type ResultLevel = (typeof resultLevels)[number];

export const catalogueVersionStatuses = ["DRAFT", "ADOPTED"] as const;
export type CatalogueVersionStatus = (typeof catalogueVersionStatuses)[number];

/**
 * Levels that carry targets (indicators). Operational goals are made measurable ("each
 * operational goal with indicators"), and so are the measures serving them, because that is
 * where outputs such as "4.000 Reintegrationsverläufe" are counted. Leitziele and strategic
 * goals stay qualitative: they are measured through the goals below them.
 */
export const levelsWithTargets: readonly GoalLevel[] = ["OPERATIVES_ZIEL", "MASSNAHME"];

export function canHaveTargets(level: GoalLevel): boolean {
  return levelsWithTargets.includes(level);
}

/** The level directly above (null for a Leitziel, which is always a root). */
export function parentLevelOf(level: GoalLevel): GoalLevel | null {
  return goalLevels[goalLevels.indexOf(level) - 1] ?? null;
}

/** The level directly below (null for a Maßnahme, which has no children). */
export function childLevelOf(level: GoalLevel): GoalLevel | null {
  return goalLevels[goalLevels.indexOf(level) + 1] ?? null;
}

/**
 * Whether a goal of `level` may sit under a parent of `parentLevel` (null: as a root).
 * A root is a Leitziel; a child is exactly one level below its parent. Returns the problem
 * in words, or null when the placement is fine.
 */
export function goalPlacementProblem(level: GoalLevel, parentLevel: GoalLevel | null): string | null {
  const expected = parentLevelOf(level);
  if (parentLevel === null) {
    return expected === null ? null : `a ${goalLevelLabels[level]} needs a parent ${goalLevelLabels[expected]}`;
  }
  if (expected === null) return "a Leitziel is a root goal and cannot have a parent";
  if (parentLevel !== expected) {
    return `a ${goalLevelLabels[level]} belongs under a ${goalLevelLabels[expected]}, not under a ${goalLevelLabels[parentLevel]}`;
  }
  return null;
}

/** The ids of a goal and of everything below it, given the (id, parentId) pairs of its version. */
export function subtreeIds(goals: ReadonlyArray<{ id: string; parentId: string | null }>, rootId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const goal of goals) {
    if (goal.parentId) childrenOf.set(goal.parentId, [...(childrenOf.get(goal.parentId) ?? []), goal.id]);
  }
  const found = new Set<string>([rootId]);
  const queue = [rootId];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of childrenOf.get(next) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/**
 * The new order of a sibling list when `id` is put at `position` (0 = first). `siblingIds`
 * is the current order without `id`; the result's index is each sibling's dense position.
 */
export function placeAt(siblingIds: readonly string[], id: string, position: number): string[] {
  const others = siblingIds.filter((sibling) => sibling !== id);
  const at = Math.max(0, Math.min(position, others.length));
  return [...others.slice(0, at), id, ...others.slice(at)];
}

/** Only drafts are edited; an adopted version is what the council decided and stays as it was. */
export function isVersionEditable(status: CatalogueVersionStatus): boolean {
  return status === "DRAFT";
}

/** The version in force: the latest adopted one, else the latest draft (null without versions). */
export function currentVersionOf<Version extends { number: number; status: CatalogueVersionStatus }>(
  versions: readonly Version[],
): Version | null {
  const latest = (status: CatalogueVersionStatus) =>
    versions
      .filter((version) => version.status === status)
      .reduce<Version | null>(
        (last, version) => (last === null || version.number > last.number ? version : last),
        null,
      );
  return latest("ADOPTED") ?? latest("DRAFT");
}

export function nextVersionNumber(existingNumbers: readonly number[]): number {
  return existingNumbers.reduce((max, number) => Math.max(max, number), 0) + 1;
}

// ---------------------------------------------------------------------------------------
// Input schemas

const requiredText = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** Optional free text: trimmed; an empty string means "not given" (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const isoDate = z.iso.date("must be a calendar date YYYY-MM-DD");

const optionalId = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null));

const requiredId = (what: string) => z.string().trim().min(1, `choose ${what}`);

/** Position among siblings (0 = first); null or absent means "at the end". */
const optionalPosition = z
  .number()
  .int("must be a whole number")
  .min(0, "cannot be negative")
  .nullish()
  .transform((value) => value ?? null);

/** Values of targets and actuals: counts, euros, quotas. Beyond a trillion it is a typing error. */
const measuredValue = z.number("must be a number").min(-1e12, "is implausibly small").max(1e12, "is implausibly large");

const euroBudget = z
  .number("must be a number")
  .min(0, "a budget cannot be negative")
  .max(1e11, "is implausibly large (more than 100 billion €)")
  .refine((amount) => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6, "must be in whole cents")
  .nullish()
  .transform((value) => value ?? null);

export const measureCatalogueInputSchema = z.object({
  name: requiredText(300),
  description: optionalText(10_000),
});
export type MeasureCatalogueInput = z.infer<typeof measureCatalogueInputSchema>;

export const catalogueVersionInputSchema = z.object({
  /** e.g. "Fortschreibung 2003". */
  label: optionalText(200),
});
export type CatalogueVersionInput = z.infer<typeof catalogueVersionInputSchema>;

export const adoptVersionInputSchema = z.object({
  adoptedOn: isoDate,
  /** Who decided, e.g. the council resolution "Ratsbeschluss 2003/117". */
  adoptedBy: requiredText(300),
});

const goalContent = {
  title: requiredText(300),
  description: optionalText(10_000),
  responsibleOrganisationId: optionalId,
  programmeId: optionalId,
  /** Official area codes; listing one twice is harmless and kept once. */
  areaCodes: z
    .array(z.string().trim().min(1, "must not be empty"))
    .max(1000, "at most 1000 areas")
    .nullish()
    .transform((codes) => [...new Set(codes ?? [])]),
  budget: euroBudget,
};

/** What a goal says; where it sits in the tree is set on creation and changed with moveGoal. */
export const goalUpdateInputSchema = z.object(goalContent);
export type GoalUpdateInput = z.infer<typeof goalUpdateInputSchema>;

export const goalInputSchema = z
  .object({
    versionId: requiredId("a catalogue version"),
    parentId: optionalId,
    level: z.enum(goalLevels, "must be LEITZIEL, STRATEGISCHES_ZIEL, OPERATIVES_ZIEL or MASSNAHME"),
    position: optionalPosition,
    ...goalContent,
  })
  .superRefine((goal, ctx) => {
    // Placements under a parent need the parent's level, which the service checks.
    const problem = goal.parentId === null ? goalPlacementProblem(goal.level, null) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["parentId"], message: problem });
  });
export type GoalInput = z.infer<typeof goalInputSchema>;

export const moveGoalInputSchema = z.object({
  parentId: optionalId,
  position: z.number().int("must be a whole number").min(0, "cannot be negative"),
});

const targetContent = {
  name: requiredText(300),
  resultLevel: z.enum(resultLevels, "must be INPUT, OUTPUT, OUTCOME or IMPACT"),
  /** e.g. "Verläufe", "Anfragen", "%". */
  unit: requiredText(50),
  indicatorId: optionalId,
  baselineValue: measuredValue,
  baselineDate: isoDate,
  targetValue: measuredValue,
  targetDate: isoDate,
  position: optionalPosition,
};

function checkTargetPeriod(target: { baselineDate: string; targetDate: string }, ctx: z.RefinementCtx): void {
  if (target.targetDate <= target.baselineDate) {
    ctx.addIssue({
      code: "custom",
      path: ["targetDate"],
      message: `must be after the baseline date ${target.baselineDate}`,
    });
  }
}

export const goalTargetInputSchema = z
  .object({ goalId: requiredId("a goal"), ...targetContent })
  .superRefine(checkTargetPeriod);
export type GoalTargetInput = z.infer<typeof goalTargetInputSchema>;

/** A target stays with its goal; everything else is replaced. */
export const goalTargetUpdateInputSchema = z.object(targetContent).superRefine(checkTargetPeriod);
export type GoalTargetUpdateInput = z.infer<typeof goalTargetUpdateInputSchema>;

export const targetActualInputSchema = z.object({
  date: isoDate,
  value: measuredValue,
  note: optionalText(2000),
});
export type TargetActualInput = z.infer<typeof targetActualInputSchema>;

/** One upload (e.g. a CSV file) of actuals for one target. */
export const maxActualsPerUpload = 1000;

export const targetActualsInputSchema = z
  .array(targetActualInputSchema)
  .min(1, "give at least one actual value")
  .max(maxActualsPerUpload, `at most ${maxActualsPerUpload} actual values at once`)
  .superRefine((actuals, ctx) => {
    const seen = new Set<string>();
    actuals.forEach((actual, index) => {
      if (seen.has(actual.date)) {
        ctx.addIssue({ code: "custom", path: [index, "date"], message: `${actual.date} appears more than once` });
      }
      seen.add(actual.date);
    });
  });

/** An actual is measured against the baseline, so it cannot predate it. */
export function actualDateProblem(baselineDate: string, date: string): string | null {
  return date < baselineDate ? `must be on or after the baseline date ${formatGermanDate(baselineDate)}` : null;
}

// ---------------------------------------------------------------------------------------
// Target status: derived from baseline, target and actuals, never stored.

export const targetStatuses = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA"] as const;
export type TargetStatus = (typeof targetStatuses)[number];

export const targetStatusLabels: Record<TargetStatus, string> = {
  ACHIEVED: "erreicht",
  ON_TRACK: "im Plan",
  AT_RISK: "gefährdet",
  OFF_TRACK: "nicht im Plan",
  NO_DATA: "keine Daten",
};

/** Share of the progress due by the actual's date from which a target is on track. */
export const onTrackFrom = 0.9;
/** Below `onTrackFrom` but at least this share: at risk; below: off track. */
export const atRiskFrom = 0.7;
/** Dates turned into fractions of a period are not exact; 0.9 must stay 0.9. */
const tolerance = 1e-9;

export interface TargetPath {
  baselineValue: number;
  /** YYYY-MM-DD */
  baselineDate: string;
  targetValue: number;
  /** YYYY-MM-DD */
  targetDate: string;
}

export interface ActualPoint {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export interface TargetStatusReport {
  status: TargetStatus;
  /** The rule applied, with the numbers, in German (shown as it is in the UI). */
  explanation: string;
  /** The value the linear path from baseline to target expects at the latest actual's date. */
  expectedValue: number | null;
  /** Progress made ÷ progress due, both measured from the baseline (1 = exactly on the path). */
  progressRatio: number | null;
  /** The latest actual on or before the reference date. */
  latestActual: ActualPoint | null;
  /** The date the status holds for ("today" unless given). */
  referenceDate: string;
}

const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** The value on the straight line from baseline to target at `date` (held constant outside the period). */
export function expectedValueAt(path: TargetPath, date: string): number {
  const start = dayNumber(path.baselineDate);
  const span = dayNumber(path.targetDate) - start;
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(date) - start) / span));
  return path.baselineValue + (path.targetValue - path.baselineValue) * share;
}

const numberFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const formatNumber = (value: number) => numberFormat.format(value);
const percent = (ratio: number) => `${Math.floor(ratio * 100 + 1e-7)} %`;

/** "2003-06-30" → "30.06.2003". */
export function formatGermanDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/**
 * The status of a target at `referenceDate` (normally today), with the rule applied in words.
 * Actuals after the reference date are ignored, so a past date shows the status as it was.
 *
 * 1. No actual → NO_DATA.
 * 2. The latest actual reaches the target → ACHIEVED. Direction-aware: a target below the
 *    baseline (fewer school drop-outs) is reached at or below it; a target equal to the
 *    baseline ("hold the level") is reached only by that value.
 * 3. Past the target date without reaching it → OFF_TRACK.
 * 4. Otherwise the progress made since the baseline is compared with the progress the linear
 *    path from baseline to target expects at the actual's date: at least `onTrackFrom` →
 *    ON_TRACK, at least `atRiskFrom` → AT_RISK, less → OFF_TRACK.
 */
export function targetStatus(
  path: TargetPath,
  actuals: readonly ActualPoint[],
  referenceDate: string,
): TargetStatusReport {
  const latest = actuals
    .filter((actual) => actual.date <= referenceDate)
    .reduce<ActualPoint | null>((last, actual) => (last === null || actual.date > last.date ? actual : last), null);
  const report = (
    status: TargetStatus,
    explanation: string,
    expectedValue: number | null = null,
    progressRatio: number | null = null,
  ): TargetStatusReport => ({
    status,
    explanation: `${explanation} → ${targetStatusLabels[status]}`,
    expectedValue,
    progressRatio,
    latestActual: latest,
    referenceDate,
  });
  if (latest === null) {
    return report(
      "NO_DATA",
      actuals.length === 0
        ? "Noch kein Ist-Wert erfasst"
        : `Kein Ist-Wert bis zum Stichtag ${formatGermanDate(referenceDate)}`,
    );
  }

  const { baselineValue, targetValue } = path;
  const direction = Math.sign(targetValue - baselineValue);
  const scale = Math.max(1, Math.abs(targetValue), Math.abs(baselineValue));
  const reached =
    direction > 0
      ? latest.value >= targetValue - tolerance * scale
      : direction < 0
        ? latest.value <= targetValue + tolerance * scale
        : Math.abs(latest.value - targetValue) <= tolerance * scale;
  const expectedValue = expectedValueAt(path, latest.date);
  const due = expectedValue - baselineValue;
  const progressRatio = due === 0 ? null : (latest.value - baselineValue) / due;

  const actualText = `Ist ${formatNumber(latest.value)} am ${formatGermanDate(latest.date)}`;
  const goalText =
    direction > 0
      ? `mindestens ${formatNumber(targetValue)}`
      : direction < 0
        ? `höchstens ${formatNumber(targetValue)}`
        : `Wert ${formatNumber(targetValue)} halten`;
  const targetText = `Ziel ${goalText} bis ${formatGermanDate(path.targetDate)}`;

  if (reached) return report("ACHIEVED", `${actualText}; ${targetText}: erreicht`, expectedValue, progressRatio);
  if (referenceDate > path.targetDate) {
    return report(
      "OFF_TRACK",
      `${actualText}; ${targetText}: nicht erreicht, Zieldatum am Stichtag ${formatGermanDate(referenceDate)} überschritten`,
      expectedValue,
      progressRatio,
    );
  }
  if (direction === 0) {
    return report("OFF_TRACK", `${actualText}; ${targetText}: weicht ab`, expectedValue, progressRatio);
  }
  if (progressRatio === null) {
    // The actual sits on the baseline date: nothing was due yet, so nothing is behind.
    return report("ON_TRACK", `${actualText} (Ausgangsdatum): noch kein Fortschritt fällig`, expectedValue, null);
  }
  const status: TargetStatus =
    progressRatio >= onTrackFrom - tolerance
      ? "ON_TRACK"
      : progressRatio >= atRiskFrom - tolerance
        ? "AT_RISK"
        : "OFF_TRACK";
  const ratioText =
    baselineValue === 0
      ? percent(progressRatio)
      : `${percent(progressRatio)} des fälligen Fortschritts seit Ausgangswert ${formatNumber(baselineValue)}`;
  const result = report(
    status,
    `${actualText}; Soll laut linearem Pfad ${formatNumber(expectedValue)} (${ratioText})`,
    expectedValue,
    progressRatio,
  );
  return { ...result, explanation: `${result.explanation} (${thresholdNote[status]})` };
}

const thresholdNote: Record<TargetStatus, string> = {
  ACHIEVED: "",
  ON_TRACK: `ab ${percent(onTrackFrom)}`,
  AT_RISK: `ab ${percent(atRiskFrom)}, unter ${percent(onTrackFrom)}`,
  OFF_TRACK: `unter ${percent(atRiskFrom)}`,
  NO_DATA: "",
};
