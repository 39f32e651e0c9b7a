import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../lib/errors.ts";
import { dropAll, migrate, readMigrations } from "../../lib/migrate.ts";
import { smallCity } from "../../test/factories.ts";
import {
  errorCodes,
  graphqlClient,
  type OperationResult,
  testPlanner,
  testProvider,
  testViewer,
} from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../account/account.service.ts";
import { upsertAreas } from "../area/area.service.ts";
import { createOffers } from "./offer.service.ts";

// smallCity: Planungsraum 0110010n is the 0.01° square east of (13 + (n-1)·0.01, 52).
const inPlr = (n: number) => ({ latitude: 52.005, longitude: 13 + (n - 1) * 0.01 + 0.005 });
const unknownId = "00000000-0000-4000-8000-000000000000";

const offerFields = `id name description categories targetGroups minAge maxAge languages eligibility cost
  costDescription acceptedSocialPasses stepFree accessibleToilet inductionLoop easyLanguage accessibilityNote
  capacityAvailable capacityMax status url email phone lastVerifiedAt lastVerifiedBy verificationDue
  isExample createdBy updatedBy archivedAt archivedBy publication
  organisation { name }
  locations { name street postalCode city latitude longitude area { code } }
  schedules { weekday opensAt closesAt validFrom validUntil note }`;

interface Offer {
  id: string;
  name: string;
  locations: Array<{ name: string | null; area: { code: string } | null }>;
  schedules: Array<{ weekday: number; opensAt: string }>;
  [field: string]: unknown;
}

function fieldErrorsOf(result: OperationResult<unknown>): Record<string, string> {
  const fieldErrors = (result.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ field: string; message: string }>;
  return Object.fromEntries(fieldErrors.map((error) => [error.field, error.message]));
}

describe("offers over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let diakonie = "";
  let tafel = "";

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await upsertAreas(db, smallCity(3));
    diakonie = (await db.prisma.organisation.create({ data: { name: "Diakonie Nord", type: "FREIER_TRAEGER" } })).id;
    tafel = (await db.prisma.organisation.create({ data: { name: "Tafel Kiez", type: "FREIER_TRAEGER" } })).id;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const debtCounselling = () => ({
    organisationId: diakonie,
    name: "Schuldnerberatung",
    description: "Beratung bei Schulden, Pfändung und Privatinsolvenz",
    categories: ["Schuldnerberatung", "Sozialberatung"],
    targetGroups: ["Erwerbslose", "Familien"],
    minAge: 18,
    languages: ["de", "tr", "ar"],
    cost: "FREE",
    stepFree: true,
    accessibleToilet: false,
    capacityAvailable: 4,
    capacityMax: 20,
    url: "https://www.example.org/schulden",
    email: "schulden@example.org",
    phone: "030 23125 100",
    locations: [
      { name: "Stadtteilzentrum", street: "Beispielweg 1", postalCode: "12043", city: "Berlin", ...inPlr(2) },
      { name: "Außenstelle Umland", ...{ latitude: 52.3, longitude: 12.5 } },
    ],
    schedules: [
      { weekday: 4, opensAt: "14:00", closesAt: "18:00" },
      { weekday: 2, opensAt: "09:00", closesAt: "12:00", note: "nur mit Termin" },
    ],
  });
  async function create(input: Record<string, unknown>) {
    return client.execute<{ createOffer: Offer }>(
      `mutation($input: OfferInput!) { createOffer(input: $input) { ${offerFields} } }`,
      { input },
    );
  }
  async function createOk(input: Record<string, unknown>): Promise<Offer> {
    const result = await create(input);
    expect(result.errors).toBeUndefined();
    return result.data?.createOffer as Offer;
  }
  async function update(id: string, input: Record<string, unknown>) {
    return client.execute<{ updateOffer: Offer }>(
      `mutation($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { ${offerFields} } }`,
      { id, input },
    );
  }
  const countRows = async () => ({
    offers: await db.prisma.offer.count(),
    locations: await db.prisma.offerLocation.count(),
    schedules: await db.prisma.offerSchedule.count(),
    changes: await db.prisma.changeLog.count(),
  });

  it("creates an offer whose locations get the Planungsraum containing them", async () => {
    const offer = await createOk(debtCounselling());
    expect(offer).toMatchObject({
      organisation: { name: "Diakonie Nord" },
      cost: "FREE",
      status: "ACTIVE",
      stepFree: true,
      accessibleToilet: false,
      inductionLoop: null,
      lastVerifiedAt: null,
      verificationDue: true,
      createdBy: "test-planner",
      isExample: false,
      locations: [
        { name: "Stadtteilzentrum", postalCode: "12043", area: { code: "01100102" } },
        { name: "Außenstelle Umland", area: null },
      ],
      // Opening hours by weekday.
      schedules: [
        { weekday: 2, opensAt: "09:00", closesAt: "12:00", note: "nur mit Termin" },
        { weekday: 4, opensAt: "14:00", closesAt: "18:00", note: null },
      ],
    });
    const organisation = await client.execute<{ organisation: { offers: Array<{ name: string }> } }>(
      `query($id: ID!) { organisation(id: $id) { offers { name } } }`,
      { id: diakonie },
    );
    expect(organisation.data?.organisation.offers).toEqual([{ name: "Schuldnerberatung" }]);
  });

  it("answers bad input with field errors down to locations and schedules, writing nothing", async () => {
    const before = await countRows();
    const missing = await create({ locations: [] });
    expect(errorCodes(missing)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrorsOf(missing)).toEqual({
      organisationId: "is required",
      name: "is required",
      description: "is required",
      cost: "is required",
    });

    // A valid offer except for one location and one schedule row.
    const badChildren = await create({
      ...debtCounselling(),
      locations: [inPlr(1), { latitude: 95, longitude: 13 }],
      schedules: [
        { weekday: 1, opensAt: "09:00", closesAt: "12:00" },
        { weekday: 0, opensAt: "12:00", closesAt: "11:30" },
      ],
    });
    expect(fieldErrorsOf(badChildren)).toEqual({
      "locations.1.latitude": "must be between -90 and 90",
      "schedules.1.weekday": "must be from 1 (Monday) to 7 (Sunday)",
      "schedules.1.closesAt": "must be later than opensAt (12:00)",
    });

    const badRules = await create({
      ...debtCounselling(),
      cost: "REDUCED",
      minAge: 65,
      maxAge: 18,
      capacityAvailable: 21,
      languages: ["Deutsch"],
      url: "not a url",
    });
    expect(fieldErrorsOf(badRules)).toEqual({
      costDescription: expect.stringContaining("when it is not free"),
      maxAge: "must not be below minAge (65)",
      capacityAvailable: "must not exceed capacityMax (20)",
      "languages.0": expect.stringContaining("two-letter ISO 639-1"),
      url: expect.stringContaining("must be a web address"),
    });

    const unknownOrganisation = await create({ ...debtCounselling(), organisationId: unknownId });
    expect(fieldErrorsOf(unknownOrganisation)).toEqual({ organisationId: "no organisation with this id" });

    expect(await countRows()).toEqual(before);
  });

  it("replaces fields, locations and schedules on update and logs old → new", async () => {
    const offer = await createOk({ ...debtCounselling(), name: "Sozialberatung" });
    const result = await update(offer.id, {
      ...debtCounselling(),
      name: "Sozialberatung",
      cost: "REDUCED",
      costDescription: "1 € je Termin, mit berlinpass frei",
      acceptedSocialPasses: ["berlinpass"],
      locations: [{ name: "Neuer Standort", ...inPlr(3) }],
      schedules: [{ weekday: 5, opensAt: "10:00", closesAt: "13:00" }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateOffer).toMatchObject({
      cost: "REDUCED",
      updatedBy: "test-planner",
      locations: [{ name: "Neuer Standort", area: { code: "01100103" } }],
      schedules: [{ weekday: 5, opensAt: "10:00" }],
    });
    expect(await db.prisma.offerLocation.count({ where: { offerId: offer.id } })).toBe(1);
    expect(await db.prisma.offerSchedule.count({ where: { offerId: offer.id } })).toBe(1);

    const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
      `query($id: ID!) { changeLog(entity: "Offer", entityId: $id) { action changes } }`,
      { id: offer.id },
    );
    const [latest] = log.data?.changeLog ?? [];
    expect(latest?.action).toBe("UPDATE");
    expect(Object.keys(latest?.changes ?? {}).sort()).toEqual([
      "acceptedSocialPasses",
      "cost",
      "costDescription",
      "locations",
      "schedules",
    ]);
    expect(latest?.changes.cost).toEqual({ from: "FREE", to: "REDUCED" });
    expect(latest?.changes.acceptedSocialPasses).toEqual({ from: [], to: ["berlinpass"] });
    expect(latest?.changes.locations).toHaveProperty("to", [
      expect.objectContaining({ name: "Neuer Standort", areaId: expect.any(String) }),
    ]);
  });

  it("verifies an offer: sets who and when, and logs VERIFY", async () => {
    const offer = await createOk({ ...debtCounselling(), name: "Migrationsberatung" });
    const result = await client.execute<{
      verifyOffer: { lastVerifiedAt: string; lastVerifiedBy: string; verificationDue: boolean };
    }>(`mutation($id: ID!) { verifyOffer(id: $id) { lastVerifiedAt lastVerifiedBy verificationDue } }`, {
      id: offer.id,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.verifyOffer.lastVerifiedBy).toBe("test-planner");
    expect(Date.now() - Date.parse(result.data?.verifyOffer.lastVerifiedAt ?? "")).toBeLessThan(60_000);
    expect(result.data?.verifyOffer.verificationDue).toBe(false);
    const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
      `query($id: ID!) { changeLog(entity: "Offer", entityId: $id) { action changes } }`,
      { id: offer.id },
    );
    expect(log.data?.changeLog[0]).toEqual({
      action: "VERIFY",
      changes: {
        lastVerifiedAt: result.data?.verifyOffer.lastVerifiedAt,
        lastVerifiedBy: "test-planner",
        previouslyVerifiedAt: null,
      },
    });
  });

  it("archives and restores offers; archived ones are hidden, frozen, and wait for their organisation", async () => {
    const organisation = await db.prisma.organisation.create({ data: { name: "Kurzzeitträger", type: "INITIATIVE" } });
    const offer = await createOk({ ...debtCounselling(), organisationId: organisation.id, name: "Sprachcafé" });
    const archive = await client.execute<{ archiveOffer: { archivedBy: string } }>(
      `mutation($id: ID!) { archiveOffer(id: $id) { archivedBy } }`,
      { id: offer.id },
    );
    expect(archive.data?.archiveOffer.archivedBy).toBe("test-planner");
    const list = await client.execute<{ offers: { totalCount: number } }>(
      `query($f: OfferFilter) { offers(filter: $f) { totalCount } }`,
      { f: { organisationId: organisation.id } },
    );
    expect(list.data?.offers.totalCount).toBe(0);
    const withArchived = await client.execute<{ offers: { totalCount: number } }>(
      `query($f: OfferFilter) { offers(filter: $f) { totalCount } }`,
      { f: { organisationId: organisation.id, includeArchived: true } },
    );
    expect(withArchived.data?.offers.totalCount).toBe(1);

    expect(errorCodes(await update(offer.id, debtCounselling()))).toEqual(["CONFLICT"]);
    const verify = await client.execute(`mutation($id: ID!) { verifyOffer(id: $id) { id } }`, { id: offer.id });
    expect(errorCodes(verify)).toEqual(["CONFLICT"]);

    // With its only offer archived, the organisation can be archived; then the offer waits.
    const archiveOrganisation = await client.execute(`mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`, {
      id: organisation.id,
    });
    expect(archiveOrganisation.errors).toBeUndefined();
    const blocked = await client.execute(`mutation($id: ID!) { restoreOffer(id: $id) { id } }`, { id: offer.id });
    expect(errorCodes(blocked)).toEqual(["CONFLICT"]);
    expect(blocked.errors?.[0]?.message).toBe("The organisation Kurzzeitträger is archived; restore it first");
    const newOffer = await create({ ...debtCounselling(), organisationId: organisation.id });
    expect(fieldErrorsOf(newOffer)).toEqual({ organisationId: "this organisation is archived; restore it first" });

    await client.execute(`mutation($id: ID!) { restoreOrganisation(id: $id) { id } }`, { id: organisation.id });
    const restored = await client.execute<{ restoreOffer: { archivedAt: string | null } }>(
      `mutation($id: ID!) { restoreOffer(id: $id) { archivedAt } }`,
      { id: offer.id },
    );
    expect(restored.data?.restoreOffer.archivedAt).toBeNull();
    const log = await client.execute<{ changeLog: Array<{ action: string }> }>(
      `query($id: ID!) { changeLog(entity: "Offer", entityId: $id) { action } }`,
      { id: offer.id },
    );
    expect(log.data?.changeLog.map((entry) => entry.action)).toEqual(["RESTORE", "ARCHIVE", "CREATE"]);
  });

  it("answers unknown and malformed ids with NOT_FOUND", async () => {
    for (const id of [unknownId, "7"]) {
      const read = await client.execute(`query($id: ID!) { offer(id: $id) { name } }`, { id });
      expect(errorCodes(read)).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await update(id, debtCounselling()))).toEqual(["NOT_FOUND"]);
      for (const mutation of ["archiveOffer", "restoreOffer", "verifyOffer"]) {
        const result = await client.execute(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id });
        expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
      }
    }
  });

  it("creates many offers at once (imports, demo data) or, when one input is bad, none", async () => {
    const before = await countRows();
    const error = await createOffers(db, "import", [
      { input: { ...debtCounselling(), name: "Import 1" } },
      { input: { ...debtCounselling(), name: "Import 2", locations: [{ latitude: 52, longitude: 200 }] } },
      { input: { ...debtCounselling(), name: "Import 3", organisationId: unknownId } },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details?.fieldErrors).toEqual([
      { field: "1.locations.0.longitude", message: "must be between -180 and 180" },
    ]);
    const unknownOrganisation = (await createOffers(db, "import", [
      { input: debtCounselling() },
      { input: { ...debtCounselling(), organisationId: unknownId } },
    ]).catch((e: unknown) => e)) as DomainError;
    expect(unknownOrganisation.details?.fieldErrors).toEqual([
      { field: "1.organisationId", message: "no organisation with this id" },
    ]);
    expect(await countRows()).toEqual(before);

    const verifiedAt = new Date("2025-01-15T10:00:00Z");
    const written = await createOffers(db, "import", [
      {
        input: { ...debtCounselling(), name: "Import A" },
        isExample: true,
        lastVerified: { at: verifiedAt, by: "import" },
      },
      { input: { ...debtCounselling(), name: "Import B", locations: [inPlr(3)] } },
    ]);
    expect(written).toBe(2);
    const imported = await db.prisma.offer.findMany({
      where: { createdBy: "import" },
      include: { locations: { include: { area: true } }, schedules: true },
      orderBy: { name: "asc" },
    });
    expect(
      imported.map((offer) => [offer.name, offer.isExample, offer.lastVerifiedAt, offer.schedules.length]),
    ).toEqual([
      ["Import A", true, verifiedAt, 2],
      ["Import B", false, null, 2],
    ]);
    expect(imported.map((offer) => offer.locations.map((location) => location.area?.code ?? null))).toEqual([
      ["01100102", null],
      ["01100103"],
    ]);
    expect(await db.prisma.changeLog.count({ where: { actor: "import", action: "CREATE", entity: "Offer" } })).toBe(2);
    await db.prisma.offer.deleteMany({ where: { createdBy: "import" } });
  });

  describe("filters", () => {
    beforeAll(async () => {
      await db.prisma.offer.deleteMany();
      const offers: Array<Record<string, unknown>> = [
        {
          organisationId: tafel,
          name: "Lebensmittelausgabe",
          description: "Ausgabe gespendeter Lebensmittel",
          categories: ["Lebensmittelausgabe"],
          targetGroups: ["Familien", "Senioren"],
          languages: ["de", "ar"],
          cost: "REDUCED",
          costDescription: "1 € je Einkauf",
          acceptedSocialPasses: ["berlinpass"],
          stepFree: true,
          locations: [inPlr(1)],
        },
        {
          organisationId: diakonie,
          name: "Jugendtreff",
          description: "Offener Treff mit Hausaufgabenhilfe",
          categories: ["Jugendfreizeit"],
          targetGroups: ["Jugendliche"],
          minAge: 12,
          maxAge: 21,
          languages: ["de"],
          cost: "FREE",
          stepFree: false,
          easyLanguage: true,
          status: "TEMPORARILY_CLOSED",
          locations: [inPlr(2)],
        },
        {
          organisationId: diakonie,
          name: "Seniorentreff",
          description: "Kaffee, Spiele und Beratung für ältere Menschen",
          categories: ["Seniorentreff"],
          targetGroups: ["Senioren"],
          minAge: 60,
          languages: ["de", "tr"],
          cost: "FEE",
          costDescription: "3 € im Monat",
          inductionLoop: true,
          locations: [inPlr(3), inPlr(1)],
        },
        {
          organisationId: diakonie,
          name: "Online-Beratung",
          description: "Sozialberatung per Video",
          categories: ["Sozialberatung"],
          cost: "FREE",
          status: "ENDED",
        },
      ];
      for (const offer of offers) await createOk(offer);
    });

    async function names(filter: Record<string, unknown>): Promise<string[] | undefined> {
      const result = await client.execute<{ offers: { edges: Array<{ node: { name: string } }> } }>(
        `query($f: OfferFilter) { offers(filter: $f) { edges { node { name } } } }`,
        { f: filter },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.offers.edges.map((edge) => edge.node.name);
    }

    it("searches name and description case-insensitively", async () => {
      expect(await names({ search: "HAUSAUFGABEN" })).toEqual(["Jugendtreff"]);
      expect(await names({ search: "treff" })).toEqual(["Jugendtreff", "Seniorentreff"]);
    });

    it("filters by lists (any of), age, cost, social pass, status, organisation and accessibility", async () => {
      expect(await names({ categories: ["Seniorentreff", "Jugendfreizeit"] })).toEqual([
        "Jugendtreff",
        "Seniorentreff",
      ]);
      expect(await names({ targetGroups: ["Senioren"] })).toEqual(["Lebensmittelausgabe", "Seniorentreff"]);
      expect(await names({ languages: ["tr", "ar"] })).toEqual(["Lebensmittelausgabe", "Seniorentreff"]);
      // Open age bounds fit every age.
      expect(await names({ age: 15 })).toEqual(["Jugendtreff", "Lebensmittelausgabe", "Online-Beratung"]);
      expect(await names({ age: 70 })).toEqual(["Lebensmittelausgabe", "Online-Beratung", "Seniorentreff"]);
      expect(await names({ cost: ["REDUCED", "FEE"] })).toEqual(["Lebensmittelausgabe", "Seniorentreff"]);
      expect(await names({ socialPass: "berlinpass" })).toEqual(["Lebensmittelausgabe"]);
      expect(await names({ status: ["ACTIVE"] })).toEqual(["Lebensmittelausgabe", "Seniorentreff"]);
      expect(await names({ organisationId: tafel })).toEqual(["Lebensmittelausgabe"]);
      expect(await names({ stepFree: true })).toEqual(["Lebensmittelausgabe"]);
      expect(await names({ stepFree: false })).toEqual(["Jugendtreff"]);
      expect(await names({ easyLanguage: true, inductionLoop: true })).toEqual([]);
      expect(await names({ inductionLoop: true })).toEqual(["Seniorentreff"]);
    });

    it("finds offers by area, including every area below it", async () => {
      expect(await names({ areaCode: "01100101" })).toEqual(["Lebensmittelausgabe", "Seniorentreff"]);
      expect(await names({ areaCode: "01100102" })).toEqual(["Jugendtreff"]);
      // The Bezirk and the city contain every Planungsraum; the offer without a location is left out.
      expect(await names({ areaCode: "01" })).toEqual(["Jugendtreff", "Lebensmittelausgabe", "Seniorentreff"]);
      expect(await names({ areaCode: "99000000" })).toEqual(["Jugendtreff", "Lebensmittelausgabe", "Seniorentreff"]);
    });

    it("rejects an unknown area, a malformed organisation id and an impossible age", async () => {
      const result = await client.execute(
        `{ offers(filter: { areaCode: "12345678" }) { totalCount } }
        `,
      );
      expect(fieldErrorsOf(result)).toEqual({ "filter.areaCode": "no area with this code" });
      const badId = await client.execute(`{ offers(filter: { organisationId: "x" }) { totalCount } }`);
      expect(fieldErrorsOf(badId)).toEqual({ "filter.organisationId": "no organisation with this id" });
      const badAge = await client.execute(`{ offers(filter: { age: -1 }) { totalCount } }`);
      expect(fieldErrorsOf(badAge)).toEqual({ "filter.age": "must be between 0 and 120" });
    });
  });

  it("loads organisations, parents, areas and schedules of many offers in a fixed number of statements", async () => {
    const query = `query($first: Int) { offers(first: $first) { edges { node {
      name organisation { name parent { name } } locations { area { code } } schedules { weekday }
    } } } }`;
    const verband = await db.prisma.organisation.create({ data: { name: "Verband", type: "VERBAND" } });
    const kreisverbaende = await Promise.all(
      [1, 2, 3].map((n) =>
        db.prisma.organisation.create({ data: { name: `Kreisverband ${n}`, type: "VERBAND", parentId: verband.id } }),
      ),
    );
    const areas = await db.prisma.area.findMany({ where: { level: "PLANUNGSRAUM" } });
    async function seedOffers(count: number) {
      await db.prisma.offer.deleteMany();
      const offers = Array.from({ length: count }, (_, i) => ({
        id: crypto.randomUUID(),
        organisationId: kreisverbaende[i % 3]?.id ?? verband.id,
        name: `Angebot ${String(i).padStart(3, "0")}`,
        description: "Test",
        cost: "FREE" as const,
      }));
      await db.prisma.offer.createMany({ data: offers });
      await db.prisma.offerLocation.createMany({
        data: offers.map((offer, i) => ({ offerId: offer.id, latitude: 52, longitude: 13, areaId: areas[i % 3]?.id })),
      });
      await db.prisma.offerSchedule.createMany({
        data: offers.flatMap((offer) =>
          [1, 3].map((weekday) => ({ offerId: offer.id, weekday, opensAt: "09:00", closesAt: "12:00" })),
        ),
      });
    }

    await seedOffers(10);
    db.resetQueryLog();
    const small = await client.execute<{ offers: { edges: unknown[] } }>(query, { first: 500 });
    expect(small.errors).toBeUndefined();
    expect(small.data?.offers.edges).toHaveLength(10);
    const statementsForTen = db.queries.length;

    await seedOffers(500);
    db.resetQueryLog();
    const large = await client.execute<{
      offers: {
        edges: Array<{
          node: { organisation: { parent: { name: string } }; locations: Array<{ area: { code: string } }> };
        }>;
      };
    }>(query, { first: 500 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.offers.edges).toHaveLength(500);
    expect(large.data?.offers.edges[0]?.node.organisation.parent.name).toBe("Verband");
    expect(large.data?.offers.edges[0]?.node.locations[0]?.area.code).toMatch(/^011001/);
    expect(db.queries.length).toBe(statementsForTen);
  });

  describe("publication workflow and visibility", () => {
    let ownProvider: Viewer;
    let otherProvider: Viewer;
    const who = (): Record<string, Viewer | null> => ({
      anonymous: null,
      viewer: testViewer,
      ownProvider,
      otherProvider,
      planner: testPlanner,
    });
    beforeAll(async () => {
      await db.prisma.offer.deleteMany();
      ownProvider = { ...testProvider, id: "provider-diakonie", organisationIds: [diakonie] };
      otherProvider = { ...testProvider, id: "provider-tafel", organisationIds: [tafel] };
    });

    const workflowFields = "id publication reviewComment submittedAt publishedAt publishedBy lastVerifiedBy";
    interface WorkflowOffer {
      id: string;
      publication: string;
      reviewComment: string | null;
      submittedAt: string | null;
      publishedAt: string | null;
      publishedBy: string | null;
      lastVerifiedBy: string | null;
    }
    const step = (mutation: "submitOffer" | "publishOffer", id: string, viewer: Viewer | null = testPlanner) =>
      client.execute<Record<string, WorkflowOffer>>(
        `mutation($id: ID!) { ${mutation}(id: $id) { ${workflowFields} } }`,
        { id },
        { viewer },
      );
    const giveBack = (id: string, comment: string, viewer: Viewer | null = testPlanner) =>
      client.execute<{ returnOffer: WorkflowOffer }>(
        `mutation($id: ID!, $comment: String!) { returnOffer(id: $id, comment: $comment) { ${workflowFields} } }`,
        { id, comment },
        { viewer },
      );
    const updateAs = (id: string, input: Record<string, unknown>, viewer: Viewer) =>
      client.execute<{ updateOffer: WorkflowOffer }>(
        `mutation($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { ${workflowFields} } }`,
        { id, input },
        { viewer },
      );

    /** What each kind of reader finds of the offer: by id, in the list (whatever the filter) and under its organisation. */
    async function sightings(id: string): Promise<Record<string, [boolean, boolean, boolean]>> {
      const seen: Record<string, [boolean, boolean, boolean]> = {};
      for (const [name, viewer] of Object.entries(who())) {
        const byId = await client.execute(`query($id: ID!) { offer(id: $id) { id } }`, { id }, { viewer });
        if (byId.errors) expect(errorCodes(byId)).toEqual(["NOT_FOUND"]);
        const list = await client.execute<{ offers: { edges: Array<{ node: { id: string } }> } }>(
          `query($f: OfferFilter) { offers(filter: $f) { edges { node { id } } } }`,
          { f: { publication: ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"], organisationId: diakonie } },
          { viewer },
        );
        expect(list.errors).toBeUndefined();
        const nested = await client.execute<{ organisation: { offers: Array<{ id: string }> } }>(
          `query($org: ID!) { organisation(id: $org) { offers { id } } }`,
          { org: diakonie },
          { viewer },
        );
        expect(nested.errors).toBeUndefined();
        seen[name] = [
          byId.errors === undefined,
          list.data?.offers.edges.some((edge) => edge.node.id === id) ?? false,
          nested.data?.organisation.offers.some((offer) => offer.id === id) ?? false,
        ];
      }
      return seen;
    }
    const onlyOwnersAndPlanners = {
      anonymous: [false, false, false],
      viewer: [false, false, false],
      ownProvider: [true, true, true],
      otherProvider: [false, false, false],
      planner: [true, true, true],
    };
    const everybody = Object.fromEntries(Object.keys(onlyOwnersAndPlanners).map((name) => [name, [true, true, true]]));

    it("takes an offer from draft over review and return to published, logging every step", async () => {
      const created = await client.execute<{ createOffer: { id: string; publication: string; createdBy: string } }>(
        `mutation($input: OfferInput!) { createOffer(input: $input) { id publication createdBy } }`,
        { input: { ...debtCounselling(), name: "Familienberatung" } },
        { viewer: ownProvider },
      );
      expect(created.errors).toBeUndefined();
      const id = created.data?.createOffer.id ?? "";
      expect(created.data?.createOffer).toMatchObject({ publication: "DRAFT", createdBy: "provider-diakonie" });
      expect(await sightings(id)).toEqual(onlyOwnersAndPlanners);

      // Another organisation's provider can neither edit nor submit it; the provider cannot publish or return.
      expect(errorCodes(await updateAs(id, debtCounselling(), otherProvider))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await step("submitOffer", id, otherProvider))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await step("submitOffer", id, null))).toEqual(["UNAUTHENTICATED"]);
      expect(errorCodes(await step("publishOffer", id, ownProvider))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await giveBack(id, "Bitte ergänzen", ownProvider))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await giveBack(id, "Noch ein Entwurf"))).toEqual(["CONFLICT"]);

      const submitted = await step("submitOffer", id, ownProvider);
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data?.submitOffer).toMatchObject({ publication: "SUBMITTED", reviewComment: null });
      expect(Date.now() - Date.parse(submitted.data?.submitOffer?.submittedAt ?? "")).toBeLessThan(60_000);
      const again = await step("submitOffer", id, ownProvider);
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      expect(again.errors?.[0]?.message).toBe(
        `Offer ${id} is SUBMITTED and cannot be submitted (only drafts and returned offers can be)`,
      );
      expect(await sightings(id)).toEqual(onlyOwnersAndPlanners);

      // The comment is required (after trimming) and at most 2000 characters; a bad one changes nothing.
      const changesBefore = await db.prisma.changeLog.count({ where: { entityId: id } });
      for (const [comment, message] of [
        ["   ", "say what should be changed"],
        ["x".repeat(2001), "at most 2000 characters"],
      ]) {
        const bad = await giveBack(id, comment ?? "");
        expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
        expect(fieldErrorsOf(bad)).toEqual({ comment: message });
      }
      expect(await db.prisma.changeLog.count({ where: { entityId: id } })).toBe(changesBefore);
      expect((await db.prisma.offer.findUniqueOrThrow({ where: { id } })).publication).toBe("SUBMITTED");

      const returned = await giveBack(id, "  Bitte die Öffnungszeiten ergänzen.  ");
      expect(returned.data?.returnOffer).toMatchObject({
        publication: "RETURNED",
        reviewComment: "Bitte die Öffnungszeiten ergänzen.",
      });
      expect(errorCodes(await giveBack(id, "Nochmal"))).toEqual(["CONFLICT"]);
      // Editing keeps the state and the comment until the provider submits again.
      const edited = await updateAs(
        id,
        { ...debtCounselling(), name: "Familienberatung", phone: "030 23125 101" },
        ownProvider,
      );
      expect(edited.data?.updateOffer).toMatchObject({
        publication: "RETURNED",
        reviewComment: "Bitte die Öffnungszeiten ergänzen.",
      });
      const resubmitted = await step("submitOffer", id, ownProvider);
      expect(resubmitted.data?.submitOffer).toMatchObject({ publication: "SUBMITTED", reviewComment: null });

      const published = await step("publishOffer", id);
      expect(published.errors).toBeUndefined();
      expect(published.data?.publishOffer).toMatchObject({
        publication: "PUBLISHED",
        publishedBy: "test-planner",
        lastVerifiedBy: "test-planner",
      });
      expect(Date.now() - Date.parse(published.data?.publishOffer?.publishedAt ?? "")).toBeLessThan(60_000);
      const twice = await step("publishOffer", id);
      expect(errorCodes(twice)).toEqual(["CONFLICT"]);
      expect(twice.errors?.[0]?.message).toContain("is PUBLISHED and cannot be published");
      expect(await sightings(id)).toEqual(everybody);

      // A provider's edit of a published offer keeps it public.
      const editedPublished = await updateAs(
        id,
        { ...debtCounselling(), name: "Familienberatung", phone: "030 23125 102" },
        ownProvider,
      );
      expect(editedPublished.data?.updateOffer.publication).toBe("PUBLISHED");
      expect(await sightings(id)).toEqual(everybody);

      // Returning a published offer takes it out of the public directory.
      const withdrawn = await giveBack(id, "Adresse stimmt nicht mehr");
      expect(withdrawn.data?.returnOffer.publication).toBe("RETURNED");
      expect(await sightings(id)).toEqual(onlyOwnersAndPlanners);

      const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
        `query($id: ID!) { changeLog(entity: "Offer", entityId: $id) { action changes } }`,
        { id },
      );
      expect(log.data?.changeLog.map((entry) => entry.action)).toEqual([
        "RETURN",
        "UPDATE",
        "PUBLISH",
        "SUBMIT",
        "UPDATE",
        "RETURN",
        "SUBMIT",
        "CREATE",
      ]);
      expect(log.data?.changeLog[0]?.changes).toEqual({
        publication: "RETURNED",
        previousPublication: "PUBLISHED",
        reviewComment: "Adresse stimmt nicht mehr",
      });
      expect(log.data?.changeLog[2]?.changes).toMatchObject({
        publication: "PUBLISHED",
        previousPublication: "SUBMITTED",
        publishedBy: "test-planner",
      });
    });

    it("lets planners publish a draft directly, and refuses every step on an archived offer", async () => {
      const draft = await createOk({ ...debtCounselling(), name: "Direkt veröffentlicht" });
      expect(draft.publication).toBe("DRAFT");
      expect((await step("publishOffer", draft.id)).data?.publishOffer?.publication).toBe("PUBLISHED");

      const archived = await createOk({ ...debtCounselling(), name: "Archiviert" });
      await client.execute(`mutation($id: ID!) { archiveOffer(id: $id) { id } }`, { id: archived.id });
      for (const result of [
        await step("submitOffer", archived.id),
        await step("publishOffer", archived.id),
        await giveBack(archived.id, "Bitte prüfen"),
      ]) {
        expect(errorCodes(result)).toEqual(["CONFLICT"]);
        expect(result.errors?.[0]?.message).toBe(`Offer ${archived.id} is archived; restore it first`);
      }
      for (const mutation of ["submitOffer", "publishOffer"] as const) {
        expect(errorCodes(await step(mutation, unknownId))).toEqual(["NOT_FOUND"]);
      }
      expect(errorCodes(await giveBack(unknownId, "x"))).toEqual(["NOT_FOUND"]);
    });

    it("lists only published offers to the public whatever the filter asks; planners filter by state", async () => {
      const names = async (filter: Record<string, unknown>, viewer: Viewer | null) => {
        const result = await client.execute<{
          offers: { totalCount: number; edges: Array<{ node: { name: string } }> };
        }>(
          `query($f: OfferFilter) { offers(filter: $f) { totalCount edges { node { name } } } }`,
          { f: filter },
          { viewer },
        );
        expect(result.errors).toBeUndefined();
        return result.data?.offers.edges.map((edge) => edge.node.name);
      };
      await createOk({ ...debtCounselling(), organisationId: tafel, name: "Tafel-Entwurf" });
      expect(await names({ publication: ["DRAFT", "RETURNED"] }, null)).toEqual([]);
      expect(await names({ publication: ["DRAFT", "RETURNED"] }, testViewer)).toEqual([]);
      expect(await names({}, null)).toEqual(["Direkt veröffentlicht"]);
      // A provider sees published offers plus every state of their own organisation's, nothing else.
      expect(await names({ publication: ["DRAFT", "RETURNED"] }, ownProvider)).toEqual(["Familienberatung"]);
      expect(await names({ publication: ["DRAFT", "RETURNED"] }, otherProvider)).toEqual(["Tafel-Entwurf"]);
      expect(await names({ publication: ["DRAFT"] }, testPlanner)).toEqual(["Tafel-Entwurf"]);
      expect(await names({ publication: ["RETURNED", "PUBLISHED"] }, testPlanner)).toEqual([
        "Direkt veröffentlicht",
        "Familienberatung",
      ]);
    });
  });

  describe("search by distance, opening hours and verification", () => {
    // Hand-checked distances from (52, 13): one degree is 6371.0088 km · π/180 = 111.195 km, so
    // 0.005° north is 0.5560 km, 0.01° east at 52° N is 1.11195 km · cos 52° = 0.6846 km,
    // 0.01° north 1.1120 km and 0.03° north 3.3359 km.
    const centre = { latitude: 52, longitude: 13 };
    const at = (latitude: number, longitude: number) => ({ latitude, longitude });
    beforeAll(async () => {
      await db.prisma.offer.deleteMany();
      const base = { organisationId: diakonie, description: "Test", cost: "FREE" };
      await createOffers(db, "test", [
        { input: { ...base, name: "Ost", locations: [at(52, 13.01)] } },
        { input: { ...base, name: "Stadtteiltreff Nord", locations: [at(52.01, 13)] } },
        { input: { ...base, name: "Beratung Nord", locations: [at(52.01, 13)] } },
        // Two locations: the nearer one counts.
        { input: { ...base, name: "Zwei Standorte", locations: [at(52.1, 13), at(51.995, 13)] } },
        { input: { ...base, name: "Weiter Nord", locations: [at(52.03, 13)] } },
        // Inside the 2 km bounding box, but 2.16 km away.
        { input: { ...base, name: "Ecke", locations: [at(52.015, 13.02)] } },
        { input: { ...base, name: "Ohne Ort" } },
        { input: { ...base, name: "Nah, aber Entwurf", locations: [at(52.001, 13)] } },
      ]);
      await db.prisma.offer.updateMany({
        where: { name: { not: "Nah, aber Entwurf" } },
        data: { publication: "PUBLISHED" },
      });
    });

    interface Page {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: { name: string; distanceKm: number | null } }>;
    }
    const search = (
      filter: Record<string, unknown>,
      page: { first?: number; after?: string } = {},
      viewer: Viewer | null = null,
    ) =>
      client.execute<{ offers: Page }>(
        `query($f: OfferFilter, $first: Int, $after: String, $from: GeoPointInput!) {
          offers(filter: $f, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { name distanceKm(from: $from) } }
          }
        }`,
        { f: filter, ...page, from: centre },
        { viewer },
      );

    // Searches run as the public unless a test names a viewer.
    it("finds offers within the radius by exact distance, nearest first, then by name", async () => {
      const result = await search({ near: centre });
      expect(result.errors).toBeUndefined();
      const edges = result.data?.offers.edges ?? [];
      expect(edges.map((edge) => edge.node.name)).toEqual([
        "Zwei Standorte",
        "Ost",
        "Beratung Nord",
        "Stadtteiltreff Nord",
      ]);
      expect(edges[0]?.node.distanceKm).toBeCloseTo(0.556, 3);
      expect(edges[1]?.node.distanceKm).toBeCloseTo(0.6846, 3);
      expect(edges[2]?.node.distanceKm).toBeCloseTo(1.112, 3);
      expect(result.data?.offers.totalCount).toBe(4);
      // The draft nearby is hidden from the public in a distance search too; planners see it.
      const asPlanner = await search({ near: centre }, {}, testPlanner);
      expect(asPlanner.data?.offers.edges.map((edge) => edge.node.name)).toEqual([
        "Nah, aber Entwurf",
        ...edges.map((edge) => edge.node.name),
      ]);
      const drafts = await search({ near: centre, publication: ["DRAFT"] }, {}, testPlanner);
      expect(drafts.data?.offers.edges.map((edge) => edge.node.name)).toEqual(["Nah, aber Entwurf"]);

      const wider = await search({ near: centre, radiusKm: 5 });
      expect(wider.data?.offers.edges.map((edge) => edge.node.name)).toEqual([
        "Zwei Standorte",
        "Ost",
        "Beratung Nord",
        "Stadtteiltreff Nord",
        "Ecke",
        "Weiter Nord",
      ]);
      expect(wider.data?.offers.edges[5]?.node.distanceKm).toBeCloseTo(3.3359, 3);
    });

    it("pages through a distance search with cursors that keep the order", async () => {
      const first = await search({ near: centre, radiusKm: 5 }, { first: 4 });
      expect(first.data?.offers.edges.map((edge) => edge.node.name)).toEqual([
        "Zwei Standorte",
        "Ost",
        "Beratung Nord",
        "Stadtteiltreff Nord",
      ]);
      expect(first.data?.offers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await search(
        { near: centre, radiusKm: 5 },
        { first: 4, after: first.data?.offers.pageInfo.endCursor ?? "" },
      );
      expect(second.data?.offers.edges.map((edge) => edge.node.name)).toEqual(["Ecke", "Weiter Nord"]);
      expect(second.data?.offers).toMatchObject({
        totalCount: 6,
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
      });
      // The cursor holds the position, not the offer: a page continues even when that offer left the results.
      const afterOst = first.data?.offers.edges[1]?.cursor ?? "";
      await db.prisma.offer.updateMany({ where: { name: "Ost" }, data: { archivedAt: new Date() } });
      const continued = await search({ near: centre, radiusKm: 5 }, { first: 2, after: afterOst });
      expect(continued.data?.offers.edges.map((edge) => edge.node.name)).toEqual([
        "Beratung Nord",
        "Stadtteiltreff Nord",
      ]);
      await db.prisma.offer.updateMany({ where: { name: "Ost" }, data: { archivedAt: null } });

      // A cursor of the name-ordered list does not fit a distance search.
      const byName = await search({}, { first: 1 });
      const mixed = await search({ near: centre }, { after: byName.data?.offers.pageInfo.endCursor ?? "" });
      expect(fieldErrorsOf(mixed)).toEqual({ after: expect.stringContaining("not a cursor of this distance search") });
    });

    it("rejects a radius outside 0.1–50 km and a point off the globe", async () => {
      for (const radiusKm of [0.05, 51]) {
        const result = await search({ near: centre, radiusKm });
        expect(fieldErrorsOf(result)).toEqual({ "filter.radiusKm": "must be between 0.1 and 50 km" });
      }
      const offGlobe = await search({ near: { latitude: 91, longitude: 13 } });
      expect(fieldErrorsOf(offGlobe)).toEqual({ "filter.near.latitude": "must be between -90 and 90" });
    });

    it("finds offers open at an instant in Berlin time, including validity periods and 24:00", async () => {
      const [ost, nord, ecke] = await Promise.all(
        ["Ost", "Beratung Nord", "Ecke"].map((name) => db.prisma.offer.findFirstOrThrow({ where: { name } })),
      );
      await db.prisma.offerSchedule.createMany({
        data: [
          { offerId: ost?.id ?? "", weekday: 1, opensAt: "09:00", closesAt: "12:00" },
          { offerId: nord?.id ?? "", weekday: 5, opensAt: "18:00", closesAt: "24:00" },
          // Mondays in March only.
          {
            offerId: ecke?.id ?? "",
            weekday: 1,
            opensAt: "08:00",
            closesAt: "16:00",
            validFrom: new Date("2026-03-01"),
            validUntil: new Date("2026-03-29"),
          },
        ],
      });
      const openAt = async (instant: string) => {
        const result = await client.execute<{
          offers: { edges: Array<{ node: { name: string; isOpenAt: boolean } }> };
        }>(
          `query($f: OfferFilter, $at: DateTime!) { offers(filter: $f) { edges { node { name isOpenAt(at: $at) } } } }`,
          { f: { openAt: instant }, at: instant },
        );
        expect(result.errors).toBeUndefined();
        // The filter and the field agree.
        expect(result.data?.offers.edges.every((edge) => edge.node.isOpenAt)).toBe(true);
        return result.data?.offers.edges.map((edge) => edge.node.name);
      };
      // Monday 23 March, 09:30 CET = 08:30 UTC: both Monday offers.
      expect(await openAt("2026-03-23T08:30:00Z")).toEqual(["Ecke", "Ost"]);
      // Monday 30 March after the change to summer time: 09:30 CEST = 07:30 UTC; March hours have ended.
      expect(await openAt("2026-03-30T07:30:00Z")).toEqual(["Ost"]);
      expect(await openAt("2026-03-30T06:30:00Z")).toEqual([]); // 08:30 CEST
      // Friday 27 March 23:59 CET is open until 24:00; Saturday 00:00 is not.
      expect(await openAt("2026-03-27T22:59:00Z")).toEqual(["Beratung Nord"]);
      expect(await openAt("2026-03-27T23:00:00Z")).toEqual([]);
    });

    it("filters by due verification (12 months) and by publication state", async () => {
      const monthsAgo = (months: number) => {
        const date = new Date();
        date.setUTCMonth(date.getUTCMonth() - months);
        return date;
      };
      await db.prisma.offer.updateMany({ data: { lastVerifiedAt: monthsAgo(1) } });
      await db.prisma.offer.updateMany({ where: { name: "Ost" }, data: { lastVerifiedAt: monthsAgo(13) } });
      await db.prisma.offer.updateMany({ where: { name: "Ecke" }, data: { lastVerifiedAt: null } });
      const names = async (filter: Record<string, unknown>, viewer: Viewer | null = null) =>
        (await search(filter, {}, viewer)).data?.offers.edges.map((edge) => edge.node.name);
      expect(await names({ verificationDue: true })).toEqual(["Ecke", "Ost"]);
      expect(await names({ verificationDue: false, publication: ["PUBLISHED"] })).toEqual([
        "Beratung Nord",
        "Ohne Ort",
        "Stadtteiltreff Nord",
        "Weiter Nord",
        "Zwei Standorte",
      ]);
      expect(await names({ verificationDue: false, publication: ["DRAFT"] })).toEqual([]);
      expect(await names({ verificationDue: false, publication: ["DRAFT"] }, testPlanner)).toEqual([
        "Nah, aber Entwurf",
      ]);
    });
  });
});

describe("migration offer_publication", () => {
  it("publishes the offers that existed before the workflow (they were public) and adds the change actions", async () => {
    const db = await createTestDatabase();
    try {
      const history = readMigrations();
      const index = history.findIndex((migration) => migration.name.endsWith("_offer_publication"));
      expect(index).toBeGreaterThan(0);
      await dropAll(db);
      await migrate(db, history.slice(0, index));
      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "Organisation" (id, name, type, "updatedAt")
         VALUES ('11111111-1111-4111-8111-111111111111', 'Alt', 'FREIER_TRAEGER', now())`,
      );
      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "Offer" (id, "organisationId", name, description, cost, "createdAt", "updatedAt")
         VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'Beratung', 'x',
                 'FREE', '2025-05-01T10:00:00Z', now())`,
      );
      expect(await migrate(db, history)).toEqual(history.slice(index).map((migration) => migration.name));
      const rows = await db.prisma.$queryRawUnsafe<Array<{ publication: string; published: boolean }>>(
        `SELECT publication::text AS publication, "publishedAt" = "createdAt" AS published FROM "Offer"`,
      );
      expect(rows).toEqual([{ publication: "PUBLISHED", published: true }]);
      const actions = await db.prisma.$queryRawUnsafe<Array<{ action: string }>>(
        `SELECT unnest(enum_range(NULL::"ChangeAction"))::text AS action`,
      );
      expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(["SUBMIT", "PUBLISH", "RETURN"]));
      // A new row starts as a draft.
      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "Offer" ("organisationId", name, description, cost, "updatedAt")
         VALUES ('11111111-1111-4111-8111-111111111111', 'Neu', 'x', 'FREE', now())`,
      );
      const fresh = await db.prisma.$queryRawUnsafe<Array<{ publication: string }>>(
        `SELECT publication::text AS publication FROM "Offer" WHERE name = 'Neu'`,
      );
      expect(fresh).toEqual([{ publication: "DRAFT" }]);
    } finally {
      await db.close();
    }
  });
});
