import { describe, expect, it } from "vitest";
import type { ExchangeOffer } from "./hsds.ts";
import { type OfferInput, offerInputSchema } from "./offer.ts";
import { formatListCell, formatOfferCsv, offerExchangeFileName, parseListCell, parseOfferCsv } from "./offer-csv.ts";

const organisationId = "5f0c2a57-6f0e-4a8e-9d4c-0a6a3e0f7c11";
const otherOrganisationId = "0b8f8a0e-2f44-4a5f-9c55-3f5a7d4c9e22";

/** A fully filled offer, with separators, quotes and line breaks in its texts. */
function fullOffer(): ExchangeOffer {
  const input: OfferInput = offerInputSchema.parse({
    organisationId,
    name: 'Schuldnerberatung "Neustart", Mitte',
    description: "Beratung bei Schulden;\nPfändung | Privatinsolvenz \\ Mahnungen",
    categories: ["Schuldnerberatung", "Sozial;beratung"],
    targetGroups: ["Familien", "Erwerbslose|Bürgergeld"],
    minAge: 18,
    maxAge: 99,
    languages: ["de", "tr", "ar"],
    eligibility: "Wohnsitz im Bezirk",
    cost: "REDUCED",
    costDescription: "1 € pro Termin, mit berlinpass frei",
    acceptedSocialPasses: ["berlinpass"],
    stepFree: true,
    accessibleToilet: false,
    inductionLoop: null,
    easyLanguage: true,
    accessibilityNote: "Rampe am Hintereingang",
    capacityAvailable: 4,
    capacityMax: 20,
    status: "TEMPORARILY_CLOSED",
    url: "https://www.example.org/schulden",
    email: "schulden@example.org",
    phone: "030 23125 100",
    locations: [
      {
        name: "Stadtteilzentrum | Haus A",
        street: "Beispielweg 1",
        postalCode: "12043",
        city: "Berlin",
        latitude: 52.48123456,
        longitude: 13.4354321,
      },
      { name: null, street: null, postalCode: null, city: null, latitude: 52.3, longitude: 12.5 },
    ],
    schedules: [
      { weekday: 2, opensAt: "09:00", closesAt: "12:00", note: "nur mit Termin; bitte anrufen" },
      { weekday: 7, opensAt: "14:00", closesAt: "24:00", validFrom: "2026-01-01", validUntil: "2026-06-30" },
    ],
  });
  return { ...input, id: "3d4c6a0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f" };
}

function minimalOffer(): ExchangeOffer {
  const input = offerInputSchema.parse({ organisationId, name: "Tafel", description: "Lebensmittel", cost: "FREE" });
  return { ...input, id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" };
}

describe("offer CSV", () => {
  it("round-trips every field: export → parse gives the same input and id", () => {
    const offers = [fullOffer(), minimalOffer()];
    const { offers: parsed, problems } = parseOfferCsv(formatOfferCsv(offers), organisationId);
    expect(problems).toEqual([]);
    expect(parsed.map(({ id, input }) => ({ ...input, id }))).toEqual(offers);
    // The header is line 1; the first offer's description spans two lines.
    expect(parsed.map((offer) => offer.line)).toEqual([2, 4]);
  });

  it("forces the organisation imported into, whatever organisation the offers came from", () => {
    const { offers } = parseOfferCsv(formatOfferCsv([minimalOffer()]), otherOrganisationId);
    expect(offers[0]?.input.organisationId).toBe(otherOrganisationId);
  });

  it("reads a hand-written semicolon-separated file with only some columns as new offers", () => {
    const csv = [
      "name;description;cost;languages;locations;schedules;stepFree",
      'Sprachcafé;Deutsch üben;free;"DE; tr";"Bibliothek|Hauptstr. 5|10827|Berlin|52,48|13,35";"MO|10:00|12:00 ; 3|16:00|18:00|||Ferien geschlossen";ja',
    ].join("\r\n");
    const { offers, problems } = parseOfferCsv(csv, organisationId);
    expect(problems).toEqual([]);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({
      line: 2,
      id: null,
      input: {
        name: "Sprachcafé",
        cost: "FREE",
        status: "ACTIVE",
        languages: ["de", "tr"],
        stepFree: true,
        locations: [
          {
            name: "Bibliothek",
            street: "Hauptstr. 5",
            postalCode: "10827",
            city: "Berlin",
            latitude: 52.48,
            longitude: 13.35,
          },
        ],
        schedules: [
          { weekday: 1, opensAt: "10:00", closesAt: "12:00", note: null },
          { weekday: 3, opensAt: "16:00", closesAt: "18:00", note: "Ferien geschlossen" },
        ],
      },
    });
  });

  it("reports bad rows with their line and column, using the API's rules", () => {
    const csv = [
      "id,name,description,cost,minAge,maxAge,stepFree,locations,schedules",
      "not-an-id,Beratung,Text,FREE,,,,,",
      ",,Text,SOMETIMES,,,vielleicht,,",
      ",Kurs,Text,FEE,30,20,,Ort|Weg 1|123|Berlin|95|13.4,MO|18:00|09:00",
      ",Treff,Text,FREE,,,,Ort|Weg 1,XX|09:00|10:00",
      ",Gut,Text,FREE,,,,,",
    ].join("\n");
    const { offers, problems } = parseOfferCsv(csv, organisationId);
    expect(offers.map((offer) => offer.line)).toEqual([6]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { line: 2, field: "id", message: "must be the id (UUID) of an offer, or empty for a new offer" },
        { line: 3, field: "name", message: "is required" },
        { line: 3, field: "cost", message: "must be one of FREE, REDUCED, FEE" },
        { line: 4, field: "maxAge", message: "must not be below minAge (30)" },
        { line: 3, field: "stepFree", message: "must be true or false (or empty when not known)" },
        { line: 4, field: "costDescription", message: expect.stringContaining("when it is not free") },
        { line: 4, field: "locations[0].postalCode", message: "must be a German postal code of five digits" },
        { line: 4, field: "locations[0].latitude", message: "must be between -90 and 90" },
        { line: 4, field: "schedules[0].closesAt", message: "must be later than opensAt (18:00)" },
        {
          line: 5,
          field: "locations[0]",
          message: "must have 6 parts name|street|postalCode|city|latitude|longitude, found 2",
        },
        { line: 5, field: "schedules[0].weekday", message: expect.stringContaining("whole number") },
      ]),
    );
    // Rows with an id need every column (an update replaces the whole offer).
    expect(problems).toContainEqual({ line: 1, field: null, message: expect.stringContaining("missing: categories") });
    expect(problems.map((problem) => problem.line)).toEqual(
      [...problems.map((problem) => problem.line)].sort((a, b) => a - b),
    );
  });

  it("reports unknown columns, rows with the wrong number of cells and empty files", () => {
    const { problems } = parseOfferCsv("name,description,cost,colour\nA,B,FREE,red\nA,B\n", organisationId);
    expect(problems).toEqual([
      { line: 1, field: "colour", message: expect.stringContaining("unknown column") },
      { line: 3, field: null, message: "expected 4 columns, found 2" },
    ]);
    expect(parseOfferCsv("", organisationId).problems).toEqual([
      { line: 1, field: null, message: "the file is empty" },
    ]);
    expect(parseOfferCsv("name,description,cost\n", organisationId).problems).toEqual([
      { line: 1, field: null, message: "the file has no offers (only a header)" },
    ]);
  });

  it("keeps spreadsheets from running cells as formulas, and reads such cells back unchanged", () => {
    const tricky: ExchangeOffer = {
      ...minimalOffer(),
      name: '=HYPERLINK("https://evil.example")',
      description: "'=already quoted",
      eligibility: "@everyone",
      phone: "+49 30 1234",
      categories: ["-minus"],
    };
    const csv = formatOfferCsv([tricky]);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csv).toContain(",''=already quoted,");
    expect(csv).toContain(",'@everyone,");
    expect(csv).toContain(",'+49 30 1234,");
    const { offers, problems } = parseOfferCsv(csv, organisationId);
    expect(problems).toEqual([]);
    expect(offers[0]?.input).toMatchObject({
      name: tricky.name,
      description: tricky.description,
      eligibility: "@everyone",
      phone: "+49 30 1234",
      categories: ["-minus"],
    });
  });

  it("escapes separators inside list items", () => {
    const items = ["a;b", "c|d", "e\\f", "plain"];
    expect(parseListCell(formatListCell(items))).toEqual(items);
    expect(parseListCell(" x ;; y ")).toEqual(["x", "y"]);
  });

  it("names files after the organisation", () => {
    expect(offerExchangeFileName("AWO Kreisverband Mitte e.V.", "csv")).toBe("angebote-awo-kreisverband-mitte-e-v.csv");
    expect(offerExchangeFileName("Tafel Kiez – Süd", "json")).toBe("angebote-tafel-kiez-sued.json");
    expect(offerExchangeFileName("***", "csv")).toBe("angebote-organisation.csv");
  });
});
