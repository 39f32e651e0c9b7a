import { describe, expect, it } from "vitest";
import {
  conferenceInputSchema,
  findingCategoryKey,
  isSuggestedFindingCategory,
  suggestedFindingCategories,
} from "./conference.ts";

const valid = {
  title: "Sozialraumkonferenz Gropiusstadt",
  date: "2021-11-10",
  workingGroups: [{ name: "Kinder und Familie" }, { name: "Mobilität und Nahversorgung" }],
  findings: [
    { kind: "GAP", category: "kinderbetreuung", description: "Betreuungsplätze fehlen", workingGroupIndex: 0 },
    { kind: "GAP", category: "oepnv", description: "Busse fahren abends selten", workingGroupIndex: 1 },
  ],
  recommendations: [{ text: "Kita-Ausbau prüfen", findingIndex: 0 }],
};

function fieldErrors(input: unknown): Array<{ field: string; message: string }> {
  const result = conferenceInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
}

describe("conference input", () => {
  it("accepts references by position and fills defaults", () => {
    const parsed = conferenceInputSchema.parse(valid);
    expect(parsed.status).toBe("PLANNED");
    expect(parsed.recommendations[0]).toMatchObject({ status: "OPEN", findingIndex: 0, goalIds: [] });
    expect(parsed.findings[0]?.areaCode).toBeNull();
    expect(parsed.areaCodes).toEqual([]);
  });

  it("requires a title and a calendar date", () => {
    expect(fieldErrors({ ...valid, title: "", date: "2021-02-30" }).map((e) => e.field)).toEqual(["title", "date"]);
  });

  it("rejects references to working groups and findings that the input does not have", () => {
    const errors = fieldErrors({
      ...valid,
      findings: [{ ...valid.findings[0], workingGroupIndex: 2 }],
      recommendations: [
        { text: "x", findingIndex: 1 },
        { text: "y", findingIndex: -1 },
      ],
    });
    expect(errors).toEqual([
      {
        field: "recommendations.1.findingIndex",
        message: "must be the position of a finding in this input (0, 1, 2, …)",
      },
      { field: "findings.0.workingGroupIndex", message: "there is no working group 2: this input has 2 (0–1)" },
      { field: "recommendations.0.findingIndex", message: "there is no finding 1: this input has 1 (0–0)" },
    ]);
    expect(fieldErrors({ ...valid, workingGroups: [] })[0]).toEqual({
      field: "findings.0.workingGroupIndex",
      message: "there is no working group 0: this input has none",
    });
  });

  it("rejects repeated areas, participants, working group names and goals", () => {
    const errors = fieldErrors({
      ...valid,
      areaCodes: ["083009", "083009"],
      participantOrganisationIds: ["o1", "o2", "o1"],
      workingGroups: [{ name: "Kinder und Familie" }, { name: "kinder und familie" }],
      recommendations: [{ text: "x", goalIds: ["g", "g"] }],
    });
    expect(errors.map((e) => e.field)).toEqual([
      "areaCodes.1",
      "participantOrganisationIds.2",
      "workingGroups.1.name",
      "recommendations.0.goalIds.1",
    ]);
  });
});

describe("finding categories", () => {
  it("suggests the categories Sozialraumkonferenzen usually record, each a valid key", () => {
    const keys = suggestedFindingCategories.map((category) => category.key);
    expect(keys).toEqual(
      expect.arrayContaining(["kinderbetreuung", "oepnv", "ehrenamt", "koordination", "wohnen", "gesundheit"]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(findingCategoryKey.parse(key)).toBe(key);
  });

  it("accepts other keys (the list is open) and normalises case, but refuses free text and umlauts", () => {
    expect(findingCategoryKey.parse(" Sport-Vereine ")).toBe("sport-vereine");
    expect(isSuggestedFindingCategory("sport-vereine")).toBe(false);
    expect(isSuggestedFindingCategory("oepnv")).toBe(true);
    expect(findingCategoryKey.safeParse("Busse fahren zu selten").success).toBe(false);
    expect(findingCategoryKey.safeParse("öpnv").success).toBe(false);
  });
});
