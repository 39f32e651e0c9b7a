import { type CsvCell, formatCsv } from "@sozialatlas/domain/csv";

/**
 * Offers a CSV file for download. UTF-8 with a byte-order mark so that spreadsheet programs
 * show umlauts correctly; numbers at full precision with a decimal point.
 */
export function downloadCsv(fileName: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  const blob = new Blob([`\ufeff${formatCsv(header, rows)}`], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName.endsWith(".csv") ? fileName : `${fileName}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
