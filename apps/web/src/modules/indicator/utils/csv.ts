import type { CsvCell } from "@sozialatlas/domain/csv";
import type { ValueCell } from "./values.ts";

/**
 * How a value appears in a CSV file: the number at full precision (empty when there is none)
 * and a note in words — why there is no value ("geschützt: …"), or that it was rounded.
 */
export function csvValue(
  cell: ValueCell | undefined,
  noteOf: (cell: ValueCell | undefined) => string,
  roundedNote: string,
): [CsvCell, string] {
  if (cell?.kind === "value") return [cell.value, cell.rounded ? roundedNote : ""];
  return [null, noteOf(cell)];
}

/** A file name from its parts: lower case, no characters that trouble file systems. */
export function csvFileName(...parts: readonly string[]): string {
  return `${parts
    .filter(Boolean)
    .join("_")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")}.csv`;
}
