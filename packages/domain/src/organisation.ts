import { z } from "zod";

/** The kinds of partner organisations in social planning. */
export const organisationTypes = [
  "JOBCENTER",
  "FREIER_TRAEGER",
  "VERBAND",
  "KAMMER",
  "HOCHSCHULE",
  "KRANKENKASSE",
  "JUGENDAMT",
  "WOHNUNGSGESELLSCHAFT",
  "GLAUBENSGEMEINSCHAFT",
  "SELBSTHILFEGRUPPE",
  "INITIATIVE",
  "VERWALTUNG",
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

// ---------------------------------------------------------------------------------------
// Field schemas shared by the input schemas of organisations, cooperation agreements and
// offers. Optional text arrives from forms as "" and from GraphQL as null or missing: all of
// them mean "not given" and are stored as null.

const requiredMessage = (issue: { input: unknown }, otherwise: string) =>
  issue.input === undefined || issue.input === null ? "is required" : otherwise;

/** Text that must be given: trimmed, not empty, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: (issue) => requiredMessage(issue, "must be text") })
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`);
}

/** Optional text: trimmed; empty becomes null. */
export function optionalText(max: number) {
  return z
    .string({ error: "must be text" })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);
}

/** Optional e-mail address such as name@example.org. */
export const optionalEmail = optionalText(254).pipe(
  z.email("must be an e-mail address such as name@example.org").nullable(),
);

/** Optional web address; only http(s) with a real host name, so links in the app work. */
export const optionalWebAddress = optionalText(2000).pipe(
  z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: "must be a web address starting with https:// (e.g. https://www.example.org)",
    })
    .nullable(),
);

/** Optional phone number: digits, spaces and + ( ) / - only, e.g. "030 23125 100". */
export const optionalPhone = optionalText(40).pipe(
  z
    .string()
    .regex(/^\+?[0-9][0-9 ()/-]{2,}$/, "must be a phone number (digits, spaces and + ( ) / - only)")
    .nullable(),
);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id of another entity. A malformed id cannot exist, so it gets the same message as an
 * unknown one (the service checks existence).
 */
export function requiredId(entity: string) {
  return z
    .string({ error: (issue) => requiredMessage(issue, `must be the id of a ${entity}`) })
    .regex(uuidPattern, `no ${entity} with this id`)
    .transform((id) => id.toLowerCase());
}

export function optionalId(entity: string) {
  return requiredId(entity)
    .nullish()
    .transform((value) => value ?? null);
}

/** Whether "YYYY-MM-DD" names a real calendar day (not 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Optional calendar date "YYYY-MM-DD" (ISO dates compare correctly as strings). */
export const optionalDate = z
  .string({ error: "must be a date YYYY-MM-DD" })
  .refine(isCalendarDate, "must be a date YYYY-MM-DD")
  .nullish()
  .transform((value) => value ?? null);

/** An optional list that is stored as an empty list when not given. */
export function optionalList<Item extends z.ZodType>(item: Item, max: number) {
  return z
    .array(item, { error: "must be a list" })
    .max(max, `at most ${max} entries`)
    .nullish()
    .transform((value): z.output<Item>[] => value ?? []);
}

/**
 * Adds "must not be before …" to `until` when both dates are well-formed and out of order
 * (format problems do not stop refinements, so malformed dates are skipped here).
 */
export function checkDateOrder(
  ctx: z.RefinementCtx,
  from: string | null,
  until: string | null,
  path: Array<string | number>,
  fromName = "validFrom",
): void {
  if (from !== null && until !== null && isCalendarDate(from) && isCalendarDate(until) && from > until) {
    ctx.addIssue({ code: "custom", path, message: `must not be before ${fromName} (${from})` });
  }
}

// ---------------------------------------------------------------------------------------
// Organisations

/** A contact person of an organisation. */
export const organisationContactInputSchema = z.object({
  name: requiredText(200),
  role: optionalText(200),
  email: optionalEmail,
  phone: optionalPhone,
});
export type OrganisationContactInput = z.infer<typeof organisationContactInputSchema>;

/** An organisation as created or (full replacement) updated; contacts are replaced as a list. */
export const organisationInputSchema = z.object({
  name: requiredText(200),
  type: z.enum(organisationTypes, {
    error: (issue) => requiredMessage(issue, `must be one of ${organisationTypes.join(", ")}`),
  }),
  description: optionalText(5000),
  /** The umbrella organisation, e.g. the Verband of a Kreisverband. */
  parentId: optionalId("organisation"),
  website: optionalWebAddress,
  email: optionalEmail,
  phone: optionalPhone,
  address: optionalText(500),
  contacts: optionalList(organisationContactInputSchema, 50),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

/**
 * Why `parentId` cannot become the parent of organisation `id`, or null when it can.
 * `parentAncestry` is the proposed parent followed by its ancestors (nearest first); an
 * organisation must not sit below itself, or the hierarchy would become a cycle.
 * `id` is null for an organisation that does not exist yet (it has no descendants).
 */
export function parentProblem(id: string | null, parentId: string, parentAncestry: readonly string[]): string | null {
  if (id !== null && parentId === id) return "an organisation cannot be its own parent";
  if (id !== null && parentAncestry.includes(id)) {
    return "is one of this organisation's own sub-organisations (the hierarchy would become a cycle)";
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Cooperation agreements

/** An organisation taking part in a cooperation agreement, with its role. */
export const cooperationPartnerInputSchema = z.object({
  organisationId: requiredId("organisation"),
  /** e.g. "Federführung", "Partner". */
  role: optionalText(200),
});

/** A project carried out under a cooperation agreement, optionally funded by a programme. */
export const cooperationProjectInputSchema = z.object({
  name: requiredText(300),
  description: optionalText(5000),
  programmeId: optionalId("programme"),
});

/** A cooperation agreement between at least two different organisations. */
export const cooperationAgreementInputSchema = z
  .object({
    title: requiredText(300),
    description: optionalText(10000),
    signedOn: optionalDate,
    validFrom: optionalDate,
    validUntil: optionalDate,
    partners: z
      .array(cooperationPartnerInputSchema, {
        error: (issue) => requiredMessage(issue, "must be a list"),
      })
      .min(2, "an agreement needs at least two partner organisations")
      .max(100, "at most 100 entries"),
    projects: optionalList(cooperationProjectInputSchema, 100),
  })
  .superRefine((agreement, ctx) => {
    checkDateOrder(ctx, agreement.validFrom, agreement.validUntil, ["validUntil"]);
    const seen = new Set<string>();
    agreement.partners.forEach((partner, index) => {
      const id = partner.organisationId.toLowerCase();
      if (seen.has(id)) {
        ctx.addIssue({
          code: "custom",
          path: ["partners", index, "organisationId"],
          message: "this organisation is already a partner of the agreement",
        });
      }
      seen.add(id);
    });
  });
export type CooperationAgreementInput = z.infer<typeof cooperationAgreementInputSchema>;
