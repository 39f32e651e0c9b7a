import { describe, expect, it } from "vitest";
import {
  checkObservationForIndicator,
  indicatorInputSchema,
  indicatorKeySchema,
  indicatorKind,
  isCalendarDate,
  mssCellToValue,
  noValueInSourceReason,
  observationInputSchema,
  sumCountsOverHierarchy,
} from "./indicator.ts";

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((issue) => ({ field: issue.path.join("."), message: issue.message }));

describe("indicator keys", () => {
  it("accepts lower-case keys with dots, dashes and underscores", () => {
    for (const key of ["mss2021.s4", "ew", "sgb2-quote_u15", "2021.ki01"]) {
      expect(indicatorKeySchema.safeParse(key).success).toBe(true);
    }
  });

  it("rejects spaces, capitals, umlauts and a leading dot", () => {
    for (const key of ["MSS2021.S4", "kinder armut", "kinderarmut-ü", ".s4", "-s4", ""]) {
      expect(indicatorKeySchema.safeParse(key).success, key).toBe(false);
    }
  });
});

describe("indicator input", () => {
  const valid = {
    key: "mss2021.s4",
    name: "Kinderarmut",
    description: "Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften je 100 Kinder unter 15 Jahren.",
    unit: "%",
    polarity: "HIGHER_IS_WORSE",
    topic: "Armut",
    source: "MSS 2021",
    licence: "CC BY 3.0 DE",
  };

  it("fills defaults: one decimal, no numerator/denominator definitions", () => {
    expect(indicatorInputSchema.parse(valid)).toEqual({
      ...valid,
      numeratorDefinition: null,
      denominatorDefinition: null,
      decimals: 1,
    });
  });

  it("treats empty optional texts as not given", () => {
    expect(indicatorInputSchema.parse({ ...valid, numeratorDefinition: "  " }).numeratorDefinition).toBeNull();
  });

  it("names every missing or out-of-range field", () => {
    const result = indicatorInputSchema.safeParse({ ...valid, name: " ", polarity: "BAD", decimals: 9 });
    expect(issues(result).map((issue) => issue.field)).toEqual(["name", "polarity", "decimals"]);
  });
});

describe("observation input", () => {
  const base = { indicatorKey: "mss2021.s4", areaCode: "01100101", referenceDate: "2020-12-31" };

  it("accepts a value and defaults flags to false", () => {
    expect(observationInputSchema.parse({ ...base, value: 19.4 })).toMatchObject({
      value: 19.4,
      numerator: null,
      denominator: null,
      missingReason: null,
      provisional: false,
      suppressed: false,
    });
  });

  it("requires a reason when the value is missing, and refuses a reason next to a value", () => {
    expect(issues(observationInputSchema.safeParse({ ...base, value: null }))).toEqual([
      { field: "missingReason", message: expect.stringContaining("say why it is missing") },
    ]);
    expect(issues(observationInputSchema.safeParse({ ...base, value: 3, missingReason: "geschätzt" }))).toEqual([
      { field: "missingReason", message: "leave the missing reason empty when a value is given" },
    ]);
    expect(observationInputSchema.safeParse({ ...base, missingReason: "ungültig (EW unter 300)" }).success).toBe(true);
  });

  it("rejects negative counts, a zero denominator and impossible dates", () => {
    const result = observationInputSchema.safeParse({
      ...base,
      referenceDate: "2021-02-30",
      value: 1,
      numerator: -1,
      denominator: 0,
      extractedAt: "31.12.2020",
    });
    expect(issues(result).map((issue) => issue.field)).toEqual([
      "referenceDate",
      "numerator",
      "denominator",
      "extractedAt",
    ]);
  });

  it("knows calendar dates", () => {
    expect(isCalendarDate("2020-02-29")).toBe(true);
    expect(isCalendarDate("2021-02-29")).toBe(false);
    expect(isCalendarDate("2020-12-31T00:00")).toBe(false);
  });
});

describe("rules that depend on the indicator", () => {
  const share = { key: "mss2021.s4", unit: "%" };

  it("keeps a share between 0 and 100 with the part not above the whole", () => {
    expect(checkObservationForIndicator({ value: 19.4, numerator: 97, denominator: 500 }, share)).toEqual([]);
    expect(checkObservationForIndicator({ value: 120, numerator: 600, denominator: 500 }, share)).toEqual([
      { field: "value", message: expect.stringContaining("between 0 and 100") },
      { field: "numerator", message: expect.stringContaining("cannot exceed the denominator") },
    ]);
  });

  it("lets changes in percentage points be negative and rates per 100 exceed 100", () => {
    expect(
      checkObservationForIndicator(
        { value: -4.9, numerator: null, denominator: null },
        { key: "d4", unit: "Prozentpunkte" },
      ),
    ).toEqual([]);
    expect(
      checkObservationForIndicator(
        { value: 130, numerator: 1300, denominator: 1000 },
        { key: "ki11", unit: "je 100 Einwohner" },
      ),
    ).toEqual([]);
  });
});

describe("MSS cells", () => {
  it("reads numbers as published", () => {
    expect(mssCellToValue("19.39799", "gültig")).toEqual({ value: 19.39799, missingReason: null });
    expect(mssCellToValue("-2.16074", "gültig")).toEqual({ value: -2.16074, missingReason: null });
    expect(mssCellToValue("0", "gültig")).toEqual({ value: 0, missingReason: null });
  });

  it("turns the sentinel -9999 into a missing value with the validity remark, never a number", () => {
    expect(mssCellToValue("-9999", "ungültig (EW unter 300)")).toEqual({
      value: null,
      missingReason: "ungültig (EW unter 300)",
    });
    expect(mssCellToValue("-9999", "ungültig (Ausreißer)").missingReason).toBe("ungültig (Ausreißer)");
    expect(mssCellToValue("-9999", "gültig")).toEqual({
      value: null,
      missingReason: "in der Quelle als ungültig markiert (-9999)",
    });
  });

  it("records empty cells as missing and refuses text", () => {
    expect(mssCellToValue("", "gültig")).toEqual({ value: null, missingReason: noValueInSourceReason });
    expect(() => mssCellToValue("n/a", "gültig")).toThrow('not a number: "n/a"');
  });
});

describe("summing counts over the hierarchy", () => {
  const areas = [
    { code: "11000000", parentCode: null },
    { code: "01", parentCode: "11000000" },
    { code: "02", parentCode: "11000000" },
    { code: "0110", parentCode: "01" },
    { code: "01100101", parentCode: "0110" },
    { code: "01100102", parentCode: "0110" },
    { code: "02100101", parentCode: "02" },
    { code: "02100102", parentCode: "02" },
  ];

  it("adds the smallest areas up to every ancestor", () => {
    const totals = sumCountsOverHierarchy(
      new Map([
        ["01100101", 3419],
        ["01100102", 1791],
        ["02100101", 0],
        ["02100102", 10],
      ]),
      areas,
    );
    expect(Object.fromEntries([...totals].map(([code, total]) => [code, total.value]))).toEqual({
      "0110": 5210,
      "01": 5210,
      "02": 10,
      "11000000": 5220,
    });
    expect(totals.get("11000000")).toMatchObject({ contributing: 4, missing: 0, missingReason: null });
  });

  it("leaves a sum over part of an area missing, with the reason", () => {
    const totals = sumCountsOverHierarchy(
      new Map([
        ["01100101", 3419],
        ["01100102", null],
        ["02100101", 5],
      ]),
      areas,
    );
    expect(totals.get("01")).toEqual({
      value: null,
      missingReason: "unvollständig: 1 von 2 Teilgebieten ohne Wert",
      contributing: 1,
      missing: 1,
    });
    expect(totals.get("02")?.value).toBe(5);
  });

  it("refuses a hierarchy with a cycle", () => {
    expect(() =>
      sumCountsOverHierarchy(new Map([["a", 1]]), [
        { code: "a", parentCode: "b" },
        { code: "b", parentCode: "c" },
        { code: "c", parentCode: "b" },
      ]),
    ).toThrow("cycle");
  });
});

describe("indicatorKind", () => {
  const definition = (unit: string, counts: boolean) => ({
    unit,
    numeratorDefinition: counts ? "Fälle" : null,
    denominatorDefinition: counts ? "Bezugsgruppe" : null,
  });
  it("tells ratios, counts and other values apart", () => {
    expect(indicatorKind(definition("%", false))).toBe("ratio");
    expect(indicatorKind(definition("je 100 Einwohner", true))).toBe("ratio");
    expect(indicatorKind(definition("Personen", false))).toBe("count");
    expect(indicatorKind(definition("Prozentpunkte", false))).toBe("other");
    expect(indicatorKind(definition("Jahre", false))).toBe("other");
  });
});
