import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fitsAge, isVerificationDue, offerInputSchema, offerScheduleInputSchema } from "./offer.ts";

const organisationId = "11111111-1111-4111-8111-111111111111";
const minimal = {
  organisationId,
  name: "Schuldnerberatung",
  description: "Beratung bei Schulden und Insolvenz",
  cost: "FREE",
};

function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("offer input", () => {
  it("fills defaults: empty lists, unknown accessibility, status ACTIVE", () => {
    const parsed = offerInputSchema.parse(minimal);
    expect(parsed).toMatchObject({
      categories: [],
      languages: [],
      locations: [],
      schedules: [],
      stepFree: null,
      easyLanguage: null,
      status: "ACTIVE",
      minAge: null,
    });
  });

  it("reports missing required fields by name", () => {
    expect(fieldErrors(offerInputSchema, {})).toEqual({
      organisationId: "is required",
      name: "is required",
      description: "is required",
      cost: "is required",
    });
  });

  it("checks ranges, formats and the rules across fields, with paths into locations and schedules", () => {
    expect(
      fieldErrors(offerInputSchema, {
        ...minimal,
        cost: "REDUCED",
        minAge: 18,
        maxAge: 6,
        capacityAvailable: 12,
        capacityMax: 10,
        languages: ["de", "DE", "deu"],
        url: "www.example.org",
        email: "beratung(at)example.org",
        locations: [
          { latitude: 52.48, longitude: 13.43, postalCode: "12043" },
          { latitude: 91, longitude: -181, postalCode: "1204" },
        ],
        schedules: [{ weekday: 8, opensAt: "18:00", closesAt: "09:00" }],
      }),
    ).toEqual({
      maxAge: "must not be below minAge (18)",
      capacityAvailable: "must not exceed capacityMax (10)",
      costDescription: expect.stringContaining("when it is not free"),
      "languages.1": expect.stringContaining("two-letter ISO 639-1"),
      "languages.2": expect.stringContaining("two-letter ISO 639-1"),
      url: expect.stringContaining("must be a web address"),
      email: "must be an e-mail address such as name@example.org",
      "locations.1.latitude": "must be between -90 and 90",
      "locations.1.longitude": "must be between -180 and 180",
      "locations.1.postalCode": "must be a German postal code of five digits",
      "schedules.0.weekday": "must be from 1 (Monday) to 7 (Sunday)",
      "schedules.0.closesAt": "must be later than opensAt (18:00)",
    });
  });

  it("accepts a fee with its description and ages at the bounds", () => {
    const parsed = offerInputSchema.parse({
      ...minimal,
      cost: "FEE",
      costDescription: "35 € pro Kurs",
      minAge: 0,
      maxAge: 120,
      capacityAvailable: 0,
      capacityMax: 0,
    });
    expect(parsed.costDescription).toBe("35 € pro Kurs");
    expect(fieldErrors(offerInputSchema, { ...minimal, minAge: -1, maxAge: 121, capacityMax: -1 })).toEqual({
      minAge: "must be between 0 and 120",
      maxAge: "must be between 0 and 120",
      capacityMax: "must not be negative",
    });
  });
});

describe("offer schedule input", () => {
  it("needs opensAt before closesAt and valid times; 24:00 closes at midnight", () => {
    expect(offerScheduleInputSchema.safeParse({ weekday: 5, opensAt: "18:00", closesAt: "24:00" }).success).toBe(true);
    expect(fieldErrors(offerScheduleInputSchema, { weekday: 1, opensAt: "09:00", closesAt: "09:00" })).toEqual({
      closesAt: "must be later than opensAt (09:00)",
    });
    expect(fieldErrors(offerScheduleInputSchema, { weekday: 1, opensAt: "9:00", closesAt: "25:00" })).toEqual({
      opensAt: "must be a time HH:MM, e.g. 09:30",
      closesAt: "must be a time HH:MM, e.g. 09:30",
    });
  });

  it("needs validFrom not after validUntil", () => {
    expect(
      fieldErrors(offerScheduleInputSchema, {
        weekday: 3,
        opensAt: "10:00",
        closesAt: "12:00",
        validFrom: "2025-09-01",
        validUntil: "2025-06-30",
      }),
    ).toEqual({ validUntil: "must not be before validFrom (2025-09-01)" });
  });
});

describe("fitsAge", () => {
  it("treats open bounds as fitting everybody", () => {
    expect(fitsAge({ minAge: 6, maxAge: 12 }, 6)).toBe(true);
    expect(fitsAge({ minAge: 6, maxAge: 12 }, 13)).toBe(false);
    expect(fitsAge({ minAge: 60, maxAge: null }, 85)).toBe(true);
    expect(fitsAge({ minAge: null, maxAge: null }, 0)).toBe(true);
  });
});

describe("isVerificationDue", () => {
  const now = new Date("2026-03-15T12:00:00Z");
  it("is due when never verified or verified twelve months ago or earlier", () => {
    expect(isVerificationDue(null, now)).toBe(true);
    expect(isVerificationDue(new Date("2025-03-15T12:00:00Z"), now)).toBe(true);
    expect(isVerificationDue(new Date("2025-03-16T09:00:00Z"), now)).toBe(false);
    expect(isVerificationDue(new Date("2026-01-01T00:00:00Z"), now)).toBe(false);
  });
});
