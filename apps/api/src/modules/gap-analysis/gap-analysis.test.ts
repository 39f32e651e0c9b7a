import type { AreaGeometry } from "@sozialatlas/domain/area";
import {
  computeGapAnalysis,
  type GapAreaInput,
  type GapOfferInput,
  geometryCentroid,
} from "@sozialatlas/domain/gap-analysis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult, testProvider, testViewer } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { upsertIndicators } from "../indicator/indicator.service.ts";
import { upsertObservations } from "../indicator/observation.service.ts";
import { createOffers } from "../offer/offer.service.ts";

// smallCity(4): Planungsraum 0110010n is the 0.01° square east of (13 + (n-1)·0.01, 52); the
// centroids of neighbours are 0.68 km apart, so a 1 km radius reaches the next area but not the one after.
const city = smallCity(4);
const plrCodes = ["01100101", "01100102", "01100103", "01100104"];
const inPlr = (n: number) => ({ latitude: 52.005, longitude: 13 + (n - 1) * 0.01 + 0.005 });
const date = "2024-12-31";
const residents = [1000, 2000, 1500, 500];
const childPoverty = [10, 40, 30, 20];
const underSix = [5, 10, 6, 8];

const indicator = (key: string, unit: string, polarity: string) => ({
  key,
  name: key,
  description: `Test indicator ${key}`,
  unit,
  polarity,
  topic: "Test",
  source: "Teststatistik",
  licence: "CC BY 4.0",
  decimals: 1,
});

const gapQuery = `query($input: GapAnalysisInput!) { gapAnalysis(input: $input) {
  level date supplyMeasure per radiusKm offerCount offersWithoutCapacity overallSupplyRate
  populationIndicator { key } needIndicator { key } needIndexRun { id }
  areas { area { code } targetPopulation supply supplyRate offersInReach need needClass supplyClass gapScore rank
          findings { description } }
} }`;

interface AreaGapNode {
  area: { code: string };
  targetPopulation: number | null;
  supply: number;
  supplyRate: number | null;
  offersInReach: number;
  need: number | null;
  needClass: number | null;
  supplyClass: number | null;
  gapScore: number | null;
  rank: number | null;
  findings: Array<{ description: string }>;
}
interface GapResult {
  gapAnalysis: {
    level: string;
    date: string;
    supplyMeasure: string;
    per: number;
    radiusKm: number;
    offerCount: number;
    offersWithoutCapacity: number;
    overallSupplyRate: number | null;
    populationIndicator: { key: string };
    needIndicator: { key: string } | null;
    needIndexRun: { id: string } | null;
    areas: AreaGapNode[];
  };
}

function fieldErrorsOf(result: OperationResult<unknown>): Record<string, string> {
  const fieldErrors = (result.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ field: string; message: string }>;
  return Object.fromEntries(fieldErrors.map((error) => [error.field, error.message]));
}

/** The factory areas as the domain function sees them: centroid of each square, values by position. */
function domainAreas(population: ReadonlyArray<number | null>, need: ReadonlyArray<number | null>): GapAreaInput[] {
  return plrCodes.map((code, index) => {
    const geometry = city.find((area) => area.code === code)?.geometry as AreaGeometry;
    return {
      id: code,
      code,
      point: geometryCentroid(geometry),
      population: population[index] ?? null,
      need: need[index] ?? null,
    };
  });
}

/** The published, active offers of the factory data (see beforeAll), as domain supply. */
function domainOffers(measure: "OFFERS" | "PLACES", category?: string): GapOfferInput[] {
  const offers = [
    { id: "kita", category: "Kinderbetreuung", places: 40, plrs: [1] },
    { id: "kita-two-sites", category: "Kinderbetreuung", places: 30, plrs: [3, 4] },
    { id: "beratung", category: "Sozialberatung", places: null, plrs: [2] },
  ];
  return offers
    .filter((offer) => category === undefined || offer.category === category)
    .filter((offer) => measure === "OFFERS" || offer.places !== null)
    .map((offer) => ({
      id: offer.id,
      supply: measure === "OFFERS" ? 1 : (offer.places as number),
      locations: offer.plrs.map((n) => ({ point: inPlr(n), areaId: plrCodes[n - 1] ?? null })),
    }));
}

function expectMatches(nodes: readonly AreaGapNode[], expected: ReturnType<typeof computeGapAnalysis>) {
  expect(nodes.map((node) => node.area.code)).toEqual(expected.areas.map((area) => area.code));
  nodes.forEach((node, index) => {
    const want = expected.areas[index];
    expect(node.targetPopulation).toBe(want?.targetPopulation);
    expect(node.supply).toBeCloseTo(want?.supply as number, 9);
    if (want?.supplyRate === null) expect(node.supplyRate).toBeNull();
    else expect(node.supplyRate).toBeCloseTo(want?.supplyRate as number, 9);
    expect(node).toMatchObject({
      offersInReach: want?.offersInReach,
      need: want?.need,
      needClass: want?.needClass,
      supplyClass: want?.supplyClass,
      rank: want?.rank,
    });
    if (want?.gapScore === null) expect(node.gapScore).toBeNull();
    else expect(node.gapScore).toBeCloseTo(want?.gapScore as number, 9);
  });
}

describe("gapAnalysis over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let draftId = "";

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await upsertAreas(db, city);
    await upsertIndicators(db, "test", [
      indicator("ew", "Personen", "NEUTRAL"),
      indicator("test.kinderarmut", "%", "HIGHER_IS_WORSE"),
      indicator("test.u6", "%", "NEUTRAL"),
      indicator("test.change", "Prozentpunkte", "HIGHER_IS_WORSE"),
    ]);
    const rows = (key: string, values: readonly number[], referenceDate = date) =>
      values.map((value, index) => ({ indicatorKey: key, areaCode: plrCodes[index], referenceDate, value }));
    await upsertObservations(db, "test", [
      ...rows("ew", residents),
      ...rows("ew", [1, 1, 1, 1], "2023-12-31"),
      ...rows("test.kinderarmut", childPoverty),
      ...rows("test.u6", underSix),
      ...rows("test.change", [1, 2, 3, 4]),
    ]);

    const organisationId = (
      await db.prisma.organisation.create({ data: { name: "Kita Träger", type: "FREIER_TRAEGER" } })
    ).id;
    const offer = (name: string, categories: string[], capacityMax: number | null, plrs: number[], extra = {}) => ({
      input: {
        organisationId,
        name,
        description: `${name} (Test)`,
        categories,
        targetGroups: ["Familien"],
        languages: ["de"],
        cost: "FREE",
        capacityMax,
        locations: plrs.map((n) => ({ name: `Ort ${n}`, ...inPlr(n) })),
        schedules: [],
        ...extra,
      },
    });
    await createOffers(db, "test", [
      offer("kita", ["Kinderbetreuung"], 40, [1], { minAge: 0, maxAge: 6 }),
      offer("kita-two-sites", ["Kinderbetreuung"], 30, [3, 4], { minAge: 1, maxAge: 6 }),
      offer("beratung", ["Sozialberatung"], null, [2], { minAge: 18 }),
      offer("draft", ["Kinderbetreuung"], 50, [2]),
      offer("ended", ["Kinderbetreuung"], 50, [2], { status: "ENDED" }),
      offer("archived", ["Kinderbetreuung"], 50, [2]),
    ]);
    const ids = new Map((await db.prisma.offer.findMany()).map((row) => [row.name, row.id]));
    draftId = ids.get("draft") ?? "";
    await db.prisma.offer.updateMany({ where: { name: { not: "draft" } }, data: { publication: "PUBLISHED" } });
    await db.prisma.offer.update({ where: { id: ids.get("archived") }, data: { archivedAt: new Date() } });

    const plr2 = await db.prisma.area.findUniqueOrThrow({ where: { code: "01100102" } });
    await db.prisma.conference.create({
      data: {
        title: "Sozialraumkonferenz Nord",
        date: new Date("2025-03-01"),
        findings: {
          create: [{ kind: "GAP", category: "kinderbetreuung", areaId: plr2.id, description: "Kitaplätze fehlen" }],
        },
      },
    });
    await db.prisma.conference.create({
      data: {
        title: "Archivierte Konferenz",
        date: new Date("2024-03-01"),
        archivedAt: new Date(),
        findings: { create: [{ kind: "GAP", category: "kinderbetreuung", areaId: plr2.id, description: "Alt" }] },
      },
    });
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const run = (input: Record<string, unknown>, viewer?: typeof testViewer | null) =>
    client.execute<GapResult>(gapQuery, { input }, viewer === undefined ? {} : { viewer });

  it("gives planners the domain result for published, active offers (defaults: offers per 10,000 residents, 1 km)", async () => {
    const result = await run({});
    expect(result.errors).toBeUndefined();
    const analysis = result.data?.gapAnalysis;
    expect(analysis).toMatchObject({
      level: "PLANUNGSRAUM",
      date,
      supplyMeasure: "OFFERS",
      per: 10000,
      radiusKm: 1,
      offerCount: 3,
      offersWithoutCapacity: 0,
      populationIndicator: { key: "ew" },
      needIndicator: null,
      needIndexRun: null,
    });
    const expected = computeGapAnalysis(domainAreas(residents, [null, null, null, null]), domainOffers("OFFERS"), {
      radiusKm: 1,
      per: 10000,
      needDirection: "higherIsMoreNeed",
    });
    expectMatches(analysis?.areas ?? [], expected);
    expect(analysis?.overallSupplyRate).toBeCloseTo((3 / 5000) * 10000, 9);
    // 1 km reaches the neighbours: PLR 2 sees kita (PLR 1), beratung (2) and kita-two-sites (3).
    expect(analysis?.areas.find((area) => area.area.code === "01100102")?.offersInReach).toBe(3);
  });

  it("sets places against a percentage of residents and need, with filters", async () => {
    const input = {
      supplyMeasure: "PLACES",
      populationIndicatorKey: "test.u6",
      per: 100,
      needIndicatorKey: "test.kinderarmut",
      categories: ["Kinderbetreuung"],
      age: 3,
      radiusKm: 0.5,
    };
    const result = await run(input);
    expect(result.errors).toBeUndefined();
    const analysis = result.data?.gapAnalysis;
    expect(analysis).toMatchObject({
      offerCount: 2,
      offersWithoutCapacity: 0,
      needIndicator: { key: "test.kinderarmut" },
    });
    const children = underSix.map((share, index) => (share * (residents[index] as number)) / 100);
    expect(children).toEqual([50, 200, 90, 40]);
    const expected = computeGapAnalysis(
      domainAreas(children, childPoverty),
      domainOffers("PLACES", "Kinderbetreuung"),
      {
        radiusKm: 0.5,
        per: 100,
        needDirection: "higherIsMoreNeed",
      },
    );
    expectMatches(analysis?.areas ?? [], expected);
    // 0.5 km: each area only its own offers. PLR 1: 40 places / 50 children = 80 per 100; PLR 2: none.
    const byCode = new Map(analysis?.areas.map((area) => [area.area.code, area]));
    expect(byCode.get("01100101")?.supplyRate).toBeCloseTo(80, 9);
    expect(byCode.get("01100102")).toMatchObject({ supply: 0, supplyRate: 0, need: 40, needClass: 3, rank: 1 });
    expect(byCode.get("01100102")?.findings).toEqual([{ description: "Kitaplätze fehlen" }]);
    expect(byCode.get("01100101")?.findings).toEqual([]);

    const places = await run({ supplyMeasure: "PLACES" });
    expect(places.data?.gapAnalysis).toMatchObject({ offerCount: 3, offersWithoutCapacity: 1 });
  });

  it("counts offers located in the area at radius 0 and maps them up to coarser levels", async () => {
    const zero = await run({ radiusKm: 0 });
    const byCode = new Map(zero.data?.gapAnalysis.areas.map((area) => [area.area.code, area]));
    expect(plrCodes.map((code) => byCode.get(code)?.offersInReach)).toEqual([1, 1, 1, 1]);
    // kita-two-sites is split: half an offer in PLR 3 (1,500 people), half in PLR 4 (500).
    expect(byCode.get("01100103")?.supplyRate).toBeCloseTo((0.5 / 1500) * 10000, 9);

    await upsertObservations(db, "test", [
      { indicatorKey: "ew", areaCode: "011001", referenceDate: date, value: 5000 },
    ]);
    const region = await run({ level: "BEZIRKSREGION", radiusKm: 0 });
    expect(region.errors).toBeUndefined();
    expect(region.data?.gapAnalysis.areas).toEqual([
      expect.objectContaining({
        area: { code: "011001" },
        targetPopulation: 5000,
        supply: expect.closeTo(3, 9),
        offersInReach: 3,
      }),
    ]);
  });

  it("does not count a draft offer until it is published", async () => {
    const before = await run({});
    expect(before.data?.gapAnalysis.offerCount).toBe(3);
    await db.prisma.offer.update({ where: { id: draftId }, data: { publication: "PUBLISHED" } });
    try {
      const after = await run({});
      expect(after.data?.gapAnalysis.offerCount).toBe(4);
      const byCode = new Map(after.data?.gapAnalysis.areas.map((area) => [area.area.code, area]));
      expect(byCode.get("01100102")?.offersInReach).toBe(4);
    } finally {
      await db.prisma.offer.update({ where: { id: draftId }, data: { publication: "DRAFT" } });
    }
  });

  it("adds hypothetical offers to the result and saves nothing", async () => {
    const counts = async () => [
      await db.prisma.offer.count(),
      await db.prisma.offerLocation.count(),
      await db.prisma.changeLog.count(),
    ];
    const before = await counts();
    const base = await run({ supplyMeasure: "PLACES", radiusKm: 0 });
    const scenario = await run({
      supplyMeasure: "PLACES",
      radiusKm: 0,
      hypotheticalOffers: [
        { label: "Neue Kita", ...inPlr(2), places: 60 },
        { latitude: 48.1, longitude: 11.6 },
      ],
    });
    expect(scenario.errors).toBeUndefined();
    const plr2 = (result: typeof base) => result.data?.gapAnalysis.areas.find((area) => area.area.code === "01100102");
    // PLR 2's only offer (beratung) has no known capacity: no places, not in reach for PLACES.
    expect(plr2(base)).toMatchObject({ supply: 0, offersInReach: 0 });
    expect(plr2(scenario)).toMatchObject({ supply: 60, supplyRate: 300, offersInReach: 1 });
    expect(scenario.data?.gapAnalysis.offerCount).toBe(3);
    expect(scenario.data?.gapAnalysis.overallSupplyRate).toBeCloseTo(((70 + 60 + 1) / 5000) * 10000, 9);
    expect(await counts()).toEqual(before);
  });

  it("takes need from the status index of an index run of the same level", async () => {
    const definition = await db.prisma.indexDefinition.create({ data: { key: "test-index", name: "Test", spec: {} } });
    const plrs = await db.prisma.area.findMany({ where: { level: "PLANUNGSRAUM" }, orderBy: { code: "asc" } });
    const indexRun = await db.prisma.indexRun.create({
      data: {
        definitionId: definition.id,
        definitionVersion: 1,
        definitionSnapshot: {},
        level: "PLANUNGSRAUM",
        referenceDate: new Date(`${date}T00:00:00Z`),
        statistics: {},
        validCount: 3,
        excludedCount: 1,
        results: {
          create: plrs.map((area, index) => ({
            areaId: area.id,
            statusIndex: index === 3 ? null : [0.5, -1, 2][index],
          })),
        },
      },
    });
    const result = await run({ needIndexRunId: indexRun.id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.gapAnalysis).toMatchObject({ date, needIndexRun: { id: indexRun.id }, needIndicator: null });
    const expected = computeGapAnalysis(domainAreas(residents, [0.5, -1, 2, null]), domainOffers("OFFERS"), {
      radiusKm: 1,
      per: 10000,
      needDirection: "higherIsMoreNeed",
    });
    expectMatches(result.data?.gapAnalysis.areas ?? [], expected);

    const wrongLevel = await run({ needIndexRunId: indexRun.id, level: "BEZIRK" });
    expect(fieldErrorsOf(wrongLevel)).toEqual({
      needIndexRunId: "the index run is for level PLANUNGSRAUM, not BEZIRK",
    });
  });

  it("refuses viewers, providers and the public", async () => {
    for (const viewer of [testViewer, testProvider]) {
      const result = await run({}, viewer);
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      expect(result.data).toBeNull();
    }
    expect(errorCodes(await run({}, null))).toEqual(["UNAUTHENTICATED"]);
  });

  it("names bad input by field", async () => {
    expect(fieldErrorsOf(await run({ radiusKm: 25, per: 0, age: 200 }))).toEqual({
      radiusKm: "must be between 0 and 20",
      per: "must be at least 1",
      age: "must be between 0 and 120",
    });
    expect(fieldErrorsOf(await run({ needIndicatorKey: "test.kinderarmut", needIndexRunId: draftId }))).toEqual({
      needIndexRunId: "give either needIndicatorKey or needIndexRunId, not both",
    });
    expect(fieldErrorsOf(await run({ populationIndicatorKey: "nope", needIndicatorKey: "nix" }))).toEqual({
      populationIndicatorKey: "no indicator with key nope",
      needIndicatorKey: "no indicator with key nix",
    });
    expect(fieldErrorsOf(await run({ populationIndicatorKey: "test.change" }))).toEqual({
      populationIndicatorKey:
        "indicator test.change (unit Prozentpunkte) is neither a count of people nor a percentage of residents",
    });
    expect(fieldErrorsOf(await run({ needIndexRunId: "not-an-id" }))).toEqual({
      needIndexRunId: "no index run with this id",
    });
    expect(fieldErrorsOf(await run({ date: "2022-12-31" }))).toEqual({
      populationIndicatorKey: "indicator ew has no values on 2022-12-31 for areas of level PLANUNGSRAUM",
    });
    expect(fieldErrorsOf(await run({ level: "PROGNOSERAUM" }))).toEqual({
      date: "no Stichtag has values of ew for areas of level PROGNOSERAUM",
    });
    expect(fieldErrorsOf(await run({ hypotheticalOffers: [{ latitude: 91, longitude: 13, places: 0 }] }))).toEqual({
      "hypotheticalOffers.0.latitude": "must be between -90 and 90",
      "hypotheticalOffers.0.places": "must be at least 1",
    });
  });
});
