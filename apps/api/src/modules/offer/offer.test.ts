import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../lib/errors.ts";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { createOffers } from "./offer.service.ts";

// smallCity: Planungsraum 0110010n is the 0.01° square east of (13 + (n-1)·0.01, 52).
const inPlr = (n: number) => ({ latitude: 52.005, longitude: 13 + (n - 1) * 0.01 + 0.005 });
const unknownId = "00000000-0000-4000-8000-000000000000";

const offerFields = `id name description categories targetGroups minAge maxAge languages eligibility cost
  costDescription acceptedSocialPasses stepFree accessibleToilet inductionLoop easyLanguage accessibilityNote
  capacityAvailable capacityMax status url email phone lastVerifiedAt lastVerifiedBy verificationDue
  isExample createdBy updatedBy archivedAt archivedBy
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
});
