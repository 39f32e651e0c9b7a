import type {
  OfferCost,
  OfferEditorFieldsFragment,
  OfferInput,
  OfferLocationInput,
  OfferScheduleInput,
  OfferStatus,
} from "../../../generated/graphql.ts";

/** An accessibility feature as the form asks for it: known yes, known no, or not known. */
export type TriState = "yes" | "no" | "unknown";

/** The structured accessibility fields of an offer, in the order the form shows them. */
export const accessibilityFields = ["stepFree", "accessibleToilet", "inductionLoop", "easyLanguage"] as const;
export type AccessibilityField = (typeof accessibilityFields)[number];

export const costs = ["FREE", "REDUCED", "FEE"] as const satisfies readonly OfferCost[];
export const statuses = ["ACTIVE", "TEMPORARILY_CLOSED", "ENDED"] as const satisfies readonly OfferStatus[];
/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** A location as typed: coordinates stay text until they are checked. */
export interface LocationValues {
  /** Stable React key of the row (locations have no id before they are saved). */
  key: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: string;
  longitude: string;
  /** The Planungsraum the API found for the saved point, shown as a hint. */
  areaName: string | null;
}

export interface ScheduleValues {
  key: string;
  weekday: string;
  opensAt: string;
  closesAt: string;
  validFrom: string;
  validUntil: string;
  note: string;
}

/** The editor's state: every input as text (or a choice), turned into an OfferInput on submit. */
export interface OfferFormValues {
  organisationId: string;
  name: string;
  description: string;
  /** Comma-separated lists, as typed. */
  categories: string;
  targetGroups: string;
  languages: string;
  acceptedSocialPasses: string;
  minAge: string;
  maxAge: string;
  eligibility: string;
  cost: OfferCost;
  costDescription: string;
  stepFree: TriState;
  accessibleToilet: TriState;
  inductionLoop: TriState;
  easyLanguage: TriState;
  accessibilityNote: string;
  capacityAvailable: string;
  capacityMax: string;
  status: OfferStatus;
  url: string;
  email: string;
  phone: string;
  locations: LocationValues[];
  schedules: ScheduleValues[];
}

let nextKey = 0;
/** A fresh key for a new location or schedule row. */
export const rowKey = () => `row-${++nextKey}`;

export function emptyLocation(): LocationValues {
  return { key: rowKey(), name: "", street: "", postalCode: "", city: "", latitude: "", longitude: "", areaName: null };
}

export function emptySchedule(): ScheduleValues {
  return { key: rowKey(), weekday: "1", opensAt: "", closesAt: "", validFrom: "", validUntil: "", note: "" };
}

/** A new offer: for the given organisation (a provider's only one), free, active, nothing else. */
export function emptyOffer(organisationId = ""): OfferFormValues {
  return {
    organisationId,
    name: "",
    description: "",
    categories: "",
    targetGroups: "",
    languages: "",
    acceptedSocialPasses: "",
    minAge: "",
    maxAge: "",
    eligibility: "",
    cost: "FREE",
    costDescription: "",
    stepFree: "unknown",
    accessibleToilet: "unknown",
    inductionLoop: "unknown",
    easyLanguage: "unknown",
    accessibilityNote: "",
    capacityAvailable: "",
    capacityMax: "",
    status: "ACTIVE",
    url: "",
    email: "",
    phone: "",
    locations: [],
    schedules: [],
  };
}

const text = (value: string | null | undefined) => value ?? "";
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));
const toTriState = (value: boolean | null): TriState => (value === null ? "unknown" : value ? "yes" : "no");
const fromTriState = (value: TriState): boolean | null => (value === "unknown" ? null : value === "yes");

/** The form's values for a stored offer. */
export function offerToValues(offer: OfferEditorFieldsFragment): OfferFormValues {
  return {
    organisationId: offer.organisation.id,
    name: offer.name,
    description: offer.description,
    categories: offer.categories.join(", "),
    targetGroups: offer.targetGroups.join(", "),
    languages: offer.languages.join(", "),
    acceptedSocialPasses: offer.acceptedSocialPasses.join(", "),
    minAge: numberText(offer.minAge),
    maxAge: numberText(offer.maxAge),
    eligibility: text(offer.eligibility),
    cost: offer.cost,
    costDescription: text(offer.costDescription),
    stepFree: toTriState(offer.stepFree),
    accessibleToilet: toTriState(offer.accessibleToilet),
    inductionLoop: toTriState(offer.inductionLoop),
    easyLanguage: toTriState(offer.easyLanguage),
    accessibilityNote: text(offer.accessibilityNote),
    capacityAvailable: numberText(offer.capacityAvailable),
    capacityMax: numberText(offer.capacityMax),
    status: offer.status,
    url: text(offer.url),
    email: text(offer.email),
    phone: text(offer.phone),
    locations: offer.locations.map((location) => ({
      key: rowKey(),
      name: text(location.name),
      street: text(location.street),
      postalCode: text(location.postalCode),
      city: text(location.city),
      latitude: String(location.latitude),
      longitude: String(location.longitude),
      areaName: location.area?.name ?? null,
    })),
    schedules: offer.schedules.map((schedule) => ({
      key: rowKey(),
      weekday: String(schedule.weekday),
      opensAt: schedule.opensAt,
      closesAt: schedule.closesAt,
      validFrom: text(schedule.validFrom),
      validUntil: text(schedule.validUntil),
      note: text(schedule.note),
    })),
  };
}

/** A comma-separated list as entered → its trimmed, non-empty entries. */
export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/**
 * Text → number for the API: empty is null; anything else goes through Number (also with a
 * German decimal comma), so "abc" becomes NaN and the schema says "must be a number".
 */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return Number(trimmed.replace(",", "."));
}

const optional = (value: string) => (value.trim() === "" ? null : value.trim());

/** The OfferInput the form's values stand for (not yet checked). */
export function valuesToInput(values: OfferFormValues): OfferInput {
  return {
    organisationId: optional(values.organisationId),
    name: values.name.trim(),
    description: values.description.trim(),
    categories: splitList(values.categories),
    targetGroups: splitList(values.targetGroups),
    languages: splitList(values.languages),
    acceptedSocialPasses: splitList(values.acceptedSocialPasses),
    minAge: parseNumber(values.minAge),
    maxAge: parseNumber(values.maxAge),
    eligibility: optional(values.eligibility),
    cost: values.cost,
    costDescription: optional(values.costDescription),
    stepFree: fromTriState(values.stepFree),
    accessibleToilet: fromTriState(values.accessibleToilet),
    inductionLoop: fromTriState(values.inductionLoop),
    easyLanguage: fromTriState(values.easyLanguage),
    accessibilityNote: optional(values.accessibilityNote),
    capacityAvailable: parseNumber(values.capacityAvailable),
    capacityMax: parseNumber(values.capacityMax),
    status: values.status,
    url: optional(values.url),
    email: optional(values.email),
    phone: optional(values.phone),
    locations: values.locations.map(
      (location): OfferLocationInput => ({
        name: optional(location.name),
        street: optional(location.street),
        postalCode: optional(location.postalCode),
        city: optional(location.city),
        latitude: parseNumber(location.latitude),
        longitude: parseNumber(location.longitude),
      }),
    ),
    schedules: values.schedules.map(
      (schedule): OfferScheduleInput => ({
        weekday: parseNumber(schedule.weekday),
        opensAt: optional(schedule.opensAt),
        closesAt: optional(schedule.closesAt),
        validFrom: optional(schedule.validFrom),
        validUntil: optional(schedule.validUntil),
        note: optional(schedule.note),
      }),
    ),
  };
}

/**
 * The form field a problem belongs to: list fields as a whole ("categories.2" → "categories"),
 * rows of locations and opening hours by row and field ("locations.0.latitude").
 */
export function fieldKey(path: readonly (string | number | symbol)[]): string {
  const [head, index, field] = path.map(String);
  if ((head === "locations" || head === "schedules") && index !== undefined) {
    return field === undefined ? `${head}.${index}` : `${head}.${index}.${field}`;
  }
  return head ?? "input";
}
