import Papa from "papaparse";

export interface CsvTable {
  header: string[];
  /** Data rows as objects keyed by header; `line` is the 1-based line number in the file. */
  rows: Array<{ line: number; values: Record<string, string> }>;
}

export class CsvFormatError extends Error {}

/** One record of a CSV file with the line (from 1) it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Line (from 1) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}

/**
 * Splits CSV text into records (delimiter given, or detected among , ; tab |). Each record
 * keeps the line it starts on, also after blank lines and quoted cells that span lines; blank
 * records are dropped. A byte-order mark is dropped. Problems come back with their lines.
 */
export function readCsvRecords(
  text: string,
  delimiter?: string,
): { records: CsvRecord[]; errors: Array<{ line: number; message: string }> } {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Blank lines would spoil Papa's delimiter detection: detect on the non-blank lines first.
  const used = delimiter ?? Papa.parse<string[]>(withoutBom, { preview: 50, skipEmptyLines: "greedy" }).meta.delimiter;
  const result = Papa.parse<string[]>(withoutBom, { delimiter: used });
  const errors = result.errors
    // A file with one column has no delimiter to detect; that is not an error.
    .filter((error) => error.type !== "Delimiter")
    .map((error) => ({
      line: error.index === undefined ? (error.row ?? 0) + 1 : lineAt(withoutBom, error.index),
      message: error.message,
    }));
  const records: CsvRecord[] = [];
  let line = 1;
  for (const cells of result.data) {
    if (cells.some((cell) => cell.trim() !== "")) records.push({ line, cells });
    line += 1;
    for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) line += 1;
  }
  return { records, errors };
}

/**
 * Parses a comma- or semicolon-separated file with a header row. A byte-order mark is
 * dropped; every value stays a string (codes keep their leading zeros); line numbers are the
 * lines of the file.
 */
export function parseCsv(text: string): CsvTable {
  const { records, errors } = readCsvRecords(text);
  const firstError = errors[0];
  if (firstError) throw new CsvFormatError(`CSV line ${firstError.line}: ${firstError.message}`);
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) throw new CsvFormatError("CSV file is empty");
  const header = headerRecord.cells.map((name) => name.trim());
  const rows = dataRecords.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      throw new CsvFormatError(`CSV line ${line}: expected ${header.length} columns, found ${cells.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, column) => {
      values[name] = (cells[column] ?? "").trim();
    });
    return { line, values };
  });
  return { header, rows };
}

export type CsvCell = string | number | boolean | null | undefined;

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; empty for null. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: header and rows, comma-separated, "\n" line ends, numbers at full precision. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(formatCsvCell).join(",")).join("\n")}\n`;
}
