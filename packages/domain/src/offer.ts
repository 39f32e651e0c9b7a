// Offers (services) of organisations, aligned with Open Referral HSDS 3: a service with its
// locations and weekly schedules.
import { z } from "zod";
import {
  checkDateOrder,
  optionalDate,
  optionalEmail,
  optionalList,
  optionalPhone,
  optionalText,
  optionalWebAddress,
  requiredId,
  requiredText,
} from "./organisation.ts";

export const offerCosts = ["FREE", "REDUCED", "FEE"] as const;
export type OfferCost = (typeof offerCosts)[number];

export const offerStatuses = ["ACTIVE", "TEMPORARILY_CLOSED", "ENDED"] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** The oldest age an offer can name; also the upper bound of the age filter. */
export const maxAge = 120;

const requiredMessage = (issue: { input: unknown }, otherwise: string) =>
  issue.input === undefined || issue.input === null ? "is required" : otherwise;

function requiredNumber(min: number, max: number) {
  return z
    .number({ error: (issue) => requiredMessage(issue, "must be a number") })
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
}

function optionalInteger(min: number, max: number | undefined, range: string) {
  const base = z.int({ error: "must be a whole number" }).min(min, range);
  return (max === undefined ? base : base.max(max, range)).nullish().transform((value) => value ?? null);
}

/** "HH:MM" on a 24-hour clock; "24:00" closes at midnight. Zero-padded, so strings compare as times. */
const timePattern = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const timeOfDay = z
  .string({ error: (issue) => requiredMessage(issue, "must be a time HH:MM") })
  .regex(timePattern, "must be a time HH:MM, e.g. 09:30");

/** A short label in a list (category, target group, social pass). */
const tag = z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(100, "at most 100 characters");

/** A place where an offer takes place (HSDS location). The area is found from the point. */
export const offerLocationInputSchema = z.object({
  name: optionalText(200),
  street: optionalText(200),
  postalCode: optionalText(10).pipe(
    z
      .string()
      .regex(/^\d{5}$/, "must be a German postal code of five digits")
      .nullable(),
  ),
  city: optionalText(100),
  latitude: requiredNumber(-90, 90),
  longitude: requiredNumber(-180, 180),
});
export type OfferLocationInput = z.infer<typeof offerLocationInputSchema>;

/** Opening hours on one weekday (HSDS schedule), optionally only for a period. */
export const offerScheduleInputSchema = z
  .object({
    weekday: z
      .int({ error: (issue) => requiredMessage(issue, "must be a whole number from 1 (Monday) to 7 (Sunday)") })
      .min(1, "must be from 1 (Monday) to 7 (Sunday)")
      .max(7, "must be from 1 (Monday) to 7 (Sunday)"),
    opensAt: timeOfDay,
    closesAt: timeOfDay,
    validFrom: optionalDate,
    validUntil: optionalDate,
    note: optionalText(500),
  })
  .superRefine((schedule, ctx) => {
    // Format problems do not stop the refinement; compare only well-formed times.
    const bothTimes = timePattern.test(schedule.opensAt) && timePattern.test(schedule.closesAt);
    if (bothTimes && schedule.opensAt >= schedule.closesAt) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: `must be later than opensAt (${schedule.opensAt})` });
    }
    checkDateOrder(ctx, schedule.validFrom, schedule.validUntil, ["validUntil"]);
  });
export type OfferScheduleInput = z.infer<typeof offerScheduleInputSchema>;

/** Structured accessibility: true / false, or null when not known. */
const accessibilityFlag = z
  .boolean({ error: "must be true, false or null (unknown)" })
  .nullish()
  .transform((value) => value ?? null);

/**
 * An offer as created or (full replacement) updated; locations and schedules are replaced as
 * lists. Rules across fields: minAge ≤ maxAge, capacityAvailable ≤ capacityMax, and an offer
 * that is not free says what it costs (costDescription).
 */
export const offerInputSchema = z
  .object({
    organisationId: requiredId("organisation"),
    name: requiredText(200),
    description: requiredText(10000),
    categories: optionalList(tag, 30),
    targetGroups: optionalList(tag, 30),
    minAge: optionalInteger(0, maxAge, `must be between 0 and ${maxAge}`),
    maxAge: optionalInteger(0, maxAge, `must be between 0 and ${maxAge}`),
    languages: optionalList(
      z
        .string({ error: "must be text" })
        .regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 language code in lower case, e.g. de, tr, ar"),
      50,
    ),
    eligibility: optionalText(2000),
    cost: z.enum(offerCosts, { error: (issue) => requiredMessage(issue, `must be one of ${offerCosts.join(", ")}`) }),
    costDescription: optionalText(1000),
    acceptedSocialPasses: optionalList(tag, 20),
    stepFree: accessibilityFlag,
    accessibleToilet: accessibilityFlag,
    inductionLoop: accessibilityFlag,
    easyLanguage: accessibilityFlag,
    accessibilityNote: optionalText(2000),
    capacityAvailable: optionalInteger(0, undefined, "must not be negative"),
    capacityMax: optionalInteger(0, undefined, "must not be negative"),
    status: z
      .enum(offerStatuses, { error: `must be one of ${offerStatuses.join(", ")}` })
      .nullish()
      .transform((value): OfferStatus => value ?? "ACTIVE"),
    url: optionalWebAddress,
    email: optionalEmail,
    phone: optionalPhone,
    locations: optionalList(offerLocationInputSchema, 50),
    schedules: optionalList(offerScheduleInputSchema, 100),
  })
  .superRefine((offer, ctx) => {
    if (offer.minAge !== null && offer.maxAge !== null && offer.minAge > offer.maxAge) {
      ctx.addIssue({ code: "custom", path: ["maxAge"], message: `must not be below minAge (${offer.minAge})` });
    }
    if (offer.capacityAvailable !== null && offer.capacityMax !== null && offer.capacityAvailable > offer.capacityMax) {
      ctx.addIssue({
        code: "custom",
        path: ["capacityAvailable"],
        message: `must not exceed capacityMax (${offer.capacityMax})`,
      });
    }
    if (offer.cost !== "FREE" && offer.costDescription === null) {
      ctx.addIssue({
        code: "custom",
        path: ["costDescription"],
        message: "say what the offer costs (e.g. “1 € per visit”) when it is not free",
      });
    }
  });
export type OfferInput = z.infer<typeof offerInputSchema>;

/** Whether a person of `age` years fits an offer's age range (an open bound fits everybody). */
export function fitsAge(offer: { minAge: number | null; maxAge: number | null }, age: number): boolean {
  return (offer.minAge === null || offer.minAge <= age) && (offer.maxAge === null || offer.maxAge >= age);
}

/** How long a verification holds: information older than this should be checked again. */
export const verificationValidMonths = 12;

/**
 * The latest verification instant that is due again at `now`: `verificationValidMonths`
 * calendar months (UTC) before `now`. Databases filter with `lastVerifiedAt <= cutoff`.
 */
export function verificationDueCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - verificationValidMonths);
  return cutoff;
}

/**
 * Whether an offer's information should be checked again: never verified, or last verified
 * `verificationValidMonths` calendar months before `now` or earlier.
 */
export function isVerificationDue(lastVerifiedAt: Date | null, now: Date): boolean {
  return lastVerifiedAt === null || lastVerifiedAt <= verificationDueCutoff(now);
}

// ---------------------------------------------------------------------------------------
// Publication workflow: DRAFT → SUBMITTED → PUBLISHED, or back to RETURNED with a comment.

export const offerPublications = ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"] as const;
export type OfferPublication = (typeof offerPublications)[number];

/** The states each workflow step starts from; any other state is a conflict. */
export const publicationSteps = {
  /** Provider (or planner) hands the offer in for review. */
  submit: ["DRAFT", "RETURNED"],
  /** Planner publishes: from any state that is not yet published. */
  publish: ["DRAFT", "SUBMITTED", "RETURNED"],
  /** Planner sends the offer back with a comment (a published one leaves the directory). */
  return: ["SUBMITTED", "PUBLISHED"],
} as const satisfies Record<string, readonly OfferPublication[]>;
export type PublicationStep = keyof typeof publicationSteps;

export function canTakeStep(step: PublicationStep, publication: OfferPublication): boolean {
  return (publicationSteps[step] as readonly OfferPublication[]).includes(publication);
}

/** A planner's comment when returning an offer: what to change, 1–2000 characters after trimming. */
export const reviewCommentSchema = z
  .string({ error: "is required" })
  .trim()
  .min(1, "say what should be changed")
  .max(2000, "at most 2000 characters");

// ---------------------------------------------------------------------------------------
// Opening hours

/** The time zone of opening hours (local time in Berlin). */
export const offerTimeZone = "Europe/Berlin";

/** An instant as a local calendar date, ISO weekday (1 = Monday) and "HH:MM" in a time zone. */
export interface LocalTime {
  date: string;
  weekday: number;
  time: string;
}

const isoWeekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const localFormats = new Map<string, Intl.DateTimeFormat>();

/** The local date, weekday and minute of `instant` in `timeZone` (IANA name, e.g. Europe/Berlin). */
export function localTime(instant: Date, timeZone: string): LocalTime {
  let format = localFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    localFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: isoWeekdays[parts.weekday ?? ""] ?? 0,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** A weekly opening span; dates as "YYYY-MM-DD" or as Date (a database date at UTC midnight). */
export interface OpeningSpan {
  weekday: number;
  opensAt: string;
  closesAt: string;
  validFrom?: string | Date | null;
  validUntil?: string | Date | null;
}

const dayOf = (value: string | Date | null | undefined) =>
  value == null ? null : typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * Whether the opening hours include `instant`, read in local time of `timeZone`: a span of
 * the same ISO weekday with opensAt ≤ time < closesAt ("24:00" is the end of the day) whose
 * validFrom/validUntil (inclusive) contain the local date. Times are whole minutes, so
 * comparing "HH:MM" strings is exact.
 */
export function isOpenAt(schedules: readonly OpeningSpan[], instant: Date, timeZone: string = offerTimeZone): boolean {
  const local = localTime(instant, timeZone);
  return schedules.some((span) => {
    const from = dayOf(span.validFrom);
    const until = dayOf(span.validUntil);
    return (
      span.weekday === local.weekday &&
      span.opensAt <= local.time &&
      local.time < span.closesAt &&
      (from === null || from <= local.date) &&
      (until === null || local.date <= until)
    );
  });
}
