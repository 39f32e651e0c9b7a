import { describe, expect, it } from "vitest";
import { defaultDisclosureRule, disclosureRuleSchema, protectValue, suppressionReasonText } from "./disclosure.ts";

const rule = defaultDisclosureRule;

describe("disclosure rules", () => {
  it("defaults to min count 3, min population 300, no rounding", () => {
    expect(disclosureRuleSchema.parse({})).toEqual({ minCount: 3, minPopulation: 300, rounding: "none" });
    expect(disclosureRuleSchema.safeParse({ rounding: 7 }).success).toBe(false);
    expect(disclosureRuleSchema.safeParse({ minCount: 0 }).success).toBe(false);
  });
});

describe("protectValue", () => {
  it("shows ordinary values unchanged", () => {
    expect(protectValue({ value: 25, numerator: 50, denominator: 200, population: 1000 }, rule, false)).toEqual({
      kind: "value",
      value: 25,
      numerator: 50,
      denominator: 200,
    });
    expect(protectValue({ value: 12.5 }, rule)).toEqual({ kind: "value", value: 12.5 });
  });

  it("suppresses small counts, small denominators, small complements and small areas", () => {
    expect(protectValue({ value: 1, numerator: 2, denominator: 200, population: 1000 }, rule)).toEqual({
      kind: "suppressed",
      reason: "small-count",
    });
    expect(protectValue({ value: 50, numerator: 1, denominator: 2 }, rule)).toEqual({
      kind: "suppressed",
      reason: "small-count",
    });
    expect(protectValue({ value: 100, numerator: 0, denominator: 2 }, rule)).toEqual({
      kind: "suppressed",
      reason: "small-denominator",
    });
    expect(protectValue({ value: 99, numerator: 198, denominator: 200 }, rule)).toEqual({
      kind: "suppressed",
      reason: "small-complement",
    });
    expect(protectValue({ value: 10, numerator: 20, denominator: 200, population: 299 }, rule)).toEqual({
      kind: "suppressed",
      reason: "small-population",
    });
  });

  it("keeps the boundaries: count 3 and population 300 are shown, 0 is shown", () => {
    expect(protectValue({ value: 1.5, numerator: 3, denominator: 200, population: 300 }, rule).kind).toBe("value");
    expect(protectValue({ value: 0, numerator: 0, denominator: 200, population: 300 }, rule).kind).toBe("value");
    expect(protectValue({ value: 98.5, numerator: 197, denominator: 200 }, rule).kind).toBe("value");
  });

  it("rounds counts and recomputes the value from the rounded counts", () => {
    const five = disclosureRuleSchema.parse({ rounding: 5 });
    expect(protectValue({ value: 17 / 0.83, numerator: 17, denominator: 83 }, five)).toEqual({
      kind: "value",
      value: expect.closeTo(17.647059, 6), // 15 / 85
      numerator: 15,
      denominator: 85,
    });
    const ten = disclosureRuleSchema.parse({ rounding: 10 });
    const result = protectValue({ value: 17 / 0.83, numerator: 17, denominator: 83 }, ten);
    expect(result).toEqual({ kind: "value", value: 25, numerator: 20, denominator: 80 });
    // per 1,000 instead of %
    expect(protectValue({ value: 7, numerator: 14, denominator: 2000, scale: 1000 }, ten)).toEqual({
      kind: "value",
      value: 5,
      numerator: 10,
      denominator: 2000,
    });
  });

  it("rounds a lone count but leaves the value when a count is missing", () => {
    const ten = disclosureRuleSchema.parse({ rounding: 10 });
    expect(protectValue({ value: 12.3, numerator: 44, denominator: null }, ten)).toEqual({
      kind: "value",
      value: 12.3,
      numerator: 40,
      denominator: null,
    });
    expect(protectValue({ value: 12.3 }, ten)).toEqual({ kind: "value", value: 12.3 });
  });

  it("suppresses when the denominator rounds to zero", () => {
    const ten = disclosureRuleSchema.parse({ rounding: 10, minCount: 1 });
    expect(protectValue({ value: 50, numerator: 2, denominator: 4 }, ten)).toEqual({
      kind: "suppressed",
      reason: "small-denominator",
    });
  });

  it("gives planners the raw values", () => {
    const ten = disclosureRuleSchema.parse({ rounding: 10 });
    expect(protectValue({ value: 1, numerator: 2, denominator: 200, population: 100 }, ten, true)).toEqual({
      kind: "value",
      value: 1,
      numerator: 2,
      denominator: 200,
    });
  });
});

describe("suppressionReasonText", () => {
  it("names the rule's thresholds, in German and English", () => {
    expect(suppressionReasonText("small-count", rule, "de")).toBe("Geheimhaltung: weniger als 3 Fälle");
    expect(suppressionReasonText("small-population", { ...rule, minPopulation: 500 }, "en")).toBe(
      "Confidential: fewer than 500 residents in the area",
    );
    const rounded = disclosureRuleSchema.parse({ rounding: 5 });
    expect(suppressionReasonText("small-denominator", rounded, "de")).toBe(
      "Geheimhaltung: Bezugsgröße kleiner als 3 oder nach Rundung 0",
    );
  });

  it("explains out-of-range rules field by field", () => {
    const result = disclosureRuleSchema.safeParse({ minCount: 2.5, minPopulation: -1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["minCount", "must be a whole number"],
      ["minPopulation", "cannot be negative"],
    ]);
  });
});
