import { describe, expect, it } from "vitest";
import { CsvFormatError, formatCsv, parseCsv } from "./csv.ts";

describe("parseCsv", () => {
  it("drops a byte-order mark, keeps codes as strings with leading zeros and numbers lines", () => {
    const table = parseCsv('\uFEFFPLR_ID,PLR_NAME\n"01100101",Stülerstraße\n01100102,"Großer Tiergarten, Süd"\n');
    expect(table.header).toEqual(["PLR_ID", "PLR_NAME"]);
    expect(table.rows).toEqual([
      { line: 2, values: { PLR_ID: "01100101", PLR_NAME: "Stülerstraße" } },
      { line: 3, values: { PLR_ID: "01100102", PLR_NAME: "Großer Tiergarten, Süd" } },
    ]);
  });

  it("reads semicolon-separated files as written by German spreadsheets", () => {
    expect(parseCsv("code;wert\n01;3,5\n").rows[0]?.values).toEqual({ code: "01", wert: "3,5" });
  });

  it("names the line of a row with the wrong number of columns", () => {
    expect(() => parseCsv("a,b\n1,2\n3\n")).toThrow(new CsvFormatError("CSV line 3: expected 2 columns, found 1"));
  });

  it("rejects an empty file", () => {
    expect(() => parseCsv("")).toThrow("CSV file is empty");
  });
});

describe("formatCsv", () => {
  it("quotes only where needed and round-trips through parseCsv", () => {
    const text = formatCsv(
      ["code", "name", "value"],
      [
        ["01100101", 'Stülerstraße, "Mitte"', 4.22594],
        ["01100102", "Zeile\nzwei", null],
      ],
    );
    expect(text).toBe('code,name,value\n01100101,"Stülerstraße, ""Mitte""",4.22594\n01100102,"Zeile\nzwei",\n');
    expect(parseCsv(text).rows.map((row) => row.values.name)).toEqual(['Stülerstraße, "Mitte"', "Zeile\nzwei"]);
  });
});
