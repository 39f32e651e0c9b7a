// Validation of data files before they are imported: indicator values as CSV (described by a
// small JSON manifest) and areas as GeoJSON. Everything here is pure: it returns the rows to
// write, every problem with its place in the file, and a preview for a person to confirm.
// The CLI (`pnpm cli import`) and, later, the upload in the browser use the same code.

import { z } from "zod";
import {
  type AreaInput,
  type AreaLevel,
  areaGeometrySchema,
  areaInputSchema,
  areaLevels,
  type BBox,
  checkAreaSet,
  geometryBBox,
} from "./area.ts";
import { type CsvRecord, lineAt, readCsvRecords } from "./csv.ts";
import {
  checkObservationForIndicator,
  indicatorKeySchema,
  isCalendarDate,
  noValueInSourceReason,
  type ObservationInput,
} from "./indicator.ts";

// ---------------------------------------------------------------------------------------
// Problems

/**
 * One problem with an import, with where it is: a CSV line (1 = the header) and column, a
 * GeoJSON feature (1-based, with its code when it has one), or a field of the manifest.
 */
export interface ImportProblem {
  /** Whether the problem is in the data file or in the manifest that describes it. */
  in: "file" | "manifest";
  /** Line in the CSV file: 1 is the header, 2 the first data row. */
  line?: number;
  /** CSV column (its header name) or GeoJSON property. */
  column?: string;
  /** Feature number in a GeoJSON file, from 1. */
  feature?: number;
  /** Area code of that feature, when it has one. */
  code?: string;
  /** Field path in the manifest, e.g. "columns.2.indicator". */
  field?: string;
  message: string;
}

/** At most this many problems are kept (a wrong column in a large file repeats on every line); the count stays exact. */
export const maxKeptProblems = 1000;

class ProblemList {
  readonly kept: ImportProblem[] = [];
  count = 0;
  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.kept.length < maxKeptProblems) this.kept.push(problem);
  }
  /** Kept problems in reading order: manifest first, then by line or feature. */
  sorted(): ImportProblem[] {
    const rank = (p: ImportProblem) => (p.in === "manifest" ? -1 : (p.line ?? p.feature ?? 0));
    return [...this.kept].sort((a, b) => rank(a) - rank(b));
  }
}

/** Where a problem is, for people: `line 7, column S1`, `feature #3 (code 0110)`, `manifest field columns.0`. */
export function problemLocation(problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.in === "manifest") parts.push(problem.field ? `manifest field ${problem.field}` : "manifest");
  if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.feature !== undefined) {
    parts.push(problem.code ? `feature #${problem.feature} (code ${problem.code})` : `feature #${problem.feature}`);
  }
  if (problem.column !== undefined) parts.push(`column ${problem.column}`);
  return parts.join(", ");
}

/**
 * One problem as a line for a terminal, the way compilers write them: `file.csv:7: S1: value "x"
 * is not a number`, `areas.geojson: feature #3 (code 0110): …`, `file.manifest.json: columns.2.indicator: …`.
 */
export function formatImportProblem(problem: ImportProblem, names: { file: string; manifest: string }): string {
  if (problem.in === "manifest") {
    return `${names.manifest}: ${problem.field ? `${problem.field}: ` : ""}${problem.message}`;
  }
  let place = names.file;
  if (problem.line !== undefined) place += `:${problem.line}`;
  if (problem.feature !== undefined) {
    place += `: feature #${problem.feature}${problem.code ? ` (code ${problem.code})` : ""}`;
  }
  const column =
    problem.column !== undefined &&
    problem.feature === undefined &&
    !problem.message.includes(`column ${problem.column}`)
      ? `${problem.column}: `
      : "";
  return `${place}: ${column}${problem.message}`;
}

const zodProblems = (error: z.ZodError, into: ProblemList): void => {
  for (const issue of error.issues) {
    // A misspelt field ("referenceDateColumn") is named as the field itself.
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys.join(", ")] : issue.path;
    into.add({ in: "manifest", field: path.map(String).join(".") || undefined, message: issue.message });
  }
};

// ---------------------------------------------------------------------------------------
// Manifests

/** How a Stichtag is written in a date column. YYYYMM means the last day of that month, YYYY the 31 December. */
export const referenceDateFormats = ["YYYY-MM-DD", "DD.MM.YYYY", "YYYYMMDD", "YYYYMM", "YYYY"] as const;
export type ReferenceDateFormat = (typeof referenceDateFormats)[number];

/** What a CSV column holds for its indicator: the value, or the count above or below the fraction line. */
export const observationColumnRoles = ["value", "numerator", "denominator"] as const;

const columnName = z.string().trim().min(1, "name a column of the file");
const calendarDate = z
  .string()
  .trim()
  .refine(isCalendarDate, "use a calendar date YYYY-MM-DD, e.g. 2020-12-31, or { column, format }");

/**
 * The manifest of an indicator CSV: which column holds the area code, which Stichtag the
 * values refer to, and which indicator each column is. Example (the MSS 2021 index file):
 *
 * ```json
 * {
 *   "kind": "observations",
 *   "areaLevel": "PLANUNGSRAUM",
 *   "areaCodeColumn": "PLR_ID",
 *   "referenceDate": { "column": "ZEIT", "format": "YYYYMM" },
 *   "delimiter": ",",
 *   "decimal": ".",
 *   "missingValues": ["", "-9999"],
 *   "missingReasonColumn": "KOM",
 *   "columns": [
 *     { "column": "S1", "indicator": "mss2021.s1" },
 *     { "column": "S1_N", "indicator": "mss2021.s1", "role": "numerator" }
 *   ],
 *   "ignoreColumns": ["PLR_NAME", "BEZ_ID"]
 * }
 * ```
 *
 * - `referenceDate`: one date for the whole file ("2020-12-31"), or a column and its format.
 * - `delimiter` (default ","), `decimal` (default "."): German spreadsheets write ";" and ",".
 * - `missingValues` (default [""]): cells that mean "no value". A missing value is stored with
 *   a reason: "keine Angabe in der Quelle" for an empty cell; for any other marker the text of
 *   `missingReasonColumn` in that row (e.g. "ungültig (EW unter 300)"), if given and not empty,
 *   else "in der Quelle als fehlend markiert (<marker>)".
 * - `columns`: every indicator has exactly one `value` column (the default role) and at most
 *   one `numerator` and one `denominator` column (the counts behind a share).
 * - Every column of the file must be named in the manifest: a column that is neither mapped
 *   nor in `ignoreColumns` is an error, so that a renamed column cannot slip through.
 * - `source` (optional) is stored with every value; leave it out when the indicator's source says it all.
 */
export const observationManifestSchema = z
  .strictObject({
    kind: z.literal("observations"),
    areaLevel: z.enum(areaLevels, { error: `choose one of ${areaLevels.join(", ")}` }),
    areaCodeColumn: columnName,
    referenceDate: z.union([
      calendarDate,
      z.strictObject({
        column: columnName,
        format: z.enum(referenceDateFormats, { error: `choose one of ${referenceDateFormats.join(", ")}` }),
      }),
    ]),
    delimiter: z.enum([",", ";", "\t", "|"]).default(","),
    decimal: z.enum([".", ","]).default("."),
    missingValues: z.array(z.string().trim()).default([""]),
    missingReasonColumn: columnName.optional(),
    columns: z
      .array(
        z.strictObject({
          column: columnName,
          indicator: indicatorKeySchema,
          role: z.enum(observationColumnRoles).default("value"),
        }),
      )
      .min(1, "map at least one column to an indicator"),
    ignoreColumns: z.array(columnName).default([]),
    source: z.string().trim().min(1).max(1000).optional(),
  })
  .superRefine((manifest, context) => {
    if (manifest.delimiter === manifest.decimal) {
      context.addIssue({ code: "custom", path: ["decimal"], message: "the decimal separator cannot be the delimiter" });
    }
    const uses: Array<[string, PropertyKey[]]> = [[manifest.areaCodeColumn, ["areaCodeColumn"]]];
    if (typeof manifest.referenceDate === "object")
      uses.push([manifest.referenceDate.column, ["referenceDate", "column"]]);
    if (manifest.missingReasonColumn) uses.push([manifest.missingReasonColumn, ["missingReasonColumn"]]);
    manifest.columns.forEach((entry, index) => {
      uses.push([entry.column, ["columns", index, "column"]]);
    });
    manifest.ignoreColumns.forEach((column, index) => {
      uses.push([column, ["ignoreColumns", index]]);
    });
    const seen = new Set<string>();
    for (const [column, path] of uses) {
      if (seen.has(column)) context.addIssue({ code: "custom", path, message: `column ${column} is named twice` });
      seen.add(column);
    }
    const roles = new Map<string, Set<string>>();
    manifest.columns.forEach((entry, index) => {
      const taken = roles.get(entry.indicator) ?? new Set<string>();
      if (taken.has(entry.role)) {
        context.addIssue({
          code: "custom",
          path: ["columns", index, "role"],
          message: `${entry.indicator} already has a ${entry.role} column`,
        });
      }
      taken.add(entry.role);
      roles.set(entry.indicator, taken);
    });
    for (const [indicator, taken] of roles) {
      if (!taken.has("value")) {
        const index = manifest.columns.findIndex((entry) => entry.indicator === indicator);
        context.addIssue({
          code: "custom",
          path: ["columns", index, "role"],
          message: `${indicator} has no value column (role "value")`,
        });
      }
    }
  });
export type ObservationManifest = z.output<typeof observationManifestSchema>;

/**
 * How to read areas from a GeoJSON FeatureCollection (WGS84 lon/lat, RFC 7946): every feature
 * is one area of `level`, its code and name in the given properties. The parent is named by a
 * property, or is the first `parentCodePrefix` characters of the code (LOR codes nest by
 * prefix: Planungsraum 01100101 lies in Bezirksregion 011001). `areaM2Property` (optional)
 * holds the land area in m²; without it the stored land area is kept.
 *
 * ```json
 * { "kind": "areas", "level": "PLANUNGSRAUM", "codeProperty": "PLR_ID", "nameProperty": "PLR_NAME",
 *   "parentCodePrefix": 6, "areaM2Property": "GROESSE_M2" }
 * ```
 */
export const areaManifestSchema = z
  .strictObject({
    kind: z.literal("areas"),
    level: z.enum(areaLevels, { error: `choose one of ${areaLevels.join(", ")}` }),
    codeProperty: z.string().trim().min(1, "name the property that holds the area code"),
    nameProperty: z.string().trim().min(1, "name the property that holds the area name"),
    parentCodeProperty: z.string().trim().min(1).optional(),
    parentCodePrefix: z.number().int().min(1).max(31).optional(),
    areaM2Property: z.string().trim().min(1).optional(),
  })
  .superRefine((manifest, context) => {
    const parentRules = [manifest.parentCodeProperty, manifest.parentCodePrefix].filter((rule) => rule !== undefined);
    if (parentRules.length > 1) {
      context.addIssue({
        code: "custom",
        path: ["parentCodePrefix"],
        message: "give either parentCodeProperty or parentCodePrefix, not both",
      });
    }
    if (manifest.level === "STADT" && parentRules.length > 0) {
      context.addIssue({ code: "custom", path: ["level"], message: "a STADT has no parent" });
    }
    if (manifest.level !== "STADT" && parentRules.length === 0) {
      context.addIssue({
        code: "custom",
        path: ["parentCodeProperty"],
        message: `a ${manifest.level} needs a parent: give parentCodeProperty or parentCodePrefix`,
      });
    }
  });
export type AreaManifest = z.output<typeof areaManifestSchema>;

export const dataImportManifestSchema = z.discriminatedUnion("kind", [observationManifestSchema, areaManifestSchema], {
  error: 'set "kind" to "observations" (indicator CSV) or "areas" (GeoJSON)',
});
export type DataImportManifest = z.output<typeof dataImportManifestSchema>;

/** Parses a manifest (already read as JSON); problems are field errors of the manifest. */
export function parseImportManifest(
  json: unknown,
): { manifest: DataImportManifest; problems: [] } | { manifest: null; problems: ImportProblem[] } {
  const result = dataImportManifestSchema.safeParse(json);
  if (result.success) return { manifest: result.data, problems: [] };
  const problems = new ProblemList();
  zodProblems(result.error, problems);
  return { manifest: null, problems: problems.kept };
}

// ---------------------------------------------------------------------------------------
// CSV reading with exact line numbers

/** Splits CSV text with a known delimiter (see `readCsvRecords` in csv.ts); problems by line. */
function readRecords(text: string, delimiter: string, problems: ProblemList): CsvRecord[] {
  const { records, errors } = readCsvRecords(text, delimiter);
  for (const error of errors) {
    problems.add({ in: "file", line: error.line, message: `the CSV cannot be read: ${error.message}` });
  }
  return records;
}

// ---------------------------------------------------------------------------------------
// Cells

const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number written with `decimal` as separator and no thousands separators, or null. */
export function parseDecimal(cell: string, decimal: "." | ","): number | null {
  const text = cell.trim();
  if (decimal === "," && text.includes(".")) return null;
  const normalised = decimal === "," ? text.replace(",", ".") : text;
  if (!plainNumber.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDay = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** A Stichtag "YYYY-MM-DD" from a cell in `format`, or null when the cell is no such date. */
export function parseReferenceDate(cell: string, format: ReferenceDateFormat): string | null {
  const text = cell.trim();
  let parts: [number, number, number] | null = null;
  let match: RegExpExecArray | null;
  switch (format) {
    case "YYYY-MM-DD":
      match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
      break;
    case "DD.MM.YYYY":
      match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
      if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
      break;
    case "YYYYMMDD":
      match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
      if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
      break;
    case "YYYYMM":
      match = /^(\d{4})(\d{2})$/.exec(text);
      if (match) {
        const [year, month] = [Number(match[1]), Number(match[2])];
        parts = month >= 1 && month <= 12 ? [year, month, lastDayOfMonth(year, month)] : null;
      }
      break;
    case "YYYY":
      match = /^(\d{4})$/.exec(text);
      if (match) parts = [Number(match[1]), 12, 31];
      break;
  }
  if (!parts) return null;
  const date = isoDay(...parts);
  return isCalendarDate(date) ? date : null;
}

// ---------------------------------------------------------------------------------------
// Indicator values (CSV)

/** Why a cell has no value: an empty cell says nothing; a marker such as -9999 was set on purpose. */
function missingReason(cell: string, reasonCell: string): string {
  if (cell === "") return noValueInSourceReason;
  return reasonCell !== "" ? reasonCell : `in der Quelle als fehlend markiert (${cell})`;
}

export interface ObservationCsvContext {
  /** Codes of the stored areas of the manifest's level. */
  areaCodes: ReadonlySet<string>;
  /** Keys of the stored indicators. */
  indicatorKeys: ReadonlySet<string>;
  /** Units of the indicators, when known: shares ("%") are checked to lie between 0 and 100. */
  indicatorUnits?: ReadonlyMap<string, string>;
}

export interface IndicatorPreview {
  key: string;
  /** Cells with a value. */
  values: number;
  /** Cells without a value (a missing marker). */
  missing: number;
  min: number | null;
  max: number | null;
}

export interface ObservationCsvPreview {
  /** Data rows of the file (lines after the header, blank lines left out). */
  rowCount: number;
  /** Values to write: rows × indicators. */
  observationCount: number;
  areaLevel: AreaLevel;
  indicatorKeys: string[];
  indicators: IndicatorPreview[];
  /** Distinct Stichtage, sorted. */
  referenceDates: string[];
  /** Distinct area codes of the file that are stored. */
  areaCount: number;
  /** Distinct area codes of the file that no stored area of the level has, sorted. */
  unknownAreaCodes: string[];
  /** Indicator keys of the manifest that no stored indicator has. */
  unknownIndicatorKeys: string[];
  /** All problems, also those beyond the kept ones. */
  errorCount: number;
}

export interface ObservationCsvValidation {
  /** The observations to write; complete only when `errors` is empty. */
  rows: ObservationInput[];
  /** Problems in reading order (at most `maxKeptProblems`; `preview.errorCount` has them all). */
  errors: ImportProblem[];
  preview: ObservationCsvPreview;
}

interface ColumnPlan {
  indicator: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/**
 * Checks an indicator CSV against its manifest and the stored areas and indicators, and turns
 * every valid row into observations (one per indicator). Catches: a wrong header (a column of
 * the manifest is missing, or a column is neither mapped nor ignored: line 1), cells that are
 * not numbers, bad dates, unknown area codes, the same area and Stichtag twice (naming both
 * lines), unknown indicator keys in the manifest, and counts that cannot be (negative
 * numerator, denominator 0, share outside 0–100).
 */
export function validateObservationCsv(
  text: string,
  manifest: ObservationManifest,
  context: ObservationCsvContext,
): ObservationCsvValidation {
  const problems = new ProblemList();
  const indicatorKeys = [...new Set(manifest.columns.map((entry) => entry.indicator))];
  const unknownIndicatorKeys = indicatorKeys.filter((key) => !context.indicatorKeys.has(key));
  manifest.columns.forEach((entry, index) => {
    if (unknownIndicatorKeys.includes(entry.indicator)) {
      problems.add({
        in: "manifest",
        field: `columns.${index}.indicator`,
        message: `unknown indicator key ${entry.indicator}: create the indicator first`,
      });
    }
  });
  const stats = new Map<string, IndicatorPreview>(
    indicatorKeys.map((key) => [key, { key, values: 0, missing: 0, min: null, max: null }]),
  );
  const result = (rows: ObservationInput[], rowCount: number, extra: Partial<ObservationCsvPreview> = {}) => ({
    rows,
    errors: problems.sorted(),
    preview: {
      rowCount,
      observationCount: rows.length,
      areaLevel: manifest.areaLevel,
      indicatorKeys,
      indicators: [...stats.values()],
      referenceDates: [],
      areaCount: 0,
      unknownAreaCodes: [],
      unknownIndicatorKeys,
      errorCount: problems.count,
      ...extra,
    },
  });

  const [headerRecord, ...records] = readRecords(text, manifest.delimiter, problems);
  if (!headerRecord) {
    problems.add({ in: "file", line: 1, message: "the file is empty: expected a header row" });
    return result([], 0);
  }

  // Header (line 1): every column named in the manifest present, nothing unexpected, no name twice.
  const problemsBeforeHeader = problems.count;
  const header = headerRecord.cells.map((name) => name.trim());
  const position = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === "") {
      problems.add({ in: "file", line: headerRecord.line, message: `column ${index + 1} has no name in the header` });
    } else if (position.has(name)) {
      problems.add({ in: "file", line: headerRecord.line, column: name, message: `column ${name} appears twice` });
    } else position.set(name, index);
  });
  const dateColumn = typeof manifest.referenceDate === "object" ? manifest.referenceDate.column : null;
  const required = [
    manifest.areaCodeColumn,
    ...(dateColumn ? [dateColumn] : []),
    ...(manifest.missingReasonColumn ? [manifest.missingReasonColumn] : []),
    ...manifest.columns.map((entry) => entry.column),
  ];
  const missingColumns = required.filter((name) => !position.has(name));
  for (const name of missingColumns) {
    problems.add({
      in: "file",
      line: headerRecord.line,
      column: name,
      message: `column ${name} is missing: the manifest names it`,
    });
  }
  const known = new Set([...required, ...manifest.ignoreColumns]);
  for (const name of position.keys()) {
    if (!known.has(name)) {
      problems.add({
        in: "file",
        line: headerRecord.line,
        column: name,
        message: `unexpected column ${name}: map it to an indicator in the manifest's "columns" or list it in "ignoreColumns"`,
      });
    }
  }
  if (problems.count > problemsBeforeHeader) {
    // Without a sound header the rows cannot be read column by column.
    return result([], records.length);
  }
  if (records.length === 0) {
    problems.add({ in: "file", line: headerRecord.line, message: "the file has a header but no data rows" });
    return result([], 0);
  }

  const at = (name: string) => position.get(name) ?? -1;
  const plans: ColumnPlan[] = indicatorKeys.map((indicator) => {
    const columnOf = (role: string) => manifest.columns.find((e) => e.indicator === indicator && e.role === role);
    const numerator = columnOf("numerator");
    const denominator = columnOf("denominator");
    return {
      indicator,
      value: at(columnOf("value")?.column ?? ""),
      numerator: numerator ? at(numerator.column) : null,
      denominator: denominator ? at(denominator.column) : null,
    };
  });
  const missingMarkers = new Set(manifest.missingValues);
  const indicatorKnown = (key: string) => !unknownIndicatorKeys.includes(key);
  // Spreadsheets turn "01100101" into 1100101: known codes by their digits without leading zeros.
  const codeWithoutZeros = new Map([...context.areaCodes].map((code) => [code.replace(/^0+/, ""), code]));

  const rows: ObservationInput[] = [];
  const firstLineOfKey = new Map<string, number>();
  const unknownAreaCodes = new Set<string>();
  const areaCodes = new Set<string>();
  const referenceDates = new Set<string>();
  for (const record of records) {
    const { line, cells } = record;
    if (cells.length !== header.length) {
      problems.add({ in: "file", line, message: `expected ${header.length} cells, found ${cells.length}` });
      continue;
    }
    const cell = (index: number) => (cells[index] ?? "").trim();
    let rowOk = true;
    const fail = (problem: Omit<ImportProblem, "in" | "line">) => {
      problems.add({ in: "file", line, ...problem });
      rowOk = false;
    };

    const areaCode = cell(at(manifest.areaCodeColumn));
    if (areaCode === "") fail({ column: manifest.areaCodeColumn, message: "the area code is empty" });
    else if (!context.areaCodes.has(areaCode)) {
      unknownAreaCodes.add(areaCode);
      const padded = codeWithoutZeros.get(areaCode.replace(/^0+/, ""));
      fail({
        column: manifest.areaCodeColumn,
        message:
          `unknown area code ${areaCode}: no ${manifest.areaLevel} has this code` +
          (padded ? ` (did you mean ${padded}? a spreadsheet may have dropped the leading zeros)` : ""),
      });
    }

    let referenceDate: string | null;
    if (typeof manifest.referenceDate === "string") referenceDate = manifest.referenceDate;
    else {
      const { column, format } = manifest.referenceDate;
      referenceDate = parseReferenceDate(cell(at(column)), format);
      if (referenceDate === null) {
        fail({ column, message: `"${cell(at(column))}" is not a date in the format ${format}` });
      }
    }

    if (areaCode !== "" && referenceDate !== null) {
      const key = `${areaCode}|${referenceDate}`;
      const first = firstLineOfKey.get(key);
      if (first !== undefined) {
        fail({
          column: manifest.areaCodeColumn,
          message: `area ${areaCode} on ${referenceDate} appears twice: on line ${first} and on line ${line}`,
        });
      } else firstLineOfKey.set(key, line);
    }

    const reasonCell = manifest.missingReasonColumn ? cell(at(manifest.missingReasonColumn)) : "";
    const number = (index: number, name: string, label: string): number | null | undefined => {
      const text = cell(index);
      if (missingMarkers.has(text)) return null;
      const value = parseDecimal(text, manifest.decimal);
      if (value === null) {
        const hint =
          manifest.decimal === "." && /^[+-]?\d+,\d+$/.test(text)
            ? ' (the manifest says decimal "."; set "decimal": "," for numbers like 3,5)'
            : "";
        fail({ column: name, message: `${label} "${text}" is not a number${hint}` });
        return undefined;
      }
      return value;
    };
    const rowObservations: ObservationInput[] = [];
    for (const plan of plans) {
      const valueColumn = header[plan.value] ?? "";
      const value = number(plan.value, valueColumn, "value");
      const numerator = plan.numerator === null ? null : number(plan.numerator, header[plan.numerator] ?? "", "count");
      const denominator =
        plan.denominator === null ? null : number(plan.denominator, header[plan.denominator] ?? "", "count");
      if (value === undefined || numerator === undefined || denominator === undefined) continue;
      if (numerator !== null && numerator < 0) {
        fail({ column: header[plan.numerator ?? 0], message: `a count cannot be negative: ${numerator}` });
      }
      if (denominator !== null && denominator <= 0) {
        fail({
          column: header[plan.denominator ?? 0],
          message: `the denominator must be greater than 0 (found ${denominator}): mark the cell as missing instead`,
        });
      }
      const unit = context.indicatorUnits?.get(plan.indicator);
      if (unit !== undefined) {
        for (const problem of checkObservationForIndicator(
          { value, numerator, denominator },
          { key: plan.indicator, unit },
        )) {
          const column = problem.field === "value" ? valueColumn : (header[plan.numerator ?? 0] ?? valueColumn);
          fail({ column, message: problem.message });
        }
      }
      const stat = stats.get(plan.indicator);
      if (stat) {
        if (value === null) stat.missing += 1;
        else {
          stat.values += 1;
          stat.min = stat.min === null ? value : Math.min(stat.min, value);
          stat.max = stat.max === null ? value : Math.max(stat.max, value);
        }
      }
      const valueText = cell(plan.value);
      rowObservations.push({
        indicatorKey: plan.indicator,
        areaCode,
        referenceDate: referenceDate ?? "",
        value,
        numerator,
        denominator,
        missingReason: value !== null ? null : missingReason(valueText, reasonCell),
        provisional: false,
        estimated: false,
        suppressed: false,
        breakInSeries: false,
        source: manifest.source ?? null,
        extractedAt: null,
      });
    }
    if (areaCode !== "" && context.areaCodes.has(areaCode)) areaCodes.add(areaCode);
    if (referenceDate !== null) referenceDates.add(referenceDate);
    if (rowOk) {
      for (const observation of rowObservations) if (indicatorKnown(observation.indicatorKey)) rows.push(observation);
    }
  }
  // Rows are only handed out when every row is valid: nothing of a rejected file is written.
  return result(problems.count === 0 ? rows : [], records.length, {
    observationCount: problems.count === 0 ? rows.length : 0,
    referenceDates: [...referenceDates].sort(),
    areaCount: areaCodes.size,
    unknownAreaCodes: [...unknownAreaCodes].sort(),
  });
}

// ---------------------------------------------------------------------------------------
// Areas (GeoJSON)

export interface AreaGeoJsonOptions extends Omit<AreaManifest, "kind"> {
  /** Stored areas by code, with their level: parents may be among them, and a code keeps its level. */
  knownParentCodes: ReadonlyMap<string, AreaLevel>;
}

export interface AreaGeoJsonPreview {
  featureCount: number;
  level: AreaLevel;
  /** Codes of the file that are not stored yet (they will be created), sorted. */
  newCodes: string[];
  /** Parent codes named by features that neither the file nor the database has, sorted. */
  unknownParentCodes: string[];
  /** Box around all geometries, null when no feature is valid. */
  bbox: BBox | null;
  errorCount: number;
}

export interface AreaGeoJsonValidation {
  /** The areas to write; complete only when `errors` is empty. */
  areas: AreaInput[];
  errors: ImportProblem[];
  preview: AreaGeoJsonPreview;
}

const describeValue = (value: unknown) => (typeof value === "string" ? `"${value}"` : JSON.stringify(value));

function propertyText(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The first position outside WGS84 lon/lat ranges: projected coordinates (e.g. EPSG:25833) end up here. */
function firstPositionOutOfRange(coordinates: unknown): number[] | null {
  if (!Array.isArray(coordinates)) return null;
  if (typeof coordinates[0] === "number") {
    const [lon = 0, lat = 0] = coordinates as number[];
    return Math.abs(lon) > 180 || Math.abs(lat) > 90 ? (coordinates as number[]) : null;
  }
  for (const part of coordinates) {
    const found = firstPositionOutOfRange(part);
    if (found) return found;
  }
  return null;
}

const wgs84Crs = /CRS84|EPSG:?:?4326$/i;

/**
 * Checks a GeoJSON FeatureCollection of areas and turns its features into area inputs: every
 * feature a Polygon or MultiPolygon with closed rings of at least four WGS84 positions, a
 * non-empty unique code, a name, and a parent that the file or the database has and that sits
 * on a higher level. GeoJSON has no useful line numbers: problems name the feature
 * (`feature #3 (code 0110)`).
 */
export function validateAreaGeoJson(text: string, options: AreaGeoJsonOptions): AreaGeoJsonValidation {
  const problems = new ProblemList();
  const result = (areas: AreaInput[], featureCount: number, extra: Partial<AreaGeoJsonPreview> = {}) => ({
    areas: problems.count === 0 ? areas : [],
    errors: problems.sorted(),
    preview: {
      featureCount,
      level: options.level,
      newCodes: [],
      unknownParentCodes: [],
      bbox: null,
      ...extra,
      errorCount: problems.count,
    },
  });

  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    problems.add({
      in: "file",
      line: position === undefined ? undefined : lineAt(text, Number(position)),
      message: `not valid JSON: ${(message.split("\n")[0] ?? "").slice(0, 120)}`,
    });
    return result([], 0);
  }
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    problems.add({
      in: "file",
      message: 'expected a GeoJSON FeatureCollection ({ "type": "FeatureCollection", "features": [...] })',
    });
    return result([], 0);
  }
  const crsName = isRecord(json.crs) && isRecord(json.crs.properties) ? json.crs.properties.name : undefined;
  if (typeof crsName === "string" && !wgs84Crs.test(crsName)) {
    problems.add({
      in: "file",
      message: `the file is in ${crsName}: convert it to WGS84 longitude/latitude (EPSG:4326), as RFC 7946 requires`,
    });
    return result([], json.features.length);
  }

  const areas: AreaInput[] = [];
  const featureOfCode = new Map<string, number>();
  json.features.forEach((raw: unknown, index: number) => {
    const feature = index + 1;
    const add = (problem: Omit<ImportProblem, "in" | "feature">) => problems.add({ in: "file", feature, ...problem });
    if (!isRecord(raw) || raw.type !== "Feature") {
      add({ message: 'is not a GeoJSON Feature ("type": "Feature")' });
      return;
    }
    const properties = isRecord(raw.properties) ? raw.properties : {};
    const code = propertyText(properties[options.codeProperty]);
    const where = code ? { code } : {};
    if (code === null || code === "") {
      add({ column: options.codeProperty, message: `has no area code in property ${options.codeProperty}` });
      return;
    }
    const previous = featureOfCode.get(code);
    if (previous !== undefined) {
      add({ ...where, message: `code ${code} appears twice: feature #${previous} and feature #${feature}` });
      return;
    }
    featureOfCode.set(code, feature);
    const storedLevel = options.knownParentCodes.get(code);
    if (storedLevel !== undefined && storedLevel !== options.level) {
      add({ ...where, message: `area ${code} is stored as a ${storedLevel}, not a ${options.level}` });
    }

    let parentCode: string | null = null;
    if (options.parentCodeProperty) {
      parentCode = propertyText(properties[options.parentCodeProperty]) || null;
      if (parentCode === null) {
        add({
          ...where,
          column: options.parentCodeProperty,
          message: `has no parent code in property ${options.parentCodeProperty}`,
        });
        return;
      }
    } else if (options.parentCodePrefix !== undefined) {
      if (code.length <= options.parentCodePrefix) {
        add({
          ...where,
          message: `code ${code} is too short to hold a parent code of ${options.parentCodePrefix} characters`,
        });
        return;
      }
      parentCode = code.slice(0, options.parentCodePrefix);
    }

    let areaM2: number | null = null;
    if (options.areaM2Property) {
      const raw = properties[options.areaM2Property];
      const value = typeof raw === "number" ? raw : typeof raw === "string" ? parseDecimal(raw, ".") : null;
      if (value === null || !Number.isFinite(value) || value < 0) {
        add({
          ...where,
          column: options.areaM2Property,
          message: `land area ${describeValue(raw)} is not a number ≥ 0`,
        });
      } else areaM2 = value;
    }

    const geometry = raw.geometry;
    if (!isRecord(geometry)) {
      add({ ...where, message: "has no geometry: an area needs a Polygon or MultiPolygon" });
      return;
    }
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") {
      add({ ...where, message: `geometry is a ${String(geometry.type)}: only Polygon and MultiPolygon are areas` });
      return;
    }
    const parsedGeometry = areaGeometrySchema.safeParse(geometry);
    if (!parsedGeometry.success) {
      for (const issue of parsedGeometry.error.issues.slice(0, 3)) {
        add({ ...where, message: `geometry ${issue.path.map(String).join(".")}: ${issue.message}` });
      }
      return;
    }
    const outside = firstPositionOutOfRange(parsedGeometry.data.coordinates);
    if (outside) {
      add({
        ...where,
        message: `position [${outside.join(", ")}] is not WGS84 longitude/latitude: convert the file to EPSG:4326`,
      });
      return;
    }

    const name = propertyText(properties[options.nameProperty]) ?? "";
    if (name === "") {
      add({ ...where, column: options.nameProperty, message: `has no name in property ${options.nameProperty}` });
      return;
    }
    const area = areaInputSchema.safeParse({
      code,
      name,
      level: options.level,
      parentCode,
      geometry: parsedGeometry.data,
      areaM2,
    });
    if (!area.success) {
      for (const issue of area.error.issues) {
        const field = String(issue.path[0] ?? "");
        const column = field === "code" ? options.codeProperty : field === "name" ? options.nameProperty : undefined;
        add({ ...where, column, message: `${field || "area"}: ${issue.message}` });
      }
      return;
    }
    areas.push(area.data);
  });

  const unknownParentCodes = new Set<string>();
  for (const problem of checkAreaSet(areas, options.knownParentCodes)) {
    const area = areas.find((candidate) => candidate.code === problem.code);
    if (area?.parentCode && problem.message.startsWith("unknown parent")) unknownParentCodes.add(area.parentCode);
    problems.add({
      in: "file",
      feature: featureOfCode.get(problem.code),
      code: problem.code,
      message: problem.message,
    });
  }
  const boxes = areas.flatMap((area) => (area.geometry ? [geometryBBox(area.geometry)] : []));
  const bbox =
    boxes.length === 0
      ? null
      : {
          minLon: Math.min(...boxes.map((box) => box.minLon)),
          minLat: Math.min(...boxes.map((box) => box.minLat)),
          maxLon: Math.max(...boxes.map((box) => box.maxLon)),
          maxLat: Math.max(...boxes.map((box) => box.maxLat)),
        };
  return result(areas, json.features.length, {
    newCodes: areas
      .map((area) => area.code)
      .filter((code) => !options.knownParentCodes.has(code))
      .sort(),
    unknownParentCodes: [...unknownParentCodes].sort(),
    bbox,
  });
}
