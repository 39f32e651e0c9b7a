import type { AreaInput } from "@sozialatlas/domain/area";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FieldError } from "../../lib/validation.ts";
import { smallCity } from "../../test/factories.ts";
import {
  graphqlClient,
  type OperationResult,
  testAdmin,
  testPlanner,
  testProvider,
  testViewer,
} from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../account/account.service.ts";
import { upsertAreas } from "../area/area.service.ts";
import { createIndicator } from "./indicator.service.ts";
import { upsertObservations } from "./observation.service.ts";

// A small city of two Bezirke with five Planungsräume, residents (ew) per Planungsraum and two
// shares with counts: one under the default rule, one rounding counts to 5.
const plr = (code: string, parentCode: string): AreaInput => ({
  code,
  name: `Planungsraum ${code}`,
  level: "PLANUNGSRAUM",
  parentCode,
  geometry: null,
  areaM2: null,
});
const city: AreaInput[] = [
  { code: "99000000", name: "Teststadt", level: "STADT", parentCode: null, geometry: null, areaM2: null },
  ...(["01", "02"] as const).flatMap((bezirk): AreaInput[] => [
    { code: bezirk, name: `Bezirk ${bezirk}`, level: "BEZIRK", parentCode: "99000000", geometry: null, areaM2: null },
    {
      code: `${bezirk}10`,
      name: `Prognoseraum ${bezirk}10`,
      level: "PROGNOSERAUM",
      parentCode: bezirk,
      geometry: null,
      areaM2: null,
    },
    {
      code: `${bezirk}1001`,
      name: `Bezirksregion ${bezirk}1001`,
      level: "BEZIRKSREGION",
      parentCode: `${bezirk}10`,
      geometry: null,
      areaM2: null,
    },
  ]),
  plr("01100101", "011001"),
  plr("01100102", "011001"),
  plr("02100101", "021001"),
  plr("02100102", "021001"),
  plr("02100103", "021001"),
];

const share = (key: string, name: string) => ({
  key,
  name,
  description: `${name} je 100 Einwohnerinnen und Einwohner der Bezugsgruppe (Testdaten).`,
  unit: "%",
  polarity: "HIGHER_IS_WORSE",
  numeratorDefinition: `${name}: Fälle`,
  denominatorDefinition: "Einwohnerinnen und Einwohner der Bezugsgruppe",
  topic: "Armut",
  source: "Teststatistik",
  licence: "CC BY 4.0",
});
const residents = {
  key: "ew",
  name: "Einwohnerinnen und Einwohner",
  description: "Einwohnerinnen und Einwohner am Stichtag.",
  unit: "Personen",
  polarity: "NEUTRAL",
  topic: "Bevölkerung",
  source: "Teststatistik",
  licence: "CC BY 4.0",
  decimals: 0,
};

const date = "2020-12-31";
const row = (indicatorKey: string, areaCode: string, numerator: number, denominator: number) => ({
  indicatorKey,
  areaCode,
  referenceDate: date,
  value: (numerator / denominator) * 100,
  numerator,
  denominator,
});
const count = (areaCode: string, value: number) => ({ indicatorKey: "ew", areaCode, referenceDate: date, value });

const protectedViewers: Array<[string, Viewer | null]> = [
  ["the public", null],
  ["council staff (VIEWER)", testViewer],
  ["a provider", testProvider],
];
const rawViewers: Array<[string, Viewer]> = [
  ["a planner", testPlanner],
  ["an admin", testAdmin],
];

const valueFields =
  "value numerator denominator disclosure { status reason reasonText roundedTo } interval { lower upper level }";

interface Disclosed {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  disclosure: { status: string; reason: string | null; reasonText: string | null; roundedTo: number | null };
  interval: { lower: number; upper: number; level: number } | null;
}
type ObservationData = Disclosed & { missingReason: string | null; area: { code: string } };

const suppressed = (reason: string, reasonText: string) => ({
  value: null,
  numerator: null,
  denominator: null,
  disclosure: { status: "SUPPRESSED", reason, reasonText, roundedTo: null },
  interval: null,
});
const shown = (
  status: string,
  value: number,
  numerator: number | null,
  denominator: number | null,
  interval: [number, number] | null,
  roundedTo: number | null = null,
) => ({
  value: expect.closeTo(value, 9),
  numerator,
  denominator,
  disclosure: { status, reason: null, reasonText: null, roundedTo },
  interval: interval && { lower: expect.closeTo(interval[0], 6), upper: expect.closeTo(interval[1], 6), level: 0.95 },
});
const raw = (value: number, numerator: number | null, denominator: number | null, interval: [number, number] | null) =>
  shown("RAW", value, numerator, denominator, interval);

// Wilson intervals (z = 1.959964) worked out independently of the code under test. For 12 of 48:
// p = 0.25, z²/n = 0.0800304, centre = (0.25 + 0.0400152) / 1.0800304 = 0.2685252,
// half width = 1.959964 · √(0.25 · 0.75 / 48 + 3.841459 / 9216) / 1.0800304 = 0.1193189.
const wilson = {
  "12/48": [14.920633611613452, 38.78437292581057],
  "2/40": [1.382066726155863, 16.50387749510587],
  "10/40": [14.18711857438798, 40.19396154853519],
  "38/40": [83.49612250489412, 98.61793327384413],
  "0/2": [0, 65.76197760453506],
  "2/50": [1.1038884228173513, 13.460090793615148],
  "25/120": [14.528439565967386, 28.947678502783635],
  "23/120": [13.12502588508454, 27.1211560733094],
  "40/400": [7.4299258965132315, 13.33105766212138],
  "42/400": [7.86237272569577, 13.889098538455908],
  "5/60": [3.6120456373126566, 18.068942115539606],
  "7/61": [5.671202629817914, 21.844308571060548],
  "50/510": [7.515775544232735, 12.693076249737576],
  "51/511": [7.672738639504914, 12.885329685311026],
} as const satisfies Record<string, [number, number]>;

const byArea = <T extends { area: { code: string } }>(rows: readonly T[]) =>
  Object.fromEntries(rows.map(({ area, ...rest }) => [area.code, rest]));

describe("disclosure control per role over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await upsertAreas(db, city);
    await createIndicator(db, "test", residents);
    await createIndicator(db, "test", share("test.kinderarmut", "Kinderarmut"));
    const created = await client.execute(
      `mutation($input: IndicatorInput!) { createIndicator(input: $input) { disclosure { minCount minPopulation rounding } } }`,
      { input: { ...share("test.arbeitslos", "Arbeitslosigkeit"), disclosure: { rounding: "FIVE" } } },
    );
    expect(created.data).toEqual({
      createIndicator: { disclosure: { minCount: 3, minPopulation: 300, rounding: "FIVE" } },
    });
    await upsertObservations(db, "test", [
      count("01100101", 1000),
      count("01100102", 250),
      count("02100101", 800),
      count("02100102", 1200),
      count("02100103", 500),
      row("test.kinderarmut", "01100101", 2, 40), // small count
      row("test.kinderarmut", "01100102", 10, 40), // small population (250 residents)
      row("test.kinderarmut", "02100101", 38, 40), // small complement (all but 2)
      row("test.kinderarmut", "02100102", 12, 48), // shown
      row("test.kinderarmut", "02100103", 0, 2), // small denominator
      row("test.arbeitslos", "01100101", 23, 120), // rounded to 25 of 120
      {
        indicatorKey: "test.arbeitslos",
        areaCode: "01100102",
        referenceDate: date,
        value: null,
        missingReason: "keine Angabe in der Quelle",
      },
      row("test.arbeitslos", "02100101", 42, 400), // rounded to 40 of 400
      row("test.arbeitslos", "02100102", 2, 50), // small count, rounding or not
      row("test.arbeitslos", "02100103", 7, 61), // rounded to 5 of 60
    ]);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const observationsOf = async (indicatorKey: string, viewer: Viewer | null) => {
    const result = await client.execute<{ observations: { edges: Array<{ node: ObservationData }> } }>(
      `query($keys: [String!]) { observations(filter: { indicatorKeys: $keys }) {
         edges { node { missingReason area { code } ${valueFields} } } } }`,
      { keys: [indicatorKey] },
      { viewer },
    );
    expect(result.errors).toBeUndefined();
    return byArea(result.data?.observations.edges.map((edge) => edge.node) ?? []);
  };

  const kinderarmutProtected = {
    "01100101": { missingReason: null, ...suppressed("SMALL_COUNT", "Geheimhaltung: weniger als 3 Fälle") },
    "01100102": {
      missingReason: null,
      ...suppressed("SMALL_POPULATION", "Geheimhaltung: weniger als 300 Einwohnerinnen und Einwohner im Gebiet"),
    },
    "02100101": {
      missingReason: null,
      ...suppressed("SMALL_COMPLEMENT", "Geheimhaltung: weniger als 3 Fälle nicht betroffen"),
    },
    "02100102": { missingReason: null, ...shown("PUBLISHED", 25, 12, 48, wilson["12/48"]) },
    "02100103": { missingReason: null, ...suppressed("SMALL_DENOMINATOR", "Geheimhaltung: Bezugsgröße kleiner als 3") },
  };
  const kinderarmutRaw = {
    "01100101": { missingReason: null, ...raw(5, 2, 40, wilson["2/40"]) },
    "01100102": { missingReason: null, ...raw(25, 10, 40, wilson["10/40"]) },
    "02100101": { missingReason: null, ...raw(95, 38, 40, wilson["38/40"]) },
    "02100102": { missingReason: null, ...raw(25, 12, 48, wilson["12/48"]) },
    "02100103": { missingReason: null, ...raw(0, 0, 2, wilson["0/2"]) },
  };

  it.each(protectedViewers)("gives %s suppressed values with their reason, never a silent null", async (_, viewer) => {
    expect(await observationsOf("test.kinderarmut", viewer)).toEqual(kinderarmutProtected);
  });

  it.each(rawViewers)("gives %s the raw values and counts", async (_, viewer) => {
    expect(await observationsOf("test.kinderarmut", viewer)).toEqual(kinderarmutRaw);
  });

  const arbeitslosProtected = {
    "01100101": shown("ROUNDED", (25 / 120) * 100, 25, 120, wilson["25/120"], 5),
    "01100102": {
      value: null,
      numerator: null,
      denominator: null,
      disclosure: { status: "PUBLISHED", reason: null, reasonText: null, roundedTo: null },
      interval: null,
    },
    "02100101": shown("ROUNDED", 10, 40, 400, wilson["40/400"], 5),
    "02100102": suppressed("SMALL_COUNT", "Geheimhaltung: weniger als 3 Fälle"),
    "02100103": shown("ROUNDED", (5 / 60) * 100, 5, 60, wilson["5/60"], 5),
  };
  const arbeitslosRaw = {
    "01100101": raw((23 / 120) * 100, 23, 120, wilson["23/120"]),
    "01100102": {
      value: null,
      numerator: null,
      denominator: null,
      disclosure: { status: "RAW", reason: null, reasonText: null, roundedTo: null },
      interval: null,
    },
    "02100101": raw(10.5, 42, 400, wilson["42/400"]),
    "02100102": raw(4, 2, 50, wilson["2/50"]),
    "02100103": raw((7 / 61) * 100, 7, 61, wilson["7/61"]),
  };

  const indicatorObservations = async (viewer: Viewer | null) => {
    const result = await client.execute<{
      indicatorByKey: { observations: Array<Disclosed & { missingReason: string | null; area: { code: string } }> };
    }>(
      `{ indicatorByKey(key: "test.arbeitslos") { observations(referenceDate: "${date}") {
           missingReason area { code } ${valueFields} } } }`,
      {},
      { viewer },
    );
    expect(result.errors).toBeUndefined();
    return byArea(result.data?.indicatorByKey.observations ?? []);
  };

  it.each(protectedViewers)(
    "rounds counts for %s and recomputes the value from them (Indicator.observations)",
    async (_, viewer) => {
      const rows = await indicatorObservations(viewer);
      expect(rows).toEqual(
        Object.fromEntries(
          Object.entries(arbeitslosProtected).map(([code, expected]) => [
            code,
            { ...expected, missingReason: code === "01100102" ? "keine Angabe in der Quelle" : null },
          ]),
        ),
      );
    },
  );

  it.each(rawViewers)("shows %s unrounded counts (Indicator.observations)", async (_, viewer) => {
    const rows = await indicatorObservations(viewer);
    expect(rows).toEqual(
      Object.fromEntries(
        Object.entries(arbeitslosRaw).map(([code, expected]) => [
          code,
          { ...expected, missingReason: code === "01100102" ? "keine Angabe in der Quelle" : null },
        ]),
      ),
    );
  });

  it("keeps a value missing in the source missing with its reason, not suppressed", async () => {
    const rows = await indicatorObservations(null);
    expect(rows["01100102"]).toMatchObject({
      value: null,
      missingReason: "keine Angabe in der Quelle",
      disclosure: { status: "PUBLISHED", reason: null },
    });
  });

  // Indicator.mapValues must show exactly what Indicator.observations shows the same viewer.
  const mapValuesOf = async (key: string, viewer: Viewer | null, locale = "DE") => {
    const result = await client.execute<{
      indicatorByKey: {
        mapValues: Array<{ areaCode: string; value: number | null; state: string; reason: string | null }>;
      };
    }>(
      `query($key: String!, $date: Date!, $locale: Locale) { indicatorByKey(key: $key) {
         mapValues(referenceDate: $date, locale: $locale) { areaCode value state reason } } }`,
      { key, date, locale },
      { viewer },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.indicatorByKey.mapValues ?? [];
  };
  const asMapValues = (expected: Record<string, Omit<Disclosed, "value"> & { value: unknown }>, missing = "") =>
    Object.entries(expected).map(([areaCode, { value, disclosure }]) => {
      if (disclosure.status === "SUPPRESSED")
        return { areaCode, value: null, state: "SUPPRESSED", reason: disclosure.reasonText };
      if (value === null) return { areaCode, value: null, state: "MISSING", reason: missing };
      return { areaCode, value, state: "VALUE", reason: null };
    });

  it.each(protectedViewers)("gives %s the same protected values on maps (Indicator.mapValues)", async (_, viewer) => {
    expect(await mapValuesOf("test.kinderarmut", viewer)).toEqual(asMapValues(kinderarmutProtected));
    expect(await mapValuesOf("test.arbeitslos", viewer)).toEqual(
      asMapValues(arbeitslosProtected, "keine Angabe in der Quelle"),
    );
  });

  it.each(rawViewers)("gives %s raw values on maps (Indicator.mapValues)", async (_, viewer) => {
    expect(await mapValuesOf("test.kinderarmut", viewer)).toEqual(asMapValues(kinderarmutRaw));
    expect(await mapValuesOf("test.arbeitslos", viewer)).toEqual(
      asMapValues(arbeitslosRaw, "keine Angabe in der Quelle"),
    );
  });

  it("explains suppressions on maps in the asked language and has nothing for another Stichtag", async () => {
    const english = await mapValuesOf("test.kinderarmut", null, "EN");
    expect(english.find((entry) => entry.areaCode === "01100101")).toEqual({
      areaCode: "01100101",
      value: null,
      state: "SUPPRESSED",
      reason: expect.stringMatching(/fewer than 3/i),
    });
    const result = await client.execute<{ indicatorByKey: { mapValues: unknown[] } }>(
      `{ indicatorByKey(key: "test.kinderarmut") { mapValues(referenceDate: "2019-12-31") { areaCode } } }`,
    );
    expect(result.data?.indicatorByKey.mapValues).toEqual([]);
  });

  it("protects values on every path: one observation by id, the values of an area, residents themselves", async () => {
    const stored = await db.prisma.observation.findFirstOrThrow({
      where: { indicator: { key: "test.kinderarmut" }, area: { code: "01100101" } },
    });
    const byId = await client.execute<{ observation: Disclosed }>(
      `query($id: ID!) { observation(id: $id) { ${valueFields} } }`,
      { id: stored.id },
      { viewer: null },
    );
    expect(byId.data?.observation).toEqual(suppressed("SMALL_COUNT", "Geheimhaltung: weniger als 3 Fälle"));

    const ofArea = await client.execute<{
      area: { observations: Array<Disclosed & { indicator: { key: string } }> };
    }>(
      `{ area(code: "01100102") { observations(referenceDate: "${date}") { indicator { key } ${valueFields} } } }`,
      {},
      { viewer: testViewer },
    );
    const statuses = ofArea.data?.area.observations.map((o) => [o.indicator.key, o.value, o.disclosure.status]);
    // 250 residents: even the number of residents is withheld; the missing value stays missing.
    expect(statuses).toEqual([
      ["ew", null, "SUPPRESSED"],
      ["test.arbeitslos", null, "PUBLISHED"],
      ["test.kinderarmut", null, "SUPPRESSED"],
    ]);
    const asPlanner = await client.execute<{ area: { observations: Array<{ value: number | null }> } }>(
      `{ area(code: "01100102") { observations(referenceDate: "${date}") { value } } }`,
    );
    expect(asPlanner.data?.area.observations.map((o) => o.value)).toEqual([250, null, 25]);

    const residentsOf = await client.execute<{ observations: { edges: Array<{ node: ObservationData }> } }>(
      `{ observations(filter: { indicatorKeys: ["ew"] }) { edges { node { missingReason area { code } ${valueFields} } } } }`,
      {},
      { viewer: testProvider },
    );
    expect(byArea(residentsOf.data?.observations.edges.map((edge) => edge.node) ?? [])["01100101"]).toEqual({
      missingReason: null,
      ...shown("PUBLISHED", 1000, null, null, null),
    });
  });

  it("explains a suppression in German by default and in English on request", async () => {
    const result = await client.execute<{
      observations: { edges: Array<{ node: { area: { code: string }; disclosure: Record<string, string> } }> };
    }>(
      `{ observations(filter: { indicatorKeys: ["test.kinderarmut"] }) { edges { node { area { code }
         disclosure { de: reasonText en: reasonText(locale: EN) rule { minCount minPopulation rounding } } } } } }`,
      {},
      { viewer: null },
    );
    const texts = Object.fromEntries(
      result.data?.observations.edges.map(({ node }) => [node.area.code, node.disclosure]) ?? [],
    );
    expect(texts["01100102"]).toEqual({
      de: "Geheimhaltung: weniger als 300 Einwohnerinnen und Einwohner im Gebiet",
      en: "Confidential: fewer than 300 residents in the area",
      rule: { minCount: 3, minPopulation: 300, rounding: "NONE" },
    });
    expect(texts["02100101"]).toMatchObject({ en: "Confidential: fewer than 3 cases not concerned" });
    expect(texts["02100102"]).toMatchObject({ de: null, en: null });
  });

  it("gives 95 % Wilson intervals of shares per 100, from the counts the viewer sees", async () => {
    const planner = await observationsOf("test.kinderarmut", testPlanner);
    // 12 of 48 (worked out above): 26.85 ± 11.93 per 100.
    expect(planner["02100102"]?.interval).toEqual({
      lower: expect.closeTo(14.9206, 4),
      upper: expect.closeTo(38.7844, 4),
      level: 0.95,
    });
    // 2 of 40 and 38 of 40 mirror each other: 1.38–16.50 and 83.50–98.62.
    expect(planner["01100101"]?.interval?.lower).toBeCloseTo(100 - (planner["02100101"]?.interval?.upper ?? 0), 9);
    // 0 of 2: the lower end is exactly 0, not a rounding error below it.
    expect(planner["02100103"]?.interval?.lower).toBe(0);
    // For the public the interval of a suppressed value is withheld with it.
    const publicView = await observationsOf("test.kinderarmut", null);
    expect(publicView["01100101"]?.interval).toBeNull();
    const residentsInterval = await client.execute<{ observations: { edges: Array<{ node: Disclosed }> } }>(
      `{ observations(filter: { indicatorKeys: ["ew"] }) { edges { node { ${valueFields} } } } }`,
    );
    // Counts are not shares: no interval.
    expect(residentsInterval.data?.observations.edges.every(({ node }) => node.interval === null)).toBe(true);
  });

  const aggregatedFields = `area { code } status partCount missingPartCount ${valueFields}`;
  const aggregated = async (indicatorKey: string, level: string, viewer: Viewer | null) => {
    const result = await client.execute<{
      aggregatedValues: Array<Disclosed & { area: { code: string }; status: string; partCount: number }>;
    }>(
      `query($key: String!, $level: AreaLevel!) {
         aggregatedValues(indicatorKey: $key, level: $level, referenceDate: "${date}") { ${aggregatedFields} } }`,
      { key: indicatorKey, level },
      { viewer },
    );
    expect(result.errors).toBeUndefined();
    return byArea(result.data?.aggregatedValues ?? []);
  };

  it.each(protectedViewers)("applies disclosure control to aggregated counts for %s", async (_, viewer) => {
    // Each Planungsraum on its own: the same protection as the observations.
    const plrs = await aggregated("test.kinderarmut", "PLANUNGSRAUM", viewer);
    expect(plrs["01100101"]).toMatchObject({
      status: "OK",
      partCount: 1,
      ...suppressed("SMALL_COUNT", expect.any(String)),
    });
    expect(plrs["01100102"]?.disclosure.reason).toBe("SMALL_POPULATION");
    expect(plrs["02100102"]).toMatchObject({ value: 25, numerator: 12, denominator: 48 });
    // Bezirk 02: 42 + 2 + 7 = 51 of 400 + 50 + 61 = 511, rounded to 50 of 510.
    const bezirke = await aggregated("test.arbeitslos", "BEZIRK", viewer);
    expect(bezirke["02"]).toEqual({
      status: "OK",
      partCount: 3,
      missingPartCount: 0,
      ...shown("ROUNDED", (50 / 510) * 100, 50, 510, wilson["50/510"], 5),
    });
    // Bezirk 01: one Planungsraum has no value, so no counts to add up.
    expect(bezirke["01"]).toEqual({
      status: "COUNTS_MISSING",
      partCount: 2,
      missingPartCount: 1,
      value: null,
      numerator: null,
      denominator: null,
      disclosure: { status: "PUBLISHED", reason: null, reasonText: null, roundedTo: null },
      interval: null,
    });
  });

  it.each(rawViewers)("gives %s raw aggregated counts", async (_, viewer) => {
    const plrs = await aggregated("test.kinderarmut", "PLANUNGSRAUM", viewer);
    expect(plrs["01100101"]).toMatchObject({ value: 5, numerator: 2, denominator: 40, disclosure: { status: "RAW" } });
    const bezirke = await aggregated("test.arbeitslos", "BEZIRK", viewer);
    expect(bezirke["02"]).toEqual({
      status: "OK",
      partCount: 3,
      missingPartCount: 0,
      ...raw((51 / 511) * 100, 51, 511, wilson["51/511"]),
    });
  });
});

describe("disclosure rules of indicators", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const fieldErrors = (result: OperationResult<unknown>): FieldError[] =>
    (result.errors?.[0]?.extensions?.fieldErrors as FieldError[] | undefined) ?? [];
  const create = `mutation($input: IndicatorInput!) { createIndicator(input: $input) { id disclosure { minCount minPopulation rounding } } }`;
  const update = `mutation($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { disclosure { minCount minPopulation rounding } } }`;

  it("stores a rule, defaults omitted fields, and a full replacement without a rule resets it", async () => {
    const created = await client.execute<{ createIndicator: { id: string; disclosure: unknown } }>(create, {
      input: { ...share("test.a", "A"), disclosure: { minCount: 5, rounding: "TEN" } },
    });
    expect(created.data?.createIndicator.disclosure).toEqual({ minCount: 5, minPopulation: 300, rounding: "TEN" });
    const id = created.data?.createIndicator.id;
    const updated = await client.execute(update, { id, input: share("test.a", "A") });
    expect(updated.data).toEqual({
      updateIndicator: { disclosure: { minCount: 3, minPopulation: 300, rounding: "NONE" } },
    });
    const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
      `query($id: ID!) { changeLog(entity: "Indicator", entityId: $id) { action changes } }`,
      { id },
    );
    expect(log.data?.changeLog.find((entry) => entry.action === "UPDATE")?.changes).toEqual({
      disclosureMinCount: { from: 5, to: 3 },
      disclosureRounding: { from: 10, to: null },
    });
  });

  it("rejects rules out of range field by field and writes nothing", async () => {
    const result = await client.execute(create, {
      input: { ...share("test.b", "B"), disclosure: { minCount: 0, minPopulation: -1 } },
    });
    expect(fieldErrors(result)).toEqual([
      { field: "disclosure.minCount", message: "must be at least 1" },
      { field: "disclosure.minPopulation", message: "cannot be negative" },
    ]);
    expect(await db.prisma.indicator.count({ where: { key: "test.b" } })).toBe(0);
  });

  it("lets only planners change a rule", async () => {
    const result = await client.execute(create, { input: share("test.c", "C") }, { viewer: testViewer });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("disclosure control without N+1", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await createIndicator(db, "test", residents);
    await createIndicator(db, "test", share("test.anteil", "Anteil"));
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function seedCity(planungsraeume: number): Promise<void> {
    const plrs = smallCity(planungsraeume).filter((area) => area.level === "PLANUNGSRAUM");
    await upsertAreas(db, smallCity(planungsraeume));
    await upsertObservations(db, "test", [
      ...plrs.map((area, index) => count(area.code, 200 + index * 10)),
      ...plrs.map((area, index) => row("test.anteil", area.code, index % 7, 40)),
    ]);
  }

  async function statements(query: string, expectedRows: number): Promise<number> {
    db.resetQueryLog();
    const result = await client.execute<Record<string, unknown>>(query, {}, { viewer: null });
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data).match(/"status"/g)).toHaveLength(expectedRows);
    return db.queries.length;
  }

  it("issues the same number of statements for 10 and 500 observations", async () => {
    const fields = `value numerator denominator disclosure { status reason reasonText } interval { lower upper }`;
    const list = (first: number) =>
      `{ observations(first: ${first}, filter: { indicatorKeys: ["test.anteil"] }) { edges { node { ${fields} } } } }`;
    const nested = `{ areas(level: PLANUNGSRAUM) { observations(indicatorKeys: ["test.anteil"]) { ${fields} } } }`;
    const byIndicator = `{ indicatorByKey(key: "test.anteil") { observations { ${fields} } } }`;

    const map = `{ indicatorByKey(key: "test.anteil") { mapValues(referenceDate: "${date}") { areaCode value state reason } } }`;
    const mapStatements = async (expected: number) => {
      db.resetQueryLog();
      const result = await client.execute<{ indicatorByKey: { mapValues: unknown[] } }>(map, {}, { viewer: null });
      expect(result.data?.indicatorByKey.mapValues).toHaveLength(expected);
      return db.queries.length;
    };

    await seedCity(10);
    const small = [
      await statements(list(10), 10),
      await statements(nested, 10),
      await statements(byIndicator, 10),
      await mapStatements(10),
    ];
    await seedCity(500);
    const large = [
      await statements(list(500), 500),
      await statements(nested, 500),
      await statements(byIndicator, 500),
      await mapStatements(500),
    ];
    expect(large).toEqual(small);
    // A map: the indicator by key, then its values with areas and residents in one statement.
    expect(small[3]).toBeLessThanOrEqual(2);
  });
});
