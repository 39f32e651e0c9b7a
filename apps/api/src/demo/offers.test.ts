import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertAreas } from "../modules/area/area.service.ts";
import { graphqlClient } from "../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { loadBerlinLor } from "./berlin-lor.ts";
import { seedOfferExamples } from "./offers.ts";
import { seedOrganisationExamples } from "./organisations.ts";

const day = 24 * 60 * 60 * 1000;

describe("example offers in Berlin Planungsräume", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, loadBerlinLor());
    await seedOrganisationExamples(db);
    await seedOfferExamples(db);
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const loadOffers = () =>
    db.prisma.offer.findMany({ include: { locations: { include: { area: true } }, schedules: true } });

  it("creates at least 60 visibly marked offers, each located inside a Planungsraum", async () => {
    const offers = await loadOffers();
    expect(offers.length).toBeGreaterThanOrEqual(60);
    for (const offer of offers) {
      expect(offer.isExample).toBe(true);
      expect(offer.name.endsWith(" (Beispiel)")).toBe(true);
      expect(offer.locations.length).toBeGreaterThan(0);
      for (const location of offer.locations) {
        expect(location.area?.level).toBe("PLANUNGSRAUM");
      }
      expect(offer.schedules.length).toBeGreaterThan(0);
      // Examples are public: published when last confirmed.
      expect(offer.publication).toBe("PUBLISHED");
      expect(offer.publishedAt).toEqual(offer.lastVerifiedAt);
    }
    const asPublic = await client.execute<{ offers: { totalCount: number } }>(
      `{ offers(filter: { status: [ACTIVE, TEMPORARILY_CLOSED, ENDED] }) { totalCount } }`,
      {},
      { viewer: null },
    );
    expect(asPublic.data?.offers.totalCount).toBe(offers.length);
  });

  it("spreads the offers over at least 20 Planungsräume in at least 5 Bezirke, most in burdened ones", async () => {
    const codes = (await loadOffers()).flatMap((offer) => offer.locations.map((location) => location.area?.code ?? ""));
    expect(new Set(codes).size).toBeGreaterThanOrEqual(20);
    const perBezirk = new Map<string, number>();
    for (const code of codes) perBezirk.set(code.slice(0, 2), (perBezirk.get(code.slice(0, 2)) ?? 0) + 1);
    expect(perBezirk.size).toBeGreaterThanOrEqual(5);
    // Neukölln, Mitte and Spandau have the most.
    const ranked = [...perBezirk.entries()].sort((a, b) => b[1] - a[1]).map(([bezirk]) => bezirk);
    expect(ranked.slice(0, 3).sort()).toEqual(["01", "05", "08"]);
  });

  it("mixes costs, statuses, accessibility, languages and verification dates realistically", async () => {
    const offers = await loadOffers();
    const now = Date.now();
    const ages = offers.map((offer) => (now - (offer.lastVerifiedAt?.getTime() ?? 0)) / day);
    expect(ages.every((age) => age >= 0 && age <= 548)).toBe(true);
    expect(ages.filter((age) => age > 365).length).toBeGreaterThan(5);
    expect(ages.filter((age) => age < 180).length).toBeGreaterThan(10);
    const statuses = new Set(offers.map((offer) => offer.status));
    expect(statuses).toEqual(new Set(["ACTIVE", "TEMPORARILY_CLOSED", "ENDED"]));
    expect(offers.filter((offer) => offer.cost === "FREE").length).toBeGreaterThan(offers.length / 2);
    expect(offers.some((offer) => offer.acceptedSocialPasses.includes("berlinpass"))).toBe(true);
    expect(new Set(offers.map((offer) => offer.stepFree))).toEqual(new Set([true, false, null]));
    const categories = new Set(offers.flatMap((offer) => offer.categories));
    for (const category of [
      "Schuldnerberatung",
      "Sozialberatung",
      "Kita/Kinderbetreuung",
      "Familienzentrum",
      "Lebensmittelausgabe",
      "Sprachkurs",
      "Jugendfreizeit",
      "Seniorentreff",
      "Erwerbslosenberatung",
      "Gesundheitsberatung",
      "Migrationsberatung",
      "Selbsthilfe",
    ]) {
      expect(categories).toContain(category);
    }
    expect(new Set(offers.flatMap((offer) => offer.targetGroups))).toEqual(
      expect.objectContaining({ size: expect.any(Number) }),
    );
    expect(new Set(offers.flatMap((offer) => offer.languages)).size).toBeGreaterThan(5);
  });

  it("finds the Neukölln offers through the Bezirk's hierarchy", async () => {
    const inNeukoelln = (await loadOffers()).filter((offer) =>
      offer.locations.some((location) => location.area?.code.startsWith("08")),
    );
    const result = await client.execute<{ offers: { totalCount: number } }>(
      `{ offers(filter: { areaCode: "08", includeArchived: true }) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.offers.totalCount).toBe(inNeukoelln.length);
    expect(inNeukoelln.length).toBeGreaterThanOrEqual(15);
  });

  it("is idempotent", async () => {
    const before = await db.prisma.offer.count();
    await seedOfferExamples(db);
    expect(await db.prisma.offer.count()).toBe(before);
  });
});
