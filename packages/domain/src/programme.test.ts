import { describe, expect, it } from "vitest";
import {
  type BudgetLine,
  budgetByYear,
  fundingShares,
  occupancyRate,
  programmeInputSchema,
  totalBudget,
} from "./programme.ts";

const valid = {
  name: "BIWAQ – Arbeit im Quartier",
  family: "BIWAQ",
  startDate: "2023-01-01",
  endDate: "2026-12-31",
  budgetLines: [
    { year: 2023, sourceType: "EU", sourceName: "ESF Plus", amount: 250_000 },
    { year: 2023, sourceType: "BUND", sourceName: "BMWSB", amount: 150_000.5 },
  ],
};

function fieldErrors(input: unknown): Array<{ field: string; message: string }> {
  const result = programmeInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
}

describe("programme input", () => {
  it("accepts a complete programme and fills omitted lists and texts with empty values", () => {
    const parsed = programmeInputSchema.parse({ ...valid, legalBasis: "  ", round: " 2. Förderrunde " });
    expect(parsed.legalBasis).toBeNull();
    expect(parsed.round).toBe("2. Förderrunde");
    expect(parsed.areaCodes).toEqual([]);
    expect(parsed.partners).toEqual([]);
    expect(parsed.results).toEqual([]);
    expect(parsed.placesPlanned).toBeNull();
  });

  it("requires a name and a known family", () => {
    expect(fieldErrors({ ...valid, name: " ", family: "LOTTERIE" }).map((e) => e.field)).toEqual(["name", "family"]);
  });

  it("rejects a period that ends before it starts", () => {
    expect(fieldErrors({ ...valid, startDate: "2024-01-01", endDate: "2023-12-31", budgetLines: [] })).toEqual([
      { field: "endDate", message: "must not be before the start date 2024-01-01" },
    ]);
  });

  it("rejects budget years outside the programme period, also with an open start", () => {
    const errors = fieldErrors({
      ...valid,
      startDate: null,
      budgetLines: [
        { year: 2019, sourceType: "LAND", sourceName: "Land Berlin", amount: 1 },
        { year: 2027, sourceType: "LAND", sourceName: "Land Berlin", amount: 1 },
      ],
    });
    expect(errors).toEqual([{ field: "budgetLines.1.year", message: "2027 lies outside the programme period …–2026" }]);
  });

  it("rejects negative and sub-cent amounts", () => {
    const errors = fieldErrors({
      ...valid,
      budgetLines: [
        { year: 2024, sourceType: "EU", sourceName: "ESF Plus", amount: -5 },
        { year: 2024, sourceType: "BUND", sourceName: "BMAS", amount: 10.005 },
      ],
    });
    expect(errors).toEqual([
      { field: "budgetLines.0.amount", message: "amounts cannot be negative" },
      { field: "budgetLines.1.amount", message: "must be in whole cents" },
    ]);
  });

  it("names the earlier line when a year and funding source repeat (ignoring case)", () => {
    const errors = fieldErrors({
      ...valid,
      budgetLines: [...valid.budgetLines, { year: 2023, sourceType: "EU", sourceName: "esf plus", amount: 10 }],
    });
    expect(errors).toEqual([
      {
        field: "budgetLines.2",
        message:
          'duplicates budgetLines.0 (2023, EU, "esf plus"): one line per year and funding source, add the amounts up',
      },
    ]);
  });

  it("rejects repeated areas, partners and target groups by list index", () => {
    const errors = fieldErrors({
      ...valid,
      areaCodes: ["08300934", "08300935", "08300934"],
      partners: [{ organisationId: "a" }, { organisationId: "a", role: "Partner" }],
      targetGroups: ["Langzeitarbeitslose", "langzeitarbeitslose"],
    });
    expect(errors.map((e) => e.field)).toEqual(["areaCodes.2", "partners.1.organisationId", "targetGroups.1"]);
  });

  it("allows more places filled than planned (over-filling is recorded, not refused)", () => {
    expect(fieldErrors({ ...valid, placesPlanned: 100, placesFilled: 104 })).toEqual([]);
    expect(fieldErrors({ ...valid, placesPlanned: -1, placesFilled: 1.5 }).map((e) => e.message)).toEqual([
      "places planned cannot be negative",
      "places filled must be a whole number",
    ]);
  });
});

describe("budget figures", () => {
  const lines: BudgetLine[] = [
    { year: 2024, sourceType: "BUND", sourceName: "BMWSB", amount: 0.2 },
    { year: 2023, sourceType: "EU", sourceName: "ESF Plus", amount: 0.1 },
    { year: 2024, sourceType: "EU", sourceName: "ESF Plus", amount: 0.1 },
    { year: 2023, sourceType: "KOMMUNE", sourceName: "Bezirk", amount: 0.2 },
  ];

  it("adds up in cents, so 0.10 € + 0.20 € is exactly 0.30 €", () => {
    expect(totalBudget(lines)).toBe(0.6);
    expect(budgetByYear(lines)).toEqual([
      { year: 2023, total: 0.3 },
      { year: 2024, total: 0.3 },
    ]);
    expect(totalBudget([])).toBe(0);
  });

  it("orders shares by year, then source type, then name", () => {
    expect(fundingShares(lines).map((s) => `${s.year} ${s.sourceType}`)).toEqual([
      "2023 EU",
      "2023 KOMMUNE",
      "2024 EU",
      "2024 BUND",
    ]);
  });

  it("gives shares that add up to exactly 1 per year where naive division does not", () => {
    // Plain division: 1/6 + 4/6 + 1/6 is 0.9999999999999999 in floating point.
    const tricky: BudgetLine[] = [
      { year: 2025, sourceType: "EU", sourceName: "ESF Plus", amount: 100 },
      { year: 2025, sourceType: "BUND", sourceName: "BMAS", amount: 400 },
      { year: 2025, sourceType: "LAND", sourceName: "Land Berlin", amount: 100 },
      { year: 2026, sourceType: "EU", sourceName: "ESF Plus", amount: 10 },
      { year: 2026, sourceType: "BUND", sourceName: "BMAS", amount: 20 },
      { year: 2026, sourceType: "LAND", sourceName: "Land Berlin", amount: 70 },
    ];
    expect(1 / 6 + 4 / 6 + 1 / 6).not.toBe(1);
    const shares = fundingShares(tricky);
    for (const year of [2025, 2026]) {
      const ofYear = shares.filter((s) => s.year === year).map((s) => s.share ?? Number.NaN);
      expect(ofYear.reduce((sum, share) => sum + share, 0)).toBe(1);
    }
    expect(shares[0]?.share).toBe(1 / 6);
    expect(shares[2]?.share).toBeCloseTo(1 / 6, 15);
    expect(shares[5]?.share).toBeCloseTo(0.7, 15);
  });

  it("keeps the sum at exactly 1 for many random budgets", () => {
    // A fixed linear congruential generator: the test is random-looking but repeatable.
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 2000; run++) {
      const count = 1 + Math.floor(next() * 7);
      const yearLines: BudgetLine[] = Array.from({ length: count }, (_, i) => ({
        year: 2024,
        sourceType: "SONSTIGE",
        sourceName: `Quelle ${i}`,
        amount: Math.round(next() * 1e8) / 100,
      }));
      const shares = fundingShares(yearLines);
      if (shares.some((s) => s.share === null)) continue;
      expect(shares.reduce((sum, s) => sum + (s.share ?? 0), 0)).toBe(1);
      for (const s of shares) expect(s.share).toBeGreaterThanOrEqual(0);
    }
  });

  it("gives 0 € lines a share of 0 and a year without money no shares", () => {
    const shares = fundingShares([
      { year: 2023, sourceType: "EU", sourceName: "ESF Plus", amount: 300 },
      { year: 2023, sourceType: "STIFTUNG", sourceName: "Stiftung", amount: 0 },
      { year: 2024, sourceType: "EU", sourceName: "ESF Plus", amount: 0 },
    ]);
    expect(shares.map((s) => s.share)).toEqual([1, 0, null]);
  });
});

describe("occupancy rate", () => {
  it("divides filled by planned places and may exceed 1", () => {
    expect(occupancyRate(620, 589)).toBeCloseTo(0.95, 2);
    expect(occupancyRate(100, 104)).toBe(1.04);
  });

  it("is unknown without planned places or without filled places", () => {
    expect(occupancyRate(0, 5)).toBeNull();
    expect(occupancyRate(null, 5)).toBeNull();
    expect(occupancyRate(10, null)).toBeNull();
  });
});
