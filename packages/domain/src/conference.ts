import { z } from "zod";
import { duplicateIndexes, optionalDate, optionalText, requiredText } from "./programme.ts";

export const conferenceStatuses = ["PLANNED", "HELD", "DOCUMENTED"] as const;
export const findingKinds = ["NEED", "GAP", "STRENGTH"] as const;
export const recommendationStatuses = ["OPEN", "IN_PROGRESS", "IMPLEMENTED", "REJECTED"] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

export interface FindingCategory {
  key: string;
  /** German label for lists and charts. */
  label: string;
  description: string;
}

/**
 * Suggested keys for what a finding is about. The list is open: a conference may use another
 * key when none fits, as long as it is a key (see `findingCategoryKey`) and not free text,
 * so findings of different conferences and years can be counted per category. The wording
 * belongs in the finding's description.
 */
export const suggestedFindingCategories: readonly FindingCategory[] = [
  { key: "kinderbetreuung", label: "Kinderbetreuung", description: "Kita- und Hortplätze, Tagespflege" },
  { key: "bildung", label: "Bildung", description: "Schule, Sprachförderung, Weiterbildung" },
  { key: "jugend", label: "Jugend", description: "Jugendfreizeit, Jugendsozialarbeit" },
  { key: "familie", label: "Familie", description: "Familienberatung, Familienzentren, Alleinerziehende" },
  { key: "senioren", label: "Seniorinnen und Senioren", description: "Begegnung, Unterstützung im Alter" },
  { key: "gesundheit", label: "Gesundheit", description: "Ärztliche Versorgung, Prävention" },
  { key: "pflege", label: "Pflege", description: "Pflegeangebote und -beratung" },
  { key: "wohnen", label: "Wohnen", description: "Wohnraum, Wohnumfeld, Wohnungslosigkeit" },
  { key: "oepnv", label: "Mobilität und ÖPNV", description: "Bus- und Bahnanbindung, Barrierefreiheit" },
  { key: "nahversorgung", label: "Nahversorgung", description: "Einkaufen, Post, Bank in Fußnähe" },
  { key: "ehrenamt", label: "Ehrenamt", description: "Freiwilliges Engagement und seine Vernetzung" },
  { key: "nachbarschaft", label: "Nachbarschaft", description: "Begegnungsorte, Zusammenleben" },
  { key: "koordination", label: "Koordination", description: "Abstimmung und Transparenz der Angebote" },
  { key: "beschaeftigung", label: "Beschäftigung", description: "Arbeit, Ausbildung, Qualifizierung" },
  { key: "armut", label: "Armut", description: "Existenzsicherung, Schulden, Teilhabe" },
  { key: "integration", label: "Integration", description: "Ankommen, Sprache, interkulturelle Öffnung" },
  { key: "beratung", label: "Beratung", description: "Sozialberatung, Lotsen, Erreichbarkeit" },
  { key: "oeffentlicher-raum", label: "Öffentlicher Raum", description: "Plätze, Grünflächen, Sicherheit" },
];

export function isSuggestedFindingCategory(key: string): boolean {
  return suggestedFindingCategories.some((category) => category.key === key);
}

/**
 * A category key: lower-case letters a–z, digits and single hyphens ("kinderbetreuung",
 * "oeffentlicher-raum"). Input is trimmed and lower-cased, so "Kinderbetreuung" is accepted.
 */
export const findingCategoryKey = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "choose a category")
  .max(50, "must be at most 50 characters")
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "must be a category key such as kinderbetreuung or oepnv (a–z, digits and hyphens; write ä as ae), " +
      "not free text: the wording belongs in the description",
  );

const index = (what: string) =>
  z
    .number()
    .int(`must be the position of a ${what} in this input (0, 1, 2, …)`)
    .min(0, `must be the position of a ${what} in this input (0, 1, 2, …)`)
    .nullish()
    .transform((value) => value ?? null);

export const workingGroupInputSchema = z.object({
  name: requiredText(200),
  topic: optionalText(1000),
});

export const findingInputSchema = z.object({
  kind: z.enum(findingKinds),
  category: findingCategoryKey,
  description: requiredText(5000),
  /** Official code of the area the finding is about, if narrower than the conference's. */
  areaCode: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null)),
  /** Position of the working group in `workingGroups` of the same input. */
  workingGroupIndex: index("working group"),
});

export const recommendationInputSchema = z.object({
  text: requiredText(5000),
  status: z
    .enum(recommendationStatuses)
    .nullish()
    .transform((value) => value ?? "OPEN"),
  /** Position of the finding in `findings` of the same input. */
  findingIndex: index("finding"),
  /** Goals (measures) of a measure catalogue that this recommendation led to. */
  goalIds: z
    .array(z.string().trim().min(1, "must not be empty"))
    .nullish()
    .transform((value) => value ?? []),
});

const list = <Item extends z.ZodType>(item: Item) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);

/**
 * A conference as entered in the form or sent to `createConference`/`updateConference`.
 * Working groups, findings and recommendations are replaced as a whole on update, so they
 * refer to each other by position within the same input: a finding names its working group
 * by `workingGroupIndex`, a recommendation its finding by `findingIndex` (0-based).
 */
export const conferenceInputSchema = z
  .object({
    title: requiredText(300),
    date: z.iso.date("must be a calendar date YYYY-MM-DD"),
    location: optionalText(300),
    summary: optionalText(10_000),
    status: z
      .enum(conferenceStatuses)
      .nullish()
      .transform((value) => value ?? "PLANNED"),
    reportStichtag: optionalDate,
    areaCodes: list(z.string().trim().min(1, "must not be empty")),
    participantOrganisationIds: list(z.string().trim().min(1, "must not be empty")),
    workingGroups: list(workingGroupInputSchema),
    findings: list(findingInputSchema),
    recommendations: list(recommendationInputSchema),
  })
  .superRefine((conference, ctx) => {
    const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: "custom", path, message });
    for (const i of duplicateIndexes(conference.areaCodes)) {
      issue(["areaCodes", i], `area ${conference.areaCodes[i]} is listed twice`);
    }
    for (const i of duplicateIndexes(conference.participantOrganisationIds)) {
      issue(["participantOrganisationIds", i], "this organisation is already listed as a participant");
    }
    for (const i of duplicateIndexes(conference.workingGroups.map((group) => group.name.toLocaleLowerCase("de")))) {
      issue(["workingGroups", i, "name"], `there is already a working group "${conference.workingGroups[i]?.name}"`);
    }
    const groups = conference.workingGroups.length;
    conference.findings.forEach((finding, i) => {
      if (finding.workingGroupIndex !== null && finding.workingGroupIndex >= groups) {
        issue(["findings", i, "workingGroupIndex"], outOfRange("working group", finding.workingGroupIndex, groups));
      }
    });
    const findings = conference.findings.length;
    conference.recommendations.forEach((recommendation, i) => {
      if (recommendation.findingIndex !== null && recommendation.findingIndex >= findings) {
        issue(["recommendations", i, "findingIndex"], outOfRange("finding", recommendation.findingIndex, findings));
      }
      for (const j of duplicateIndexes(recommendation.goalIds)) {
        issue(["recommendations", i, "goalIds", j], "this goal is already linked");
      }
    });
  });
export type ConferenceInput = z.infer<typeof conferenceInputSchema>;

function outOfRange(what: string, index: number, count: number): string {
  if (count === 0) return `there is no ${what} ${index}: this input has none`;
  return `there is no ${what} ${index}: this input has ${count} (0–${count - 1})`;
}
