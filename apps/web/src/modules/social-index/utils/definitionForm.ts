import type { TFunction } from "i18next";
import type {
  IndexDefinitionInput,
  IndexPolarity,
  IndexStandardisationBasis,
  IndexWorkbenchDefinitionFieldsFragment,
} from "../../../generated/graphql.ts";
import type { FieldError } from "../../../lib/apollo.ts";

// The editor's state: numbers stay the text typed until saving, so a half-typed "-1." is not
// rewritten under the cursor. Conversion to the API's input and back, and the mapping of the
// API's field errors ("status.indicators.2.weight") to the fields that show them.

export type IndexPart = "status" | "dynamics";

export interface IndicatorRow {
  /** Stable React key of the row, not sent. */
  rowId: string;
  indicatorKey: string;
  weight: string;
  polarity: IndexPolarity;
}

export interface DefinitionFormValues {
  key: string;
  name: string;
  description: string;
  status: IndicatorRow[];
  statusThresholds: { highBelow: string; middleUpTo: string; lowUpTo: string };
  hasDynamics: boolean;
  dynamics: IndicatorRow[];
  dynamicsThresholds: { positiveBelow: string; stableUpTo: string };
  standardisation: IndexStandardisationBasis;
  baseDate: string;
  minPopulation: string;
  /** Area codes as typed: separated by commas, spaces or line breaks. */
  excludedAreaCodes: string;
}

let nextRow = 0;
export const newRowId = () => {
  nextRow += 1;
  return `row-${nextRow}`;
};

const text = (value: number) => String(value);

export const emptyDefinition = (): DefinitionFormValues => ({
  key: "",
  name: "",
  description: "",
  status: [],
  statusThresholds: { highBelow: "-1", middleUpTo: "1", lowUpTo: "1.5" },
  hasDynamics: false,
  dynamics: [],
  dynamicsThresholds: { positiveBelow: "-1", stableUpTo: "1" },
  standardisation: "SAME_DATE",
  baseDate: "",
  minPopulation: "300",
  excludedAreaCodes: "",
});

/** The form of a stored definition; `copy` gives it a new key and name (a copy is a new definition). */
export function definitionFormValues(
  definition: IndexWorkbenchDefinitionFieldsFragment,
  copy?: { key: string; name: string },
): DefinitionFormValues {
  const rows = (indicators: IndexWorkbenchDefinitionFieldsFragment["status"]["indicators"]) =>
    indicators.map((indicator) => ({
      rowId: newRowId(),
      indicatorKey: indicator.indicatorKey,
      weight: text(indicator.weight),
      polarity: indicator.polarity,
    }));
  const dynamics = definition.dynamics;
  return {
    key: copy?.key ?? definition.key,
    name: copy?.name ?? definition.name,
    description: definition.description,
    status: rows(definition.status.indicators),
    statusThresholds: {
      highBelow: text(definition.status.thresholds.highBelow),
      middleUpTo: text(definition.status.thresholds.middleUpTo),
      lowUpTo: text(definition.status.thresholds.lowUpTo),
    },
    hasDynamics: dynamics !== null,
    dynamics: dynamics ? rows(dynamics.indicators) : [],
    dynamicsThresholds: dynamics
      ? { positiveBelow: text(dynamics.thresholds.positiveBelow), stableUpTo: text(dynamics.thresholds.stableUpTo) }
      : emptyDefinition().dynamicsThresholds,
    standardisation: definition.standardisation,
    baseDate: definition.baseDate ?? "",
    minPopulation: text(definition.minPopulation),
    excludedAreaCodes: definition.excludedAreaCodes.join(", "),
  };
}

/** A key for a copy that no existing definition has: mss-2021-kopie, mss-2021-kopie-2, … */
export function copyKey(key: string, taken: ReadonlySet<string>, suffix: string): string {
  const base = `${key}-${suffix}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const splitCodes = (value: string): string[] => value.split(/[\s,;]+/).filter(Boolean);

/**
 * A number typed in either locale ("1,5" or "1.5"); null for empty or unreadable text, so the
 * form can say so before sending.
 */
export function parseNumber(value: string): number | null {
  const normalised = value.trim().replace(/^−/, "-").replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  const number = Number(normalised);
  return Number.isFinite(number) ? number : null;
}

/** Field path → message, for numbers that cannot be read; empty when every number is fine. */
export function numberErrors(values: DefinitionFormValues, message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const check = (field: string, value: string) => {
    if (parseNumber(value) === null) errors[field] = message;
  };
  const parts: Array<[IndexPart, IndicatorRow[]]> = [["status", values.status]];
  if (values.hasDynamics) parts.push(["dynamics", values.dynamics]);
  for (const [part, rows] of parts) {
    rows.forEach((row, index) => {
      check(`${part}.indicators.${index}.weight`, row.weight);
    });
  }
  for (const [name, value] of Object.entries(values.statusThresholds)) check(`status.thresholds.${name}`, value);
  if (values.hasDynamics) {
    for (const [name, value] of Object.entries(values.dynamicsThresholds)) check(`dynamics.thresholds.${name}`, value);
  }
  check("minPopulation", values.minPopulation);
  return errors;
}

/** The API input of the form (call after `numberErrors` found nothing). */
export function definitionInput(values: DefinitionFormValues): IndexDefinitionInput {
  const number = (value: string) => parseNumber(value) ?? Number.NaN;
  const indicators = (rows: IndicatorRow[]) =>
    rows.map((row) => ({ indicatorKey: row.indicatorKey, weight: number(row.weight), polarity: row.polarity }));
  return {
    key: values.key.trim(),
    name: values.name.trim(),
    description: values.description.trim(),
    status: {
      indicators: indicators(values.status),
      thresholds: {
        highBelow: number(values.statusThresholds.highBelow),
        middleUpTo: number(values.statusThresholds.middleUpTo),
        lowUpTo: number(values.statusThresholds.lowUpTo),
      },
    },
    dynamics: values.hasDynamics
      ? {
          indicators: indicators(values.dynamics),
          thresholds: {
            positiveBelow: number(values.dynamicsThresholds.positiveBelow),
            stableUpTo: number(values.dynamicsThresholds.stableUpTo),
          },
        }
      : null,
    standardisation: values.standardisation,
    baseDate: values.standardisation === "BASE_DATE" && values.baseDate ? values.baseDate : null,
    minPopulation: Math.round(number(values.minPopulation)),
    excludedAreaCodes: splitCodes(values.excludedAreaCodes),
  };
}

/**
 * Where the form shows an API field error: per indicator row and field, per threshold group,
 * the indicator list of a part, and the plain fields. Excluded area codes are one text field:
 * "excludedAreaCodes.3" belongs to it. Anything else is shown above the form.
 */
export function errorTarget(field: string): string | null {
  if (/^(status|dynamics)\.indicators\.\d+\.(indicatorKey|weight|polarity)$/.test(field)) return field;
  const part = /^(status|dynamics)\.indicators(\.\d+)?$/.exec(field);
  if (part) return `${part[1]}.indicators`;
  const thresholds = /^(status|dynamics)\.thresholds(\.\w+)?$/.exec(field);
  if (thresholds) return thresholds[2] ? field : `${thresholds[1]}.thresholds`;
  if (field === "dynamics") return "dynamics.indicators";
  if (field.startsWith("excludedAreaCodes")) return "excludedAreaCodes";
  if (["key", "name", "description", "baseDate", "minPopulation", "standardisation"].includes(field)) return field;
  return null;
}

/** The API's English messages that people meet in this form, in their language. */
export function localiseDefinitionError(t: TFunction, message: string): string {
  const unknownIndicator = /^no indicator has the key (.+)$/.exec(message);
  if (unknownIndicator) return t("indexWorkbench.errors.unknownIndicator", { key: unknownIndicator[1] });
  const archived = /^indicator (.+) is archived$/.exec(message);
  if (archived) return t("indexWorkbench.errors.archivedIndicator", { key: archived[1] });
  const unknownArea = /^unknown area code (.+)$/.exec(message);
  if (unknownArea) return t("indexWorkbench.errors.unknownArea", { code: unknownArea[1] });
  const keyTaken = /^an index definition with key (.+) already exists$/.exec(message);
  if (keyTaken) return t("indexWorkbench.errors.keyTaken", { key: keyTaken[1] });
  switch (message) {
    case "thresholds must be in ascending order":
      return t("indexWorkbench.errors.thresholdOrder");
    case "choose at least one indicator":
      return t("indexWorkbench.errors.noIndicator");
    case "each indicator may appear only once per part":
      return t("indexWorkbench.errors.duplicateIndicator");
    case "a weight must be greater than 0":
      return t("indexWorkbench.errors.weight");
    case "enter a name":
      return t("indexWorkbench.errors.name");
    case "enter a key, e.g. mss2021.s4":
      return t("indexWorkbench.errors.keyRequired");
    case "use lower-case letters, digits, '.', '_' and '-' only, starting with a letter or digit (e.g. mss2021.s4)":
      return t("indexWorkbench.errors.keyFormat");
    case "choose the base date of the BASE_DATE standardisation":
      return t("indexWorkbench.errors.baseDateMissing");
    default:
      return message;
  }
}

/** Field errors of the API grouped by where the form shows them; the rest for the summary. */
export function groupFieldErrors(
  t: TFunction,
  errors: readonly FieldError[],
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    const target = errorTarget(error.field);
    const message = localiseDefinitionError(t, error.message);
    if (target === null) other.push(`${error.field}: ${message}`);
    else byField[target] = byField[target] ? `${byField[target]} ${message}` : message;
  }
  return { byField, other };
}
