import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  canTakeStep,
  fitsAge,
  isOpenAt,
  isVerificationDue,
  localTime,
  offerInputSchema,
  offerPublications,
  offerScheduleInputSchema,
  reviewCommentSchema,
  verificationDueCutoff,
} from "./offer.ts";

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
  it("agrees with the cutoff databases filter by", () => {
    const cutoff = verificationDueCutoff(now);
    expect(cutoff.toISOString()).toBe("2025-03-15T12:00:00.000Z");
    expect(isVerificationDue(cutoff, now)).toBe(true);
    expect(isVerificationDue(new Date(cutoff.getTime() + 1), now)).toBe(false);
  });
});

describe("publication workflow", () => {
  it("submits drafts and returned offers, publishes anything unpublished, returns submitted or published ones", () => {
    expect(offerPublications.filter((publication) => canTakeStep("submit", publication))).toEqual([
      "DRAFT",
      "RETURNED",
    ]);
    expect(canTakeStep("publish", "PUBLISHED")).toBe(false);
    expect(canTakeStep("publish", "DRAFT")).toBe(true);
    expect(canTakeStep("return", "DRAFT")).toBe(false);
    expect(canTakeStep("return", "PUBLISHED")).toBe(true);
  });
  it("requires a review comment of 1–2000 characters after trimming", () => {
    expect(reviewCommentSchema.parse("  Bitte Öffnungszeiten ergänzen ")).toBe("Bitte Öffnungszeiten ergänzen");
    expect(reviewCommentSchema.safeParse("   ").error?.issues[0]?.message).toBe("say what should be changed");
    expect(reviewCommentSchema.safeParse("x".repeat(2001)).error?.issues[0]?.message).toBe("at most 2000 characters");
    expect(reviewCommentSchema.safeParse(` ${"x".repeat(2000)} `).success).toBe(true);
  });
});

describe("isOpenAt (Europe/Berlin)", () => {
  const zone = "Europe/Berlin";
  it("reads instants in local time, across the change to summer time", () => {
    // 2026-03-29 is the last Sunday of March: at 01:00 UTC the clocks jump from 02:00 to 03:00.
    expect(localTime(new Date("2026-03-29T00:30:00Z"), zone)).toEqual({
      date: "2026-03-29",
      weekday: 7,
      time: "01:30",
    });
    expect(localTime(new Date("2026-03-29T01:30:00Z"), zone)).toEqual({
      date: "2026-03-29",
      weekday: 7,
      time: "03:30",
    });
    const sundayMorning = [{ weekday: 7, opensAt: "03:00", closesAt: "04:00" }];
    expect(isOpenAt(sundayMorning, new Date("2026-03-29T01:30:00Z"), zone)).toBe(true); // 03:30 CEST
    expect(isOpenAt(sundayMorning, new Date("2026-03-29T00:30:00Z"), zone)).toBe(false); // 01:30 CET
    // The same wall-clock hour in winter is one hour later in UTC.
    expect(isOpenAt(sundayMorning, new Date("2026-03-22T02:30:00Z"), zone)).toBe(true); // 03:30 CET
    expect(isOpenAt(sundayMorning, new Date("2026-03-22T01:30:00Z"), zone)).toBe(false);
  });
  it("treats opensAt as inclusive, closesAt as exclusive and 24:00 as the end of the day", () => {
    const fridayEvening = [{ weekday: 5, opensAt: "18:00", closesAt: "24:00" }];
    expect(isOpenAt(fridayEvening, new Date("2026-03-27T17:00:00Z"), zone)).toBe(true); // Fri 18:00
    expect(isOpenAt(fridayEvening, new Date("2026-03-27T16:59:59Z"), zone)).toBe(false); // Fri 17:59
    expect(isOpenAt(fridayEvening, new Date("2026-03-27T22:59:59Z"), zone)).toBe(true); // Fri 23:59
    expect(isOpenAt(fridayEvening, new Date("2026-03-27T23:00:00Z"), zone)).toBe(false); // Sat 00:00
    const morning = [{ weekday: 2, opensAt: "09:00", closesAt: "12:00" }];
    expect(isOpenAt(morning, new Date("2026-06-02T09:59:59Z"), zone)).toBe(true); // Tue 11:59:59 CEST
    expect(isOpenAt(morning, new Date("2026-06-02T10:00:00Z"), zone)).toBe(false); // Tue 12:00
  });
  it("respects validFrom and validUntil (inclusive, local dates) and is closed without hours", () => {
    const summer = [
      { weekday: 3, opensAt: "10:00", closesAt: "14:00", validFrom: "2026-07-01", validUntil: "2026-07-31" },
    ];
    expect(isOpenAt(summer, new Date("2026-07-01T08:00:00Z"), zone)).toBe(true); // Wed 1 July 10:00
    expect(isOpenAt(summer, new Date("2026-07-29T11:00:00Z"), zone)).toBe(true); // Wed 29 July
    expect(isOpenAt(summer, new Date("2026-08-05T11:00:00Z"), zone)).toBe(false); // Wed 5 August
    expect(isOpenAt(summer, new Date("2026-06-24T11:00:00Z"), zone)).toBe(false); // Wed 24 June
    // Database dates arrive as Date at UTC midnight.
    const asDates = [
      {
        weekday: 3,
        opensAt: "10:00",
        closesAt: "14:00",
        validFrom: new Date("2026-07-01"),
        validUntil: new Date("2026-07-01"),
      },
    ];
    expect(isOpenAt(asDates, new Date("2026-07-01T08:00:00Z"), zone)).toBe(true);
    expect(isOpenAt([], new Date("2026-07-01T08:00:00Z"), zone)).toBe(false);
  });
});
