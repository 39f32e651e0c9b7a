// Offers as Open Referral HSDS 3.0 "service" objects, and back. What HSDS has no field for
// (categories, target groups, cost class, social passes, structured accessibility, capacity)
// travels as HSDS `attributes` with taxonomy terms of our own taxonomies (`hsdsTaxonomies`),
// so that an export followed by an import changes nothing. docs/OFFER-EXCHANGE.md describes
// the mapping.
import type { z } from "zod";
import { type OfferCost, type OfferInput, type OfferStatus, offerCosts, offerInputSchema } from "./offer.ts";

/** The HSDS version the mapping and the read API follow. */
export const hsdsVersion = "3.0.0";
/** The HSDS specification the documents follow (no profile of our own is published). */
export const hsdsProfile = "https://github.com/openreferral/specification/tree/3.0";

/** Our taxonomies for what HSDS has no field for; `code` of the term is the value's key. */
export const hsdsTaxonomies = {
  /** Term code and name = the category label, e.g. Schuldnerberatung. */
  category: "sozialatlas-category",
  /** Term code and name = the target group label, e.g. Familien. */
  targetGroup: "sozialatlas-target-group",
  /** Term code and name = the social pass, e.g. berlinpass. */
  socialPass: "sozialatlas-social-pass",
  /** Term code FREE, REDUCED or FEE. */
  cost: "sozialatlas-cost",
  /** Term codes stepFree, accessibleToilet, inductionLoop, easyLanguage (value "true"/"false"), note (value = text). */
  accessibility: "sozialatlas-accessibility",
  /** Term codes available, max; value = number of places. */
  capacity: "sozialatlas-capacity",
} as const;

/** An offer as it is exported: its id and its fields in the shape of the input. */
export interface ExchangeOffer extends OfferInput {
  id: string;
}

/** The organisation that runs the exported offers. */
export interface ExchangeOrganisation {
  id: string;
  name: string;
  description?: string | null;
}

/** A problem in an import file: line (CSV) or position of the service (HSDS), 1-based. */
export interface ExchangeProblem {
  line: number;
  /** Field or column, e.g. name or locations[0].latitude; null for the whole row. */
  field: string | null;
  message: string;
}

/** One valid offer of an import file: its id (null = new) and its validated input. */
export interface ImportedOffer {
  line: number;
  id: string | null;
  input: OfferInput;
}

export interface ExchangeParseResult {
  offers: ImportedOffer[];
  problems: ExchangeProblem[];
}

// ---------------------------------------------------------------------------------------
// Shared by the CSV and the HSDS mapping

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID (any version). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** A zod issue path as the contract names fields: ["locations", 0, "latitude"] → locations[0].latitude. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index > 0 ? "." : ""}${String(part)}`))
    .join("");
}

/**
 * Validates one row of an import with the API's rules (offerInputSchema); the organisation
 * is the one imported into, whatever the file says. Problems get `line` and, through
 * `fieldName`, the file's own name of the field.
 */
export function validateImportedOffer(
  line: number,
  id: string | null,
  raw: Record<string, unknown>,
  organisationId: string,
  fieldName: (path: ReadonlyArray<PropertyKey>) => string = fieldPath,
): { offer: ImportedOffer | null; problems: ExchangeProblem[] } {
  const problems: ExchangeProblem[] = [];
  if (id !== null && !isUuid(id))
    problems.push({ line, field: "id", message: "must be the id (UUID) of an offer, or empty for a new offer" });
  const parsed = offerInputSchema.safeParse({ ...raw, organisationId });
  if (!parsed.success) problems.push(...issuesToProblems(line, parsed.error.issues, fieldName));
  if (problems.length > 0 || !parsed.success) return { offer: null, problems };
  return { offer: { line, id: id?.toLowerCase() ?? null, input: parsed.data }, problems };
}

function issuesToProblems(
  line: number,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  fieldName: (path: ReadonlyArray<PropertyKey>) => string,
): ExchangeProblem[] {
  return issues.map((issue) => ({
    line,
    field: issue.path.length > 0 ? fieldName(issue.path) : null,
    message: issue.message,
  }));
}

/**
 * A stable UUID (version 8, RFC 9562 "custom") made from a text: nested HSDS objects that
 * have no id of their own (attributes, languages, phones) get the same id in every export.
 */
export function stableUuid(text: string): string {
  let hex = "";
  for (let seed = 0; seed < 4; seed += 1) {
    // FNV-1a, 32 bit, with a different offset basis per quarter.
    let hash = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hex += hash.toString(16).padStart(8, "0");
  }
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------
// HSDS documents (only the parts we write and read)

export const hsdsWeekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const statusToHsds: Record<OfferStatus, string> = {
  ACTIVE: "active",
  TEMPORARILY_CLOSED: "temporarily closed",
  ENDED: "defunct",
};
const statusFromHsds: Record<string, OfferStatus> = {
  active: "ACTIVE",
  "temporarily closed": "TEMPORARILY_CLOSED",
  inactive: "TEMPORARILY_CLOSED",
  defunct: "ENDED",
};

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description?: string;
  taxonomy: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: "service";
  taxonomy_term_id: string;
  value?: string;
  label?: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: "WEEKLY";
  wkst: "MO";
  interval: 1;
  byday: string;
  opens_at: string;
  closes_at: string;
  valid_from?: string;
  valid_to?: string;
  description?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: "DE";
  address_type: "physical";
}

export interface HsdsLocation {
  id: string;
  location_type: "physical";
  name?: string;
  latitude: number;
  longitude: number;
  addresses: HsdsAddress[];
  accessibility: Array<{ id: string; location_id: string; description: string }>;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location: HsdsLocation;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  fees_description?: string;
  languages: Array<{ id: string; code: string; name?: string }>;
  phones: Array<{ id: string; number: string }>;
  cost_options: Array<{
    id: string;
    service_id: string;
    option: string;
    currency: "EUR";
    amount?: number;
    amount_description?: string;
  }>;
  schedules: HsdsSchedule[];
  service_at_locations: HsdsServiceAtLocation[];
  attributes: HsdsAttribute[];
  organization: { id: string; name: string; description: string };
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(["de"], { type: "language" });
  } catch {
    return null;
  }
})();

function languageName(code: string): string | undefined {
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Leaves out undefined and null members, so documents carry only what is known. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined && member !== null)) as T;
}

/** An offer as an HSDS 3.0 service with its organisation, locations, schedules and attributes. */
export function toHsdsService(offer: ExchangeOffer, organisation: ExchangeOrganisation): HsdsService {
  const serviceId = offer.id;
  const attribute = (taxonomy: string, code: string, value?: string, name = code): HsdsAttribute => {
    const termId = stableUuid(`${taxonomy}/${code}`);
    return compact({
      id: stableUuid(`${serviceId}/attribute/${taxonomy}/${code}`),
      link_id: serviceId,
      link_type: taxonomy,
      link_entity: "service" as const,
      taxonomy_term_id: termId,
      value,
      label: name,
      taxonomy_term: { id: termId, code, name, taxonomy },
    });
  };
  const attributes: HsdsAttribute[] = [
    ...offer.categories.map((label) => attribute(hsdsTaxonomies.category, label)),
    ...offer.targetGroups.map((label) => attribute(hsdsTaxonomies.targetGroup, label)),
    ...offer.acceptedSocialPasses.map((label) => attribute(hsdsTaxonomies.socialPass, label)),
    attribute(hsdsTaxonomies.cost, offer.cost),
  ];
  for (const flag of accessibilityFlags) {
    const value = offer[flag];
    if (value !== null) attributes.push(attribute(hsdsTaxonomies.accessibility, flag, String(value)));
  }
  if (offer.accessibilityNote !== null) {
    attributes.push(attribute(hsdsTaxonomies.accessibility, "note", offer.accessibilityNote));
  }
  if (offer.capacityAvailable !== null) {
    attributes.push(attribute(hsdsTaxonomies.capacity, "available", String(offer.capacityAvailable)));
  }
  if (offer.capacityMax !== null) attributes.push(attribute(hsdsTaxonomies.capacity, "max", String(offer.capacityMax)));

  return compact({
    id: serviceId,
    organization_id: organisation.id,
    name: offer.name,
    description: offer.description,
    url: offer.url ?? undefined,
    email: offer.email ?? undefined,
    status: statusToHsds[offer.status],
    eligibility_description: offer.eligibility ?? undefined,
    minimum_age: offer.minAge ?? undefined,
    maximum_age: offer.maxAge ?? undefined,
    fees_description: offer.costDescription ?? undefined,
    languages: offer.languages.map((code) =>
      compact({ id: stableUuid(`${serviceId}/language/${code}`), code, name: languageName(code) }),
    ),
    phones: offer.phone === null ? [] : [{ id: stableUuid(`${serviceId}/phone`), number: offer.phone }],
    cost_options: [
      compact({
        id: stableUuid(`${serviceId}/cost`),
        service_id: serviceId,
        option: costOptionNames[offer.cost],
        currency: "EUR" as const,
        amount: offer.cost === "FREE" ? 0 : undefined,
        amount_description: offer.costDescription ?? undefined,
      }),
    ],
    schedules: offer.schedules.map((schedule, index) =>
      compact({
        id: stableUuid(`${serviceId}/schedule/${index}`),
        service_id: serviceId,
        freq: "WEEKLY" as const,
        wkst: "MO" as const,
        interval: 1 as const,
        byday: hsdsWeekdays[schedule.weekday - 1] ?? "MO",
        opens_at: schedule.opensAt,
        closes_at: schedule.closesAt,
        valid_from: schedule.validFrom ?? undefined,
        valid_to: schedule.validUntil ?? undefined,
        description: schedule.note ?? undefined,
      }),
    ),
    service_at_locations: offer.locations.map((location, index) => {
      const locationId = stableUuid(`${serviceId}/location/${index}`);
      const hasAddress = location.street !== null || location.postalCode !== null || location.city !== null;
      return {
        id: stableUuid(`${serviceId}/service_at_location/${index}`),
        service_id: serviceId,
        location: compact({
          id: locationId,
          location_type: "physical" as const,
          name: location.name ?? undefined,
          latitude: location.latitude,
          longitude: location.longitude,
          addresses: hasAddress
            ? [
                {
                  id: stableUuid(`${locationId}/address`),
                  location_id: locationId,
                  address_1: location.street ?? "",
                  city: location.city ?? "",
                  state_province: "",
                  postal_code: location.postalCode ?? "",
                  country: "DE" as const,
                  address_type: "physical" as const,
                },
              ]
            : [],
          accessibility:
            offer.accessibilityNote === null
              ? []
              : [
                  {
                    id: stableUuid(`${locationId}/accessibility`),
                    location_id: locationId,
                    description: offer.accessibilityNote,
                  },
                ],
        }),
      };
    }),
    attributes,
    // HSDS requires an organisation description; ours is optional.
    organization: { id: organisation.id, name: organisation.name, description: organisation.description ?? "" },
  });
}

const accessibilityFlags = ["stepFree", "accessibleToilet", "inductionLoop", "easyLanguage"] as const;

const costOptionNames: Record<OfferCost, string> = {
  FREE: "kostenlos",
  REDUCED: "ermäßigt",
  FEE: "kostenpflichtig",
};

/** An export file: the services as a JSON array (pretty-printed, so diffs stay readable). */
export function formatHsdsServices(offers: readonly ExchangeOffer[], organisation: ExchangeOrganisation): string {
  return `${JSON.stringify(
    offers.map((offer) => toHsdsService(offer, organisation)),
    null,
    2,
  )}\n`;
}

// ---------------------------------------------------------------------------------------
// Reading HSDS back

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A text member: trimmed, empty → null; anything else is passed on for the schema to judge. */
const text = (value: unknown): unknown => (typeof value === "string" ? value.trim() || null : value);

/** The HSDS name of an offer field, for problems: minAge → minimum_age, locations[0].street → …address_1. */
function hsdsField(path: ReadonlyArray<PropertyKey>, scheduleSource: readonly number[]): string {
  const [head, index, member] = path;
  const topLevel: Record<string, string> = {
    name: "name",
    description: "description",
    url: "url",
    email: "email",
    status: "status",
    eligibility: "eligibility_description",
    minAge: "minimum_age",
    maxAge: "maximum_age",
    costDescription: "fees_description",
    phone: "phones[0].number",
    cost: `attributes (${hsdsTaxonomies.cost})`,
    categories: `attributes (${hsdsTaxonomies.category})`,
    targetGroups: `attributes (${hsdsTaxonomies.targetGroup})`,
    acceptedSocialPasses: `attributes (${hsdsTaxonomies.socialPass})`,
    stepFree: `attributes (${hsdsTaxonomies.accessibility} stepFree)`,
    accessibleToilet: `attributes (${hsdsTaxonomies.accessibility} accessibleToilet)`,
    inductionLoop: `attributes (${hsdsTaxonomies.accessibility} inductionLoop)`,
    easyLanguage: `attributes (${hsdsTaxonomies.accessibility} easyLanguage)`,
    accessibilityNote: `attributes (${hsdsTaxonomies.accessibility} note)`,
    capacityAvailable: `attributes (${hsdsTaxonomies.capacity} available)`,
    capacityMax: `attributes (${hsdsTaxonomies.capacity} max)`,
  };
  if (head === "languages" && typeof index === "number") return `languages[${index}].code`;
  if (head === "locations" && typeof index === "number") {
    const locationMember: Record<string, string> = {
      name: "location.name",
      latitude: "location.latitude",
      longitude: "location.longitude",
      street: "location.addresses[0].address_1",
      postalCode: "location.addresses[0].postal_code",
      city: "location.addresses[0].city",
    };
    const inner = typeof member === "string" ? locationMember[member] : undefined;
    return `service_at_locations[${index}]${inner ? `.${inner}` : ""}`;
  }
  if (head === "schedules" && typeof index === "number") {
    const scheduleMember: Record<string, string> = {
      weekday: "byday",
      opensAt: "opens_at",
      closesAt: "closes_at",
      validFrom: "valid_from",
      validUntil: "valid_to",
      note: "description",
    };
    const inner = typeof member === "string" ? scheduleMember[member] : undefined;
    return `schedules[${scheduleSource[index] ?? index}]${inner ? `.${inner}` : ""}`;
  }
  return (typeof head === "string" ? topLevel[head] : undefined) ?? fieldPath(path);
}

/** "09:00", "09:00:00" → "09:00"; anything else is passed on for the schema to judge. */
function hsdsTime(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const match = /^(\d{2}:\d{2})(:00)?$/.exec(value.trim());
  return match ? match[1] : value.trim();
}

interface Reading {
  raw: Record<string, unknown>;
  problems: ExchangeProblem[];
  scheduleSource: number[];
}

function readAttributes(service: Json, line: number, reading: Reading): void {
  const { raw, problems } = reading;
  const lists: Record<string, string[]> = {};
  for (const [index, item] of arrayOf(service.attributes).entries()) {
    if (!isObject(item)) continue;
    const term = isObject(item.taxonomy_term) ? item.taxonomy_term : {};
    const taxonomy = typeof term.taxonomy === "string" ? term.taxonomy : undefined;
    const code = typeof term.code === "string" ? term.code.trim() : "";
    const value = typeof item.value === "string" ? item.value.trim() : undefined;
    const field = `attributes[${index}]`;
    switch (taxonomy) {
      case hsdsTaxonomies.category:
      case hsdsTaxonomies.targetGroup:
      case hsdsTaxonomies.socialPass:
        lists[taxonomy] = [...(lists[taxonomy] ?? []), code];
        break;
      case hsdsTaxonomies.cost:
        if ((offerCosts as readonly string[]).includes(code)) raw.cost = code;
        else problems.push({ line, field, message: `the cost term must be one of ${offerCosts.join(", ")}` });
        break;
      case hsdsTaxonomies.accessibility:
        if (code === "note") raw.accessibilityNote = value ?? null;
        else if ((accessibilityFlags as readonly string[]).includes(code)) {
          if (value === "true" || value === "false") raw[code] = value === "true";
          else problems.push({ line, field: `${field}.value`, message: "must be true or false" });
        } else problems.push({ line, field, message: `unknown accessibility term ${code}` });
        break;
      case hsdsTaxonomies.capacity:
        if (code === "available" || code === "max") {
          const number = value !== undefined && /^-?\d+$/.test(value) ? Number(value) : value;
          raw[code === "available" ? "capacityAvailable" : "capacityMax"] = number;
        } else problems.push({ line, field, message: `unknown capacity term ${code}` });
        break;
      default:
      // Terms of other taxonomies (e.g. Open Eligibility) have no place in our model.
    }
  }
  raw.categories = lists[hsdsTaxonomies.category] ?? [];
  raw.targetGroups = lists[hsdsTaxonomies.targetGroup] ?? [];
  raw.acceptedSocialPasses = lists[hsdsTaxonomies.socialPass] ?? [];
}

/** Without our cost term: free when every cost option costs 0, otherwise charged when fees are named. */
function costFromOptions(service: Json): OfferCost | undefined {
  const amounts = arrayOf(service.cost_options)
    .filter(isObject)
    .map((option) => option.amount);
  if (amounts.length > 0 && amounts.every((amount) => amount === 0)) return "FREE";
  if (amounts.some((amount) => typeof amount === "number" && amount > 0)) return "FEE";
  if (typeof service.fees_description === "string" && service.fees_description.trim()) return "FEE";
  return undefined;
}

function readSchedules(service: Json, line: number, reading: Reading): void {
  const schedules: Array<Record<string, unknown>> = [];
  for (const [index, item] of arrayOf(service.schedules).entries()) {
    const field = `schedules[${index}]`;
    if (!isObject(item)) {
      reading.problems.push({ line, field, message: "must be an object" });
      continue;
    }
    if (item.freq !== undefined && item.freq !== null && item.freq !== "WEEKLY") {
      reading.problems.push({
        line,
        field: `${field}.freq`,
        message: "only weekly opening hours (WEEKLY) can be imported",
      });
      continue;
    }
    if (typeof item.interval === "number" && item.interval !== 1) {
      reading.problems.push({
        line,
        field: `${field}.interval`,
        message: "only every week (interval 1) can be imported",
      });
      continue;
    }
    const days = typeof item.byday === "string" ? item.byday.split(",").map((day) => day.trim().toUpperCase()) : [];
    const weekdays = days.map((day) => (hsdsWeekdays as readonly string[]).indexOf(day) + 1);
    if (days.length === 0 || weekdays.some((weekday) => weekday === 0)) {
      reading.problems.push({
        line,
        field: `${field}.byday`,
        message: `must name weekdays, comma-separated, from ${hsdsWeekdays.join(", ")}`,
      });
      continue;
    }
    for (const weekday of weekdays) {
      schedules.push({
        weekday,
        opensAt: hsdsTime(item.opens_at),
        closesAt: hsdsTime(item.closes_at),
        validFrom: text(item.valid_from),
        validUntil: text(item.valid_to),
        note: text(item.description),
      });
      reading.scheduleSource.push(index);
    }
  }
  reading.raw.schedules = schedules;
}

function readLocations(service: Json, line: number, reading: Reading): void {
  const locations: Array<Record<string, unknown>> = [];
  let accessibilityNote: unknown;
  for (const [index, item] of arrayOf(service.service_at_locations).entries()) {
    const location = isObject(item) && isObject(item.location) ? item.location : null;
    if (!location) {
      reading.problems.push({
        line,
        field: `service_at_locations[${index}].location`,
        message: "must be a location object",
      });
      continue;
    }
    const address = arrayOf(location.addresses).filter(isObject)[0] ?? {};
    locations.push({
      name: text(location.name),
      street: text(address.address_1),
      postalCode: text(address.postal_code),
      city: text(address.city),
      latitude: location.latitude,
      longitude: location.longitude,
    });
    const accessibility = arrayOf(location.accessibility).filter(isObject)[0];
    if (accessibilityNote === undefined && accessibility) accessibilityNote = text(accessibility.description);
  }
  reading.raw.locations = locations;
  // Our own attribute wins; the location's accessibility description is the HSDS place for it.
  if (!("accessibilityNote" in reading.raw) && accessibilityNote !== undefined)
    reading.raw.accessibilityNote = accessibilityNote;
}

/** One HSDS service as offer input (before validation), with what could not be read. */
function readService(service: Json, line: number): Reading {
  const reading: Reading = { raw: {}, problems: [], scheduleSource: [] };
  const { raw, problems } = reading;
  raw.name = text(service.name);
  raw.description = text(service.description);
  raw.url = text(service.url);
  raw.email = text(service.email);
  raw.eligibility = text(service.eligibility_description);
  raw.minAge = service.minimum_age;
  raw.maxAge = service.maximum_age;
  raw.costDescription = text(service.fees_description);
  if (service.status !== undefined && service.status !== null) {
    const status = typeof service.status === "string" ? statusFromHsds[service.status.trim().toLowerCase()] : undefined;
    if (status) raw.status = status;
    else problems.push({ line, field: "status", message: `must be one of ${Object.keys(statusFromHsds).join(", ")}` });
  }
  raw.languages = arrayOf(service.languages).map((language) =>
    isObject(language) && typeof language.code === "string" ? language.code.trim().toLowerCase() : language,
  );
  const phones = arrayOf(service.phones).filter(isObject);
  raw.phone = text(phones[0]?.number);
  if (phones.length > 1) problems.push({ line, field: "phones", message: "at most one phone number per offer" });
  readAttributes(service, line, reading);
  if (raw.cost === undefined) raw.cost = costFromOptions(service);
  readSchedules(service, line, reading);
  readLocations(service, line, reading);
  return reading;
}

/**
 * Reads an HSDS JSON file: an array of services, or an HSDS API page ({ contents: [...] }).
 * Each service becomes an offer of `organisationId`, validated with the API's rules; `line`
 * is the service's position (1 = first). A service's `id` names the offer to update; a
 * service without id is new.
 */
export function parseHsdsServices(content: string, organisationId: string): ExchangeParseResult {
  let document: unknown;
  try {
    document = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    return { offers: [], problems: [{ line: 1, field: null, message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const services = Array.isArray(document) ? document : isObject(document) ? document.contents : undefined;
  if (!Array.isArray(services)) {
    return {
      offers: [],
      problems: [
        { line: 1, field: null, message: "must be a JSON array of HSDS services (or an object with contents: [...])" },
      ],
    };
  }
  const offers: ImportedOffer[] = [];
  const problems: ExchangeProblem[] = [];
  services.forEach((service, index) => {
    const line = index + 1;
    if (!isObject(service)) {
      problems.push({ line, field: null, message: "must be an HSDS service object" });
      return;
    }
    const id = typeof service.id === "string" && service.id.trim() !== "" ? service.id.trim() : null;
    const reading = readService(service, line);
    const result = validateImportedOffer(line, id, reading.raw, organisationId, (path) =>
      hsdsField(path, reading.scheduleSource),
    );
    problems.push(...reading.problems, ...result.problems);
    if (result.offer && reading.problems.length === 0) offers.push(result.offer);
  });
  return { offers, problems };
}
