import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, testProvider } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { createOffers } from "./offer.service.ts";
import { importLimitBytes } from "./offer-exchange.service.ts";

// smallCity: Planungsraum 0110010n is the 0.01° square east of (13 + (n-1)·0.01, 52).
const inPlr = (n: number) => ({ latitude: 52.005, longitude: 13 + (n - 1) * 0.01 + 0.005 });
const unknownId = "00000000-0000-4000-8000-000000000000";

interface ExportResult {
  offerExport: { filename: string; mediaType: string; content: string; offerCount: number };
}
interface ImportResult {
  importOffers: {
    created: number;
    updated: number;
    applied: boolean;
    problems: Array<{ line: number; field: string | null; message: string }>;
  };
}

const exportQuery = `query($organisationId: ID!, $format: OfferExchangeFormat!) {
  offerExport(organisationId: $organisationId, format: $format) { filename mediaType content offerCount }
}`;
const importMutation = `mutation($organisationId: ID!, $format: OfferExchangeFormat!, $content: String!, $dryRun: Boolean) {
  importOffers(organisationId: $organisationId, format: $format, content: $content, dryRun: $dryRun) {
    created updated applied problems { line field message }
  }
}`;

describe("offer exchange over GraphQL (CSV and HSDS JSON)", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let awo = "";
  let tafel = "";
  let tafelOffer = "";

  const offer = (organisationId: string, name: string, extra: Record<string, unknown> = {}) => ({
    organisationId,
    name,
    description: `${name}: Beratung, Begleitung; "Hilfe" | sofort`,
    categories: ["Sozialberatung"],
    targetGroups: ["Familien", "Senioren"],
    languages: ["de", "tr"],
    cost: "REDUCED",
    costDescription: "1 € pro Termin",
    acceptedSocialPasses: ["berlinpass"],
    stepFree: true,
    inductionLoop: false,
    accessibilityNote: "Klingel am Seiteneingang",
    capacityAvailable: 2,
    capacityMax: 10,
    phone: "030 1234 567",
    locations: [{ name: "Zentrum", street: "Parkweg 3", postalCode: "10115", city: "Berlin", ...inPlr(1) }],
    schedules: [
      { weekday: 1, opensAt: "09:00", closesAt: "12:00", note: "nur mit Termin" },
      { weekday: 4, opensAt: "14:00", closesAt: "18:30", validFrom: "2026-01-01", validUntil: "2026-12-31" },
    ],
    ...extra,
  });

  async function exportAs(format: string, organisationId = awo, viewer?: typeof testProvider) {
    return client.execute<ExportResult>(exportQuery, { organisationId, format }, viewer ? { viewer } : {});
  }
  async function importAs(
    format: string,
    content: string,
    options: { organisationId?: string; dryRun?: boolean; viewer?: typeof testProvider } = {},
  ) {
    return client.execute<ImportResult>(
      importMutation,
      { organisationId: options.organisationId ?? awo, format, content, dryRun: options.dryRun ?? false },
      options.viewer ? { viewer: options.viewer } : {},
    );
  }
  const counts = async () => ({
    offers: await db.prisma.offer.count(),
    locations: await db.prisma.offerLocation.count(),
    schedules: await db.prisma.offerSchedule.count(),
    changes: await db.prisma.changeLog.count(),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await upsertAreas(db, smallCity(3));
    awo = (
      await db.prisma.organisation.create({ data: { name: "AWO Kreisverband Mitte e.V.", type: "FREIER_TRAEGER" } })
    ).id;
    tafel = (await db.prisma.organisation.create({ data: { name: "Tafel Kiez", type: "FREIER_TRAEGER" } })).id;
    await createOffers(db, "seed", [
      { input: offer(awo, "Schuldnerberatung") },
      {
        input: offer(awo, "Familienzentrum", {
          cost: "FREE",
          costDescription: null,
          schedules: [],
          minAge: 0,
          maxAge: 12,
        }),
      },
      { input: offer(awo, "Seniorentreff", { status: "TEMPORARILY_CLOSED", locations: [] }) },
      { input: offer(awo, "Altes Angebot") },
      { input: offer(tafel, "Lebensmittelausgabe") },
    ]);
    const byName = async (name: string) => (await db.prisma.offer.findFirstOrThrow({ where: { name } })).id;
    await db.prisma.offer.update({
      where: { id: await byName("Schuldnerberatung") },
      data: { publication: "PUBLISHED" },
    });
    await db.prisma.offer.update({ where: { id: await byName("Altes Angebot") }, data: { archivedAt: new Date() } });
    tafelOffer = await byName("Lebensmittelausgabe");
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });
  beforeEach(() => db.resetQueryLog());

  it("exports the organisation's offers in use, every publication state, as CSV with a file name", async () => {
    const result = await exportAs("CSV");
    expect(result.errors).toBeUndefined();
    const file = result.data?.offerExport;
    expect(file).toMatchObject({
      filename: "angebote-awo-kreisverband-mitte-e-v.csv",
      mediaType: "text/csv",
      offerCount: 3,
    });
    const lines = (file?.content ?? "").split("\n");
    expect(lines[0]).toBe(
      "\ufeffid,name,description,categories,targetGroups,minAge,maxAge,languages,eligibility,cost,costDescription,acceptedSocialPasses,stepFree,accessibleToilet,inductionLoop,easyLanguage,accessibilityNote,capacityAvailable,capacityMax,status,url,email,phone,locations,schedules",
    );
    expect(file?.content).toContain("Familienzentrum");
    expect(file?.content).toContain("Seniorentreff"); // a draft
    expect(file?.content).not.toContain("Altes Angebot"); // archived
    expect(file?.content).not.toContain("Lebensmittelausgabe"); // another organisation's
    expect(file?.content).toContain("Zentrum|Parkweg 3|10115|Berlin|52.005|13.005");
    expect(file?.content).toContain("MO|09:00|12:00|||nur mit Termin ; TH|14:00|18:30|2026-01-01|2026-12-31");
  });

  it("exports HSDS 3.0 JSON services", async () => {
    const file = (await exportAs("HSDS_JSON")).data?.offerExport;
    expect(file).toMatchObject({ filename: "angebote-awo-kreisverband-mitte-e-v.json", mediaType: "application/json" });
    const services = JSON.parse(file?.content ?? "[]") as Array<Record<string, unknown>>;
    expect(services.map((service) => service.name)).toEqual(["Familienzentrum", "Schuldnerberatung", "Seniorentreff"]);
    expect(services[1]).toMatchObject({
      organization_id: awo,
      status: "active",
      organization: { id: awo, name: "AWO Kreisverband Mitte e.V." },
      schedules: [{ byday: "MO", opens_at: "09:00" }, { byday: "TH" }],
      service_at_locations: [{ location: { latitude: 52.005, addresses: [{ postal_code: "10115", country: "DE" }] } }],
    });
  });

  for (const format of ["CSV", "HSDS_JSON"]) {
    it(`round-trips through the API (${format}): importing the export updates every offer and changes nothing`, async () => {
      const before = (await exportAs(format)).data?.offerExport.content ?? "";
      const stateBefore = await db.prisma.offer.findMany({
        select: { id: true, publication: true },
        orderBy: { id: "asc" },
      });
      const result = await importAs(format, before);
      expect(result.errors).toBeUndefined();
      expect(result.data?.importOffers).toEqual({ created: 0, updated: 3, applied: true, problems: [] });
      expect((await exportAs(format)).data?.offerExport.content).toBe(before);
      // Publication states are kept (Schuldnerberatung stays published).
      expect(
        await db.prisma.offer.findMany({ select: { id: true, publication: true }, orderBy: { id: "asc" } }),
      ).toEqual(stateBefore);
    });
  }

  it("creates rows without id as drafts of the organisation imported into, and updates rows with id", async () => {
    const schuldner = await db.prisma.offer.findFirstOrThrow({ where: { name: "Schuldnerberatung" } });
    const csv = [
      (await exportAs("CSV")).data?.offerExport.content.split("\n")[0],
      `,Sprachcafé,Deutsch üben,Sprachkurs,Zugewanderte,,,de; ar,,FREE,,,,,,,,,,,,,,Bibliothek||10115|Berlin|${inPlr(2).latitude}|${inPlr(2).longitude},WE|16:00|18:00`,
      `${schuldner.id},Schuldnerberatung,Neue Beschreibung,,,,,de,,FREE,,,,,,,,,,ACTIVE,,,,,`,
    ].join("\n");
    const result = await importAs("CSV", csv);
    expect(result.data?.importOffers).toEqual({ created: 1, updated: 1, applied: true, problems: [] });
    const created = await db.prisma.offer.findFirstOrThrow({
      where: { name: "Sprachcafé" },
      include: { locations: { include: { area: true } }, schedules: true },
    });
    expect(created).toMatchObject({
      organisationId: awo,
      publication: "DRAFT",
      languages: ["de", "ar"],
      createdBy: "test-planner",
      locations: [{ name: "Bibliothek", area: { code: "01100102" } }],
      schedules: [{ weekday: 3, opensAt: "16:00", closesAt: "18:00" }],
    });
    const updated = await db.prisma.offer.findUniqueOrThrow({
      where: { id: schuldner.id },
      include: { locations: true },
    });
    expect(updated).toMatchObject({
      description: "Neue Beschreibung",
      cost: "FREE",
      publication: "PUBLISHED",
      locations: [],
    });
    const changes = await db.prisma.changeLog.findMany({ where: { entityId: { in: [created.id, schuldner.id] } } });
    expect(changes.map((change) => change.action).sort()).toContain("CREATE");
    expect(changes.some((change) => change.entityId === schuldner.id && change.action === "UPDATE")).toBe(true);
  });

  it("writes nothing when any row has a problem, and reports every problem with its line", async () => {
    const before = await counts();
    const header = (await exportAs("CSV")).data?.offerExport.content.split("\n")[0] ?? "";
    const csv = [
      header,
      ",Gültig,Text,,,,,,,FREE,,,,,,,,,,,,,,,",
      ",,Text,,,,,,,FREE,,,,,,,,,,,,,,,",
      `${tafelOffer},Fremd,Text,,,,,,,FREE,,,,,,,,,,,,,,,`,
      `${unknownId},Unbekannt,Text,,,,,,,FREE,,,,,,,,,,,,,,,`,
      ",Ort falsch,Text,,,,,,,FREE,,,,,,,,,,,,,,Ort|||Berlin|200|13,",
    ].join("\n");
    const result = await importAs("CSV", csv);
    expect(result.data?.importOffers).toEqual({
      created: 0,
      updated: 0,
      applied: false,
      problems: [
        { line: 3, field: "name", message: "is required" },
        { line: 4, field: "id", message: expect.stringContaining("no offer of this organisation has this id") },
        { line: 5, field: "id", message: expect.stringContaining("no offer of this organisation has this id") },
        { line: 6, field: "locations[0].latitude", message: "must be between -90 and 90" },
      ],
    });
    expect(await counts()).toEqual(before);
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: tafelOffer } })).toMatchObject({
      name: "Lebensmittelausgabe",
    });
  });

  it("refuses an archived offer's id and the same id twice", async () => {
    const archived = await db.prisma.offer.findFirstOrThrow({ where: { name: "Altes Angebot" } });
    const familie = await db.prisma.offer.findFirstOrThrow({ where: { name: "Familienzentrum" } });
    const services = [
      { id: archived.id, name: "A", description: "B", cost_options: [{ amount: 0 }] },
      { id: familie.id, name: "A", description: "B", cost_options: [{ amount: 0 }] },
      { id: familie.id, name: "A", description: "B", cost_options: [{ amount: 0 }] },
    ];
    const result = await importAs("HSDS_JSON", JSON.stringify(services));
    expect(result.data?.importOffers.problems).toEqual([
      { line: 1, field: "id", message: "this offer is archived; restore it first" },
      { line: 3, field: "id", message: "the same offer is already in the file (line 2)" },
    ]);
  });

  it("dryRun checks the file and says what would happen, writing nothing", async () => {
    const before = await counts();
    const content = (await exportAs("HSDS_JSON")).data?.offerExport.content ?? "";
    const services = JSON.parse(content) as Array<Record<string, unknown>>;
    services.push({
      name: "Neu",
      description: "Neu",
      attributes: [{ taxonomy_term: { taxonomy: "sozialatlas-cost", code: "FREE" } }],
    });
    const result = await importAs("HSDS_JSON", JSON.stringify(services), { dryRun: true });
    expect(result.data?.importOffers).toEqual({
      created: 1,
      updated: services.length - 1,
      applied: false,
      problems: [],
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses files over 900 KB as bad input", async () => {
    const result = await importAs("CSV", "x".repeat(importLimitBytes + 1));
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "content", message: expect.stringContaining("900 KB") },
    ]);
  });

  it("lets providers exchange only their own organisation's offers", async () => {
    const provider = { ...testProvider, organisationIds: [tafel] };
    expect(errorCodes(await exportAs("CSV", awo, provider))).toEqual(["FORBIDDEN"]);
    const before = await counts();
    const forbidden = await importAs("CSV", "name,description,cost\nX,Y,FREE", { viewer: provider });
    expect(errorCodes(forbidden)).toEqual(["FORBIDDEN"]);
    expect(await counts()).toEqual(before);
    const own = await exportAs("CSV", tafel, provider);
    expect(own.data?.offerExport.offerCount).toBe(1);
    const created = await importAs("CSV", "name,description,cost\nSuppenküche,Warmes Essen,FREE", {
      organisationId: tafel,
      viewer: provider,
    });
    expect(created.data?.importOffers).toMatchObject({ created: 1, applied: true });
    expect(await db.prisma.offer.findFirstOrThrow({ where: { name: "Suppenküche" } })).toMatchObject({
      organisationId: tafel,
      publication: "DRAFT",
      createdBy: "test-provider",
    });
    // Signed out: not allowed at all.
    expect(
      errorCodes(await client.execute(exportQuery, { organisationId: tafel, format: "CSV" }, { viewer: null })),
    ).toEqual(["UNAUTHENTICATED"]);
  });

  it("answers NOT_FOUND for an unknown organisation", async () => {
    expect(errorCodes(await exportAs("CSV", unknownId))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await importAs("CSV", "name\nX", { organisationId: unknownId }))).toEqual(["NOT_FOUND"]);
  });
});
