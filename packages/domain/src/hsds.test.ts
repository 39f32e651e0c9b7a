import { describe, expect, it } from "vitest";
import {
  type ExchangeOffer,
  formatHsdsServices,
  hsdsTaxonomies,
  isUuid,
  parseHsdsServices,
  stableUuid,
  toHsdsService,
} from "./hsds.ts";
import { offerInputSchema } from "./offer.ts";

const organisationId = "5f0c2a57-6f0e-4a8e-9d4c-0a6a3e0f7c11";
const organisation = { id: organisationId, name: "Diakonie Nord" };

function fullOffer(): ExchangeOffer {
  const input = offerInputSchema.parse({
    organisationId,
    name: "Schuldnerberatung",
    description: "Beratung bei Schulden, Pfändung und Privatinsolvenz",
    categories: ["Schuldnerberatung", "Sozialberatung"],
    targetGroups: ["Familien"],
    minAge: 18,
    maxAge: 99,
    languages: ["de", "tr"],
    eligibility: "Wohnsitz im Bezirk",
    cost: "REDUCED",
    costDescription: "1 € pro Termin",
    acceptedSocialPasses: ["berlinpass"],
    stepFree: true,
    accessibleToilet: false,
    inductionLoop: null,
    easyLanguage: true,
    accessibilityNote: "Rampe am Hintereingang",
    capacityAvailable: 0,
    capacityMax: 20,
    status: "ENDED",
    url: "https://www.example.org/schulden",
    email: "schulden@example.org",
    phone: "030 23125 100",
    locations: [
      {
        name: "Stadtteilzentrum",
        street: "Beispielweg 1",
        postalCode: "12043",
        city: "Berlin",
        latitude: 52.48,
        longitude: 13.43,
      },
      { latitude: 52.3, longitude: 12.5 },
    ],
    schedules: [
      { weekday: 2, opensAt: "09:00", closesAt: "12:00", note: "nur mit Termin" },
      { weekday: 5, opensAt: "14:00", closesAt: "24:00", validFrom: "2026-01-01", validUntil: "2026-06-30" },
    ],
  });
  return { ...input, id: "3d4c6a0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f" };
}

describe("HSDS 3.0 services", () => {
  it("maps an offer to an HSDS service with locations, schedules and attributes", () => {
    const service = toHsdsService(fullOffer(), organisation);
    expect(service).toMatchObject({
      id: "3d4c6a0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f",
      organization_id: organisationId,
      organization: { ...organisation, description: "" },
      status: "defunct",
      eligibility_description: "Wohnsitz im Bezirk",
      minimum_age: 18,
      maximum_age: 99,
      fees_description: "1 € pro Termin",
      languages: [{ code: "de", name: "Deutsch" }, { code: "tr" }],
      phones: [{ number: "030 23125 100" }],
      cost_options: [{ option: "ermäßigt", currency: "EUR", amount_description: "1 € pro Termin" }],
      schedules: [
        { freq: "WEEKLY", byday: "TU", opens_at: "09:00", closes_at: "12:00", description: "nur mit Termin" },
        {
          freq: "WEEKLY",
          byday: "FR",
          opens_at: "14:00",
          closes_at: "24:00",
          valid_from: "2026-01-01",
          valid_to: "2026-06-30",
        },
      ],
      service_at_locations: [
        {
          location: {
            name: "Stadtteilzentrum",
            latitude: 52.48,
            longitude: 13.43,
            addresses: [
              {
                address_1: "Beispielweg 1",
                postal_code: "12043",
                city: "Berlin",
                country: "DE",
                address_type: "physical",
              },
            ],
            accessibility: [{ description: "Rampe am Hintereingang" }],
          },
        },
        { location: { latitude: 52.3, longitude: 12.5, addresses: [] } },
      ],
    });
    const terms = service.attributes.map((attribute) => [
      attribute.taxonomy_term.taxonomy,
      attribute.taxonomy_term.code,
      attribute.value,
    ]);
    expect(terms).toEqual([
      [hsdsTaxonomies.category, "Schuldnerberatung", undefined],
      [hsdsTaxonomies.category, "Sozialberatung", undefined],
      [hsdsTaxonomies.targetGroup, "Familien", undefined],
      [hsdsTaxonomies.socialPass, "berlinpass", undefined],
      [hsdsTaxonomies.cost, "REDUCED", undefined],
      [hsdsTaxonomies.accessibility, "stepFree", "true"],
      [hsdsTaxonomies.accessibility, "accessibleToilet", "false"],
      [hsdsTaxonomies.accessibility, "easyLanguage", "true"],
      [hsdsTaxonomies.accessibility, "note", "Rampe am Hintereingang"],
      [hsdsTaxonomies.capacity, "available", "0"],
      [hsdsTaxonomies.capacity, "max", "20"],
    ]);
    // Every nested object has a UUID, the same in every export.
    const ids = JSON.stringify(service).match(/"id":"[^"]*"/g) ?? [];
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(isUuid(id.slice(6, -1))).toBe(true);
    expect(toHsdsService(fullOffer(), organisation)).toEqual(service);
  });

  it("round-trips: export → parse gives the same input and id", () => {
    const minimal = {
      ...offerInputSchema.parse({ organisationId, name: "Tafel", description: "Essen", cost: "FREE" }),
      id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    };
    const offers = [fullOffer(), minimal];
    const { offers: parsed, problems } = parseHsdsServices(formatHsdsServices(offers, organisation), organisationId);
    expect(problems).toEqual([]);
    expect(parsed.map(({ id, input }) => ({ ...input, id }))).toEqual(offers);
    expect(parsed.map((offer) => offer.line)).toEqual([1, 2]);
  });

  it("reads services of other HSDS publishers: several weekdays per schedule, times with seconds, cost options", () => {
    const document = {
      total_items: 1,
      contents: [
        {
          id: "",
          name: "Youth club",
          description: "Open evenings",
          status: "inactive",
          cost_options: [{ id: "c", amount: 0, currency: "EUR" }],
          languages: [{ id: "l", code: "EN" }],
          schedules: [{ id: "s", freq: "WEEKLY", byday: "MO,WE", opens_at: "17:00:00", closes_at: "21:00:00" }],
          service_at_locations: [
            {
              id: "sal",
              location: { id: "loc", latitude: 52.5, longitude: 13.4, accessibility: [{ description: "Lift" }] },
            },
          ],
          attributes: [{ id: "a", taxonomy_term: { id: "t", taxonomy: "open-eligibility", code: "youth" } }],
        },
      ],
    };
    const { offers, problems } = parseHsdsServices(JSON.stringify(document), organisationId);
    expect(problems).toEqual([]);
    expect(offers[0]).toMatchObject({
      line: 1,
      id: null,
      input: {
        status: "TEMPORARILY_CLOSED",
        cost: "FREE",
        languages: ["en"],
        accessibilityNote: "Lift",
        categories: [],
        schedules: [
          { weekday: 1, opensAt: "17:00", closesAt: "21:00" },
          { weekday: 3, opensAt: "17:00", closesAt: "21:00" },
        ],
      },
    });
  });

  it("reports problems with the service's position and the HSDS field", () => {
    const services = [
      { id: "x1", name: "", description: "D", minimum_age: 200, attributes: [] },
      {
        name: "N",
        description: "D",
        status: "paused",
        schedules: [
          { freq: "MONTHLY", byday: "1MO", opens_at: "09:00", closes_at: "10:00" },
          { byday: "MO,XX", opens_at: "09:00", closes_at: "10:00" },
          { byday: "TU", opens_at: "12:00", closes_at: "11:00" },
        ],
        service_at_locations: [{ location: { name: "Ort", latitude: "north", longitude: 13 } }],
        attributes: [{ taxonomy_term: { taxonomy: hsdsTaxonomies.cost, code: "CHEAP" } }],
      },
      "not a service",
    ];
    const { offers, problems } = parseHsdsServices(JSON.stringify(services), organisationId);
    expect(offers).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { line: 1, field: "id", message: expect.stringContaining("UUID") },
        { line: 1, field: "name", message: "is required" },
        { line: 1, field: "minimum_age", message: "must be between 0 and 120" },
        { line: 1, field: `attributes (${hsdsTaxonomies.cost})`, message: "is required" },
        { line: 2, field: "status", message: expect.stringContaining("must be one of active") },
        { line: 2, field: "schedules[0].freq", message: "only weekly opening hours (WEEKLY) can be imported" },
        { line: 2, field: "schedules[1].byday", message: expect.stringContaining("weekdays") },
        { line: 2, field: "schedules[2].closes_at", message: "must be later than opensAt (12:00)" },
        { line: 2, field: "service_at_locations[0].location.latitude", message: "must be a number" },
        { line: 2, field: "attributes[0]", message: "the cost term must be one of FREE, REDUCED, FEE" },
        { line: 3, field: null, message: "must be an HSDS service object" },
      ]),
    );
  });

  it("refuses files that are not JSON or not a list of services", () => {
    expect(parseHsdsServices("{", organisationId).problems[0]).toMatchObject({ line: 1, field: null });
    expect(parseHsdsServices('{"services": []}', organisationId).problems[0]?.message).toContain("JSON array");
  });

  it("makes stable, well-formed UUIDs", () => {
    expect(stableUuid("a")).toBe(stableUuid("a"));
    expect(stableUuid("a")).not.toBe(stableUuid("b"));
    expect(stableUuid("a")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
