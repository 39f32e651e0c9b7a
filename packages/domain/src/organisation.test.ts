import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  cooperationAgreementInputSchema,
  isCalendarDate,
  organisationInputSchema,
  parentProblem,
} from "./organisation.ts";

const orgA = "11111111-1111-4111-8111-111111111111";
const orgB = "22222222-2222-4222-8222-222222222222";
const orgC = "33333333-3333-4333-8333-333333333333";

function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("organisation input", () => {
  it("trims text, turns empty optional fields into null and defaults contacts to an empty list", () => {
    const parsed = organisationInputSchema.parse({
      name: "  Tafel Kiez e. V. ",
      type: "FREIER_TRAEGER",
      description: "",
      website: " https://www.example.org/tafel ",
      email: "",
    });
    expect(parsed).toEqual({
      name: "Tafel Kiez e. V.",
      type: "FREIER_TRAEGER",
      description: null,
      parentId: null,
      website: "https://www.example.org/tafel",
      email: null,
      phone: null,
      address: null,
      contacts: [],
    });
  });

  it("names every problem by field, including inside the contact list", () => {
    expect(
      fieldErrors(organisationInputSchema, {
        type: "STIFTUNG",
        website: "ftp://example.org",
        phone: "call us",
        parentId: "not-an-id",
        contacts: [{ name: "Erika Mustermann" }, { name: " ", email: "erika@" }],
      }),
    ).toEqual({
      name: "is required",
      type: expect.stringContaining("must be one of JOBCENTER, FREIER_TRAEGER"),
      website: expect.stringContaining("must be a web address"),
      phone: expect.stringContaining("must be a phone number"),
      parentId: "no organisation with this id",
      "contacts.1.name": "is required",
      "contacts.1.email": "must be an e-mail address such as name@example.org",
    });
  });
});

describe("parentProblem", () => {
  it("accepts any existing parent for a new organisation", () => {
    expect(parentProblem(null, orgA, [orgA])).toBeNull();
  });

  it("refuses the organisation itself and its descendants as parent", () => {
    expect(parentProblem(orgA, orgA, [orgA])).toBe("an organisation cannot be its own parent");
    // B is a child of A, C a child of B: making C the parent of A closes a cycle.
    expect(parentProblem(orgA, orgC, [orgC, orgB, orgA])).toContain("cycle");
    expect(parentProblem(orgC, orgA, [orgA])).toBeNull();
  });
});

describe("cooperation agreement input", () => {
  const valid = {
    title: "Kooperationsvereinbarung Übergang Schule–Beruf",
    partners: [{ organisationId: orgA, role: "Federführung" }, { organisationId: orgB }],
  };

  it("accepts two different partners and defaults projects to an empty list", () => {
    const parsed = cooperationAgreementInputSchema.parse(valid);
    expect(parsed.partners).toEqual([
      { organisationId: orgA, role: "Federführung" },
      { organisationId: orgB, role: null },
    ]);
    expect(parsed.projects).toEqual([]);
  });

  it("needs at least two distinct partner organisations", () => {
    expect(fieldErrors(cooperationAgreementInputSchema, { ...valid, partners: [{ organisationId: orgA }] })).toEqual({
      partners: "an agreement needs at least two partner organisations",
    });
    expect(
      fieldErrors(cooperationAgreementInputSchema, {
        ...valid,
        partners: [{ organisationId: orgA }, { organisationId: orgA.toUpperCase() }],
      }),
    ).toEqual({ "partners.1.organisationId": "this organisation is already a partner of the agreement" });
    expect(fieldErrors(cooperationAgreementInputSchema, { title: "x" })).toEqual({ partners: "is required" });
  });

  it("checks dates and the period", () => {
    expect(
      fieldErrors(cooperationAgreementInputSchema, {
        ...valid,
        signedOn: "2025-02-30",
        validFrom: "2026-01-01",
        validUntil: "2025-12-31",
        projects: [{ name: "Praktikumsbörse", programmeId: "42" }],
      }),
    ).toEqual({
      signedOn: "must be a date YYYY-MM-DD",
      validUntil: "must not be before validFrom (2026-01-01)",
      "projects.0.programmeId": "no programme with this id",
    });
  });
});

describe("isCalendarDate", () => {
  it("accepts real days only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-2-1")).toBe(false);
  });
});
