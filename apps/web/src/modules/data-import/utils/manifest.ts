import { readCsvRecords } from "@sozialatlas/domain/csv";
import type { AreaLevel } from "../../../generated/graphql.ts";

// The small forms that build a manifest in the browser (the same JSON a data steward writes
// for `pnpm cli import`), and what they read from the chosen file to offer its columns.

export const delimiters = [";", ",", "\t", "|"] as const;
export type Delimiter = (typeof delimiters)[number];
export const dateFormats = ["YYYY-MM-DD", "DD.MM.YYYY", "YYYYMMDD", "YYYYMM", "YYYY"] as const;
export type DateFormat = (typeof dateFormats)[number];
export const columnRoles = ["value", "numerator", "denominator"] as const;
export type ColumnRole = (typeof columnRoles)[number];

/** What the form knows of a CSV: its header, the first rows, and the delimiter found. */
export interface CsvSample {
  delimiter: Delimiter;
  header: string[];
  /** The first data rows with their line numbers. */
  rows: Array<{ line: number; cells: string[] }>;
}

/** Bytes read from the start of a file to find its columns and first rows. */
export const sampleBytes = 64 * 1024;

/** The delimiter that splits the header line into the most cells (semicolon on a tie: German spreadsheets). */
export function detectDelimiter(firstLine: string): Delimiter {
  let best: Delimiter = ";";
  let most = 0;
  for (const delimiter of delimiters) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

/** Header and first rows of CSV text (the start of a file; a cut last line is dropped). */
export function sampleCsv(text: string, rowCount = 5, complete = false): CsvSample {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = withoutBom.slice(0, withoutBom.indexOf("\n") === -1 ? undefined : withoutBom.indexOf("\n"));
  const delimiter = detectDelimiter(firstLine);
  // Without the whole file the last line may be cut in the middle: leave it out.
  const usable = complete ? withoutBom : withoutBom.slice(0, Math.max(0, withoutBom.lastIndexOf("\n")));
  const { records } = readCsvRecords(usable, delimiter);
  const [header, ...rows] = records;
  return {
    delimiter,
    header: (header?.cells ?? []).map((cell) => cell.trim()),
    rows: rows.slice(0, rowCount).map((record) => ({ line: record.line, cells: record.cells })),
  };
}

export interface ColumnMapping {
  /** Indicator key; empty: the column is ignored. */
  indicator: string;
  role: ColumnRole;
}

export interface ObservationManifestForm {
  areaLevel: AreaLevel;
  areaCodeColumn: string;
  dateMode: "fixed" | "column";
  fixedDate: string;
  dateColumn: string;
  dateFormat: DateFormat;
  delimiter: Delimiter;
  decimal: "." | ",";
  /** Further markers of a missing value besides an empty cell, comma separated (e.g. "-9999, k. A."). */
  missingMarkers: string;
  mapping: Record<string, ColumnMapping>;
  source: string;
}

const looksLikeCode = /(^|[_\s-])(id|code|schluessel|schlüssel|plr|key|nr)([_\s-]|$)/i;
const looksLikeDate = /(stichtag|datum|date|zeit|jahr|year)/i;

/**
 * A first guess from the file: the area code column (a name like PLR_ID or code), a date
 * column if there is one, the decimal separator (comma with semicolons), and columns whose
 * name is the end of an indicator key (S1 → mss2021.s1) mapped to that indicator.
 */
export function guessObservationManifest(sample: CsvSample, indicatorKeys: readonly string[]): ObservationManifestForm {
  const areaCodeColumn = sample.header.find((name) => looksLikeCode.test(name)) ?? sample.header[0] ?? "";
  const dateColumn = sample.header.find((name) => name !== areaCodeColumn && looksLikeDate.test(name)) ?? "";
  const mapping = guessIndicatorMapping(sample.header, {}, indicatorKeys);
  return {
    areaLevel: "PLANUNGSRAUM",
    areaCodeColumn,
    dateMode: dateColumn ? "column" : "fixed",
    fixedDate: "",
    dateColumn,
    dateFormat: guessDateFormat(sample, dateColumn),
    delimiter: sample.delimiter,
    decimal: sample.delimiter === ";" ? "," : ".",
    missingMarkers: "",
    mapping,
    source: "",
  };
}

/**
 * Columns whose name is an indicator key or the end of one (S1 → mss2021.s1) mapped to that
 * indicator; columns already mapped in `current` keep their mapping.
 */
export function guessIndicatorMapping(
  header: readonly string[],
  current: Readonly<Record<string, ColumnMapping>>,
  indicatorKeys: readonly string[],
): Record<string, ColumnMapping> {
  const mapping: Record<string, ColumnMapping> = {};
  for (const name of header) {
    const existing = current[name];
    if (existing?.indicator) {
      mapping[name] = existing;
      continue;
    }
    const lower = name.toLowerCase();
    const key =
      indicatorKeys.find((candidate) => candidate === lower) ??
      indicatorKeys.find((candidate) => candidate.endsWith(`.${lower}`));
    mapping[name] = { indicator: key ?? "", role: existing?.role ?? "value" };
  }
  return mapping;
}

function guessDateFormat(sample: CsvSample, column: string): DateFormat {
  const index = sample.header.indexOf(column);
  const cell = sample.rows[0]?.cells[index]?.trim() ?? "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return "YYYY-MM-DD";
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(cell)) return "DD.MM.YYYY";
  if (/^\d{8}$/.test(cell)) return "YYYYMMDD";
  if (/^\d{6}$/.test(cell)) return "YYYYMM";
  if (/^\d{4}$/.test(cell)) return "YYYY";
  return "YYYY-MM-DD";
}

/** The manifest JSON of the form (the API validates it and reports field problems). */
export function observationManifest(form: ObservationManifestForm, header: readonly string[]) {
  const special = new Set([form.areaCodeColumn, ...(form.dateMode === "column" ? [form.dateColumn] : [])]);
  const columns = header
    .filter((name) => !special.has(name) && form.mapping[name]?.indicator)
    .map((name) => ({
      column: name,
      indicator: form.mapping[name]?.indicator ?? "",
      role: form.mapping[name]?.role ?? "value",
    }));
  const ignoreColumns = header.filter((name) => !special.has(name) && !form.mapping[name]?.indicator);
  const markers = form.missingMarkers
    .split(",")
    .map((marker) => marker.trim())
    .filter(Boolean);
  return {
    kind: "observations",
    areaLevel: form.areaLevel,
    areaCodeColumn: form.areaCodeColumn,
    referenceDate: form.dateMode === "fixed" ? form.fixedDate : { column: form.dateColumn, format: form.dateFormat },
    delimiter: form.delimiter,
    decimal: form.decimal,
    missingValues: ["", ...markers],
    columns,
    ignoreColumns,
    ...(form.source.trim() ? { source: form.source.trim() } : {}),
  };
}

/** What the form knows of a GeoJSON file: property names, the first features' properties, their number. */
export interface GeoJsonSample {
  featureCount: number;
  properties: string[];
  rows: Array<Record<string, unknown>>;
}

/** Properties of the first features; null when the text is not a FeatureCollection (the API says why). */
export function sampleGeoJson(text: string, rowCount = 5): GeoJsonSample | null {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) return null;
  const rows = features
    .slice(0, 50)
    .map((feature: unknown) => (feature as { properties?: Record<string, unknown> } | null)?.properties ?? {});
  const properties = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { featureCount: features.length, properties, rows: rows.slice(0, rowCount) };
}

export interface AreaManifestForm {
  level: AreaLevel;
  codeProperty: string;
  nameProperty: string;
  parentMode: "prefix" | "property";
  parentCodePrefix: string;
  parentCodeProperty: string;
  areaM2Property: string;
}

/** Prefix lengths of the Berlin LOR codes: Bezirk 2, Prognoseraum 4, Bezirksregion 6 characters. */
const lorPrefix: Partial<Record<AreaLevel, string>> = {
  PROGNOSERAUM: "2",
  BEZIRKSREGION: "4",
  PLANUNGSRAUM: "6",
};

export function guessAreaManifest(sample: GeoJsonSample): AreaManifestForm {
  const codeProperty = sample.properties.find((name) => looksLikeCode.test(name)) ?? sample.properties[0] ?? "";
  const nameProperty = sample.properties.find((name) => /name|bez/i.test(name) && name !== codeProperty) ?? "";
  return {
    level: "PLANUNGSRAUM",
    codeProperty,
    nameProperty,
    parentMode: "prefix",
    parentCodePrefix: lorPrefix.PLANUNGSRAUM ?? "",
    parentCodeProperty: "",
    areaM2Property: sample.properties.find((name) => /m2|flaeche|fläche|area/i.test(name)) ?? "",
  };
}

export const defaultPrefixFor = (level: AreaLevel) => lorPrefix[level] ?? "";

export function areaManifest(form: AreaManifestForm) {
  const parent =
    form.level === "STADT"
      ? {}
      : form.parentMode === "prefix"
        ? { parentCodePrefix: Number(form.parentCodePrefix) }
        : { parentCodeProperty: form.parentCodeProperty };
  return {
    kind: "areas",
    level: form.level,
    codeProperty: form.codeProperty,
    nameProperty: form.nameProperty,
    ...parent,
    ...(form.areaM2Property ? { areaM2Property: form.areaM2Property } : {}),
  };
}
