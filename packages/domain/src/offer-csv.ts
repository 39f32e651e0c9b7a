// Offers as CSV: one row per offer, stable English column keys (the names of the offer's
// fields), lists separated by ";", locations and opening hours in a compact column syntax
// (docs/OFFER-EXCHANGE.md):
//
//   locations: name|street|postalCode|city|latitude|longitude ; next location …
//   schedules: weekday|opensAt|closesAt|validFrom|validUntil|note ; next …  (weekday MO…SU or 1…7)
//
// Inside a list item or a part, "\" escapes the next character, so "\;", "\|" and "\\" keep
// a literal ; | \. Text cells starting with = + - @ get a leading apostrophe on export (CSV
// injection), removed on import. The file is RFC 4180 CSV (comma-separated; a semicolon-separated file
// with the same header is read too); line 1 is the header.
import { type CsvCell, formatCsv, readCsvRecords } from "./csv.ts";
import {
  type ExchangeOffer,
  type ExchangeParseResult,
  type ExchangeProblem,
  fieldPath,
  hsdsWeekdays,
  type ImportedOffer,
  validateImportedOffer,
} from "./hsds.ts";

/** The columns, in file order. `id` empty = a new offer. */
export const offerCsvColumns = [
  "id",
  "name",
  "description",
  "categories",
  "targetGroups",
  "minAge",
  "maxAge",
  "languages",
  "eligibility",
  "cost",
  "costDescription",
  "acceptedSocialPasses",
  "stepFree",
  "accessibleToilet",
  "inductionLoop",
  "easyLanguage",
  "accessibilityNote",
  "capacityAvailable",
  "capacityMax",
  "status",
  "url",
  "email",
  "phone",
  "locations",
  "schedules",
] as const;
export type OfferCsvColumn = (typeof offerCsvColumns)[number];

const listColumns = ["categories", "targetGroups", "languages", "acceptedSocialPasses"] as const;
const integerColumns = ["minAge", "maxAge", "capacityAvailable", "capacityMax"] as const;
const flagColumns = ["stepFree", "accessibleToilet", "inductionLoop", "easyLanguage"] as const;
const textColumns = [
  "name",
  "description",
  "eligibility",
  "cost",
  "costDescription",
  "accessibilityNote",
  "status",
  "url",
  "email",
  "phone",
] as const;

const itemSeparator = ";";
const partSeparator = "|";

/** Escapes the separators and the escape character itself. */
function escapePart(value: string): string {
  return value.replace(/[\\;|]/g, (character) => `\\${character}`);
}

/** Splits at unescaped `separator`; escapes stay in place (removed by `unescapePart`). */
function splitEscaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; i += 1) {
    const character = value[i] ?? "";
    if (character === "\\" && i + 1 < value.length) {
      current += character + (value[i + 1] ?? "");
      i += 1;
    } else if (character === separator) {
      parts.push(current);
      current = "";
    } else current += character;
  }
  parts.push(current);
  return parts;
}

function unescapePart(value: string): string {
  return value.replace(/\\(.)/g, "$1");
}

/** A list cell: items separated by ";" (blank items dropped). */
export function formatListCell(items: readonly string[]): string {
  return items.map(escapePart).join(`${itemSeparator} `);
}

export function parseListCell(cell: string): string[] {
  return splitEscaped(cell, itemSeparator)
    .map((item) => unescapePart(item.trim()))
    .filter((item) => item !== "");
}

/** A compound cell: items separated by " ; ", parts of an item by "|". */
function formatCompoundCell(items: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return items
    .map((parts) => {
      const cells = parts.map((part) => (part === null ? "" : escapePart(String(part))));
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      return cells.join(partSeparator);
    })
    .join(` ${itemSeparator} `);
}

function parseCompoundCell(cell: string): string[][] {
  return splitEscaped(cell, itemSeparator)
    .filter((item) => item.trim() !== "")
    .map((item) => splitEscaped(item, partSeparator).map((part) => unescapePart(part.trim())));
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection). Such text
 * cells are exported with a leading apostrophe, which the import removes again; a text that
 * itself starts with an apostrophe before one of these characters gets a second one.
 */
const formulaStart = /^'*[=+\-@\t\r]/;

function protectCell(cell: CsvCell): CsvCell {
  return typeof cell === "string" && formulaStart.test(cell) ? `'${cell}` : cell;
}

function unprotectCell(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** The CSV of offers (header + one row per offer), with a byte-order mark so spreadsheets read UTF-8. */
export function formatOfferCsv(offers: readonly ExchangeOffer[]): string {
  const rows = offers.map((offer) => offerCsvColumns.map((column) => protectCell(cellOf(offer, column))));
  return `\ufeff${formatCsv(offerCsvColumns, rows)}`;
}

function cellOf(offer: ExchangeOffer, column: OfferCsvColumn): CsvCell {
  switch (column) {
    case "categories":
    case "targetGroups":
    case "languages":
    case "acceptedSocialPasses":
      return formatListCell(offer[column]);
    case "locations":
      return formatCompoundCell(
        offer.locations.map((location) => [
          location.name,
          location.street,
          location.postalCode,
          location.city,
          location.latitude,
          location.longitude,
        ]),
      );
    case "schedules":
      return formatCompoundCell(
        offer.schedules.map((schedule) => [
          hsdsWeekdays[schedule.weekday - 1] ?? String(schedule.weekday),
          schedule.opensAt,
          schedule.closesAt,
          schedule.validFrom,
          schedule.validUntil,
          schedule.note,
        ]),
      );
    default:
      return offer[column];
  }
}

const booleanWords: Record<string, boolean> = { true: true, false: false, ja: true, nein: false, yes: true, no: false };

/** A number cell ("52.5" or "52,5"); anything else is passed on for the schema to judge. */
function numberOrText(value: string): unknown {
  if (value === "") return null;
  const normalised = value.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : value;
}

function weekdayOf(value: string): unknown {
  const index = (hsdsWeekdays as readonly string[]).indexOf(value.toUpperCase());
  if (index >= 0) return index + 1;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The offer input of one row (before validation) and the problems of reading its cells. */
function readRow(
  line: number,
  values: Record<string, string>,
): { raw: Record<string, unknown>; problems: ExchangeProblem[] } {
  const raw: Record<string, unknown> = {};
  const problems: ExchangeProblem[] = [];
  const value = (column: OfferCsvColumn) => values[column] ?? "";
  for (const column of textColumns) raw[column] = value(column) || null;
  for (const column of listColumns) raw[column] = parseListCell(value(column));
  raw.languages = (raw.languages as string[]).map((code) => code.toLowerCase());
  for (const column of integerColumns) raw[column] = numberOrText(value(column));
  for (const column of flagColumns) {
    const cell = value(column).toLowerCase();
    if (cell === "") raw[column] = null;
    else if (cell in booleanWords) raw[column] = booleanWords[cell];
    else problems.push({ line, field: column, message: "must be true or false (or empty when not known)" });
  }
  if (raw.cost !== null) raw.cost = String(raw.cost).toUpperCase();
  if (raw.status !== null) raw.status = String(raw.status).toUpperCase();
  raw.locations = parseCompoundCell(value("locations")).map((parts, index) => {
    if (parts.length !== 6) {
      problems.push({
        line,
        field: `locations[${index}]`,
        message: `must have 6 parts name|street|postalCode|city|latitude|longitude, found ${parts.length}`,
      });
    }
    const [name = "", street = "", postalCode = "", city = "", latitude = "", longitude = ""] = parts;
    return {
      name: name || null,
      street: street || null,
      postalCode: postalCode || null,
      city: city || null,
      latitude: numberOrText(latitude) ?? undefined,
      longitude: numberOrText(longitude) ?? undefined,
    };
  });
  raw.schedules = parseCompoundCell(value("schedules")).map((parts, index) => {
    if (parts.length < 3 || parts.length > 6) {
      problems.push({
        line,
        field: `schedules[${index}]`,
        message: `must be weekday|opensAt|closesAt, optionally followed by |validFrom|validUntil|note; found ${parts.length} parts`,
      });
    }
    const [weekday = "", opensAt = "", closesAt = "", validFrom = "", validUntil = "", note = ""] = parts;
    return {
      weekday: weekday === "" ? undefined : weekdayOf(weekday),
      opensAt: opensAt || undefined,
      closesAt: closesAt || undefined,
      validFrom: validFrom || null,
      validUntil: validUntil || null,
      note: note || null,
    };
  });
  return { raw, problems };
}

/** The delimiter of the header line: comma, semicolon or tab (column keys contain none). */
function headerDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(text.indexOf("\n"), 0) || text.length);
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.delimiter ?? ",";
}

/**
 * Reads a CSV of offers for `organisationId`: every row is validated with the API's rules;
 * problems carry the file's line (header = 1) and the column (locations[0].latitude for
 * parts). Unknown columns are problems; a column may be left out only when no row has an id,
 * because an update replaces every field.
 */
export function parseOfferCsv(content: string, organisationId: string): ExchangeParseResult {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const { records, errors } = readCsvRecords(text, headerDelimiter(text));
  const problems: ExchangeProblem[] = errors.map((error) => ({
    line: error.line,
    field: null,
    message: error.message,
  }));
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) return { offers: [], problems: [{ line: 1, field: null, message: "the file is empty" }] };
  const header = headerRecord.cells.map((cell) => cell.trim());
  const known = new Set<string>(offerCsvColumns);
  for (const column of header) {
    if (!known.has(column)) {
      problems.push({
        line: headerRecord.line,
        field: column,
        message: `unknown column; expected ${offerCsvColumns.join(", ")}`,
      });
    }
  }
  if (!header.includes("name"))
    problems.push({ line: headerRecord.line, field: "name", message: "the column name is required" });

  const offers: ImportedOffer[] = [];
  let anyUpdate = false;
  for (const { line, cells } of dataRecords) {
    if (cells.length !== header.length) {
      problems.push({ line, field: null, message: `expected ${header.length} columns, found ${cells.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((column, index) => {
      values[column] = unprotectCell((cells[index] ?? "").trim());
    });
    const id = values.id || null;
    if (id !== null) anyUpdate = true;
    const reading = readRow(line, values);
    const result = validateImportedOffer(line, id, reading.raw, organisationId, fieldPath);
    problems.push(...reading.problems, ...result.problems);
    if (result.offer && reading.problems.length === 0) offers.push(result.offer);
  }
  if (anyUpdate) {
    const missing = offerCsvColumns.filter((column) => !header.includes(column));
    if (missing.length > 0) {
      problems.push({
        line: headerRecord.line,
        field: null,
        message: `rows with an id replace the whole offer, so every column is needed; missing: ${missing.join(", ")}`,
      });
    }
  }
  if (dataRecords.length === 0 && problems.length === 0) {
    problems.push({ line: headerRecord.line, field: null, message: "the file has no offers (only a header)" });
  }
  return { offers, problems: problems.sort((a, b) => a.line - b.line) };
}

/** A file name for an organisation's offers: angebote-awo-mitte.csv / .json. */
export function offerExchangeFileName(organisationName: string, extension: "csv" | "json"): string {
  const slug = organisationName
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `angebote-${slug || "organisation"}.${extension}`;
}
