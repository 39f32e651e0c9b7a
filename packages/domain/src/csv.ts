import Papa from "papaparse";

export interface CsvTable {
  header: string[];
  /** Data rows as objects keyed by header; `line` is the 1-based line number in the file. */
  rows: Array<{ line: number; values: Record<string, string> }>;
}

export class CsvFormatError extends Error {}

/**
 * Parses a comma- or semicolon-separated file with a header row. A byte-order mark is
 * dropped; every value stays a string (codes keep their leading zeros).
 */
export function parseCsv(text: string): CsvTable {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(withoutBom, { skipEmptyLines: "greedy" });
  // A file with one column has no delimiter to detect; that is not an error.
  const firstError = result.errors.find((error) => error.type !== "Delimiter");
  if (firstError) {
    throw new CsvFormatError(`CSV line ${(firstError.row ?? 0) + 1}: ${firstError.message}`);
  }
  const [headerRow, ...dataRows] = result.data;
  if (!headerRow) throw new CsvFormatError("CSV file is empty");
  const header = headerRow.map((name) => name.trim());
  const rows = dataRows.map((cells, index) => {
    if (cells.length !== header.length) {
      throw new CsvFormatError(`CSV line ${index + 2}: expected ${header.length} columns, found ${cells.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, column) => {
      values[name] = (cells[column] ?? "").trim();
    });
    return { line: index + 2, values };
  });
  return { header, rows };
}
