import type { AreaInput } from "@sozialatlas/domain/area";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FieldError } from "../../lib/validation.ts";
import { smallCity } from "../../test/factories.ts";
import { graphqlClient, type OperationResult, testViewer } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../account/account.service.ts";
import { upsertAreas } from "../area/area.service.ts";
import { archiveIndicator, createIndicator } from "./indicator.service.ts";
import { upsertObservations } from "./observation.service.ts";

const area = (code: string, level: AreaInput["level"], parentCode: string | null): AreaInput => ({
  code,
  name: `Gebiet ${code}`,
  level,
  parentCode,
  geometry: null,
  areaM2: null,
});
// Bezirk 01 with two Planungsräume; Bezirk 02 with two Bezirksregionen of two and one.
const city: AreaInput[] = [
  area("99000000", "STADT", null),
  area("01", "BEZIRK", "99000000"),
  area("0110", "PROGNOSERAUM", "01"),
  area("011001", "BEZIRKSREGION", "0110"),
  area("01100101", "PLANUNGSRAUM", "011001"),
  area("01100102", "PLANUNGSRAUM", "011001"),
  area("02", "BEZIRK", "99000000"),
  area("0210", "PROGNOSERAUM", "02"),
  area("021001", "BEZIRKSREGION", "0210"),
  area("021002", "BEZIRKSREGION", "0210"),
  area("02100101", "PLANUNGSRAUM", "021001"),
  area("02100102", "PLANUNGSRAUM", "021001"),
  area("02100201", "PLANUNGSRAUM", "021002"),
];

const indicator = (key: string, unit: string, counts: boolean) => ({
  key,
  name: key,
  description: `Testindikator ${key}.`,
  unit,
  polarity: "NEUTRAL",
  numeratorDefinition: counts ? "Fälle" : null,
  denominatorDefinition: counts ? "Bezugsgruppe" : null,
  topic: "Test",
  source: "Teststatistik",
  licence: "CC BY 4.0",
});

const date = "2020-12-31";
const counted = (indicatorKey: string, areaCode: string, numerator: number, denominator: number) => ({
  indicatorKey,
  areaCode,
  referenceDate: date,
  value: (numerator / denominator) * 100,
  numerator,
  denominator,
});
const valued = (indicatorKey: string, areaCode: string, value: number) => ({
  indicatorKey,
  areaCode,
  referenceDate: date,
  value,
});

interface Aggregated {
  area: { code: string };
  partLevel: string | null;
  status: string;
  partCount: number;
  missingPartCount: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  interval: { lower: number; upper: number } | null;
  disclosure: { status: string; reason: string | null };
}

const fields = `area { code } partLevel status partCount missingPartCount value numerator denominator
  interval { lower upper } disclosure { status reason }`;
const query = `query($key: String!, $level: AreaLevel!, $date: Date!, $codes: [String!]) {
  aggregatedValues(indicatorKey: $key, level: $level, referenceDate: $date, areaCodes: $codes) { ${fields} } }`;

describe("aggregated values from counts over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await upsertAreas(db, city);
    for (const input of [
      indicator("ew", "Personen", false),
      indicator("test.haushalte", "Haushalte", false),
      indicator("test.sgb2", "%", true),
      indicator("test.mss", "%", true),
      indicator("test.teilweise", "%", true),
      indicator("test.veraenderung", "Prozentpunkte", false),
      indicator("test.alt", "%", true),
    ]) {
      await createIndicator(db, "test", input);
    }
    await upsertObservations(db, "test", [
      valued("ew", "01100101", 1000),
      valued("ew", "01100102", 2000),
      valued("ew", "02100101", 1500),
      valued("ew", "02100102", 500),
      valued("ew", "02100201", 3000),
      // A published sum for the Bezirk: the parts are summed, this row is not counted twice.
      valued("ew", "01", 3000),
      valued("test.haushalte", "01100101", 500),
      valued("test.haushalte", "01100102", 900),
      valued("test.haushalte", "02100101", 700),
      valued("test.haushalte", "02100201", 1400),
      counted("test.sgb2", "01100101", 100, 800),
      counted("test.sgb2", "01100102", 300, 1600),
      counted("test.sgb2", "02100101", 150, 1200),
      counted("test.sgb2", "02100102", 30, 400),
      counted("test.sgb2", "02100201", 600, 2400),
      // Shares as the MSS publishes them: values without counts.
      valued("test.mss", "01100101", 12.5),
      valued("test.mss", "01100102", 18.75),
      valued("test.mss", "02100101", 12.5),
      valued("test.mss", "02100102", 7.5),
      valued("test.mss", "02100201", 25),
      counted("test.teilweise", "01100101", 50, 500),
      counted("test.teilweise", "01100102", 70, 500),
      counted("test.teilweise", "02100101", 20, 100),
      valued("test.teilweise", "02100102", 30),
      counted("test.teilweise", "02100201", 40, 200),
      valued("test.veraenderung", "01100101", 1.5),
      valued("test.veraenderung", "01100102", -0.5),
      counted("test.alt", "01100101", 10, 100),
    ]);
    await archiveIndicator(
      db,
      "test",
      (await db.prisma.indicator.findUniqueOrThrow({ where: { key: "test.alt" } })).id,
    );
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function aggregate(
    key: string,
    level: string,
    options: { codes?: string[]; date?: string; viewer?: Viewer | null } = {},
  ): Promise<Record<string, Omit<Aggregated, "area">>> {
    const result = await client.execute<{ aggregatedValues: Aggregated[] }>(
      query,
      { key, level, date: options.date ?? date, codes: options.codes },
      "viewer" in options ? { viewer: options.viewer ?? null } : {},
    );
    expect(result.errors).toBeUndefined();
    return Object.fromEntries((result.data?.aggregatedValues ?? []).map(({ area, ...rest }) => [area.code, rest]));
  }

  it("divides summed numerators by summed denominators, never averaging shares", async () => {
    // Bezirk 01: (100 + 300) / (800 + 1600) = 400 / 2400 = 16.67 per 100 — the mean of the
    // shares 12.5 and 18.75 would be 15.63. Bezirk 02: (150 + 30 + 600) / (1200 + 400 + 2400)
    // = 780 / 4000 = 19.5 — the mean of 12.5, 7.5 and 25 would be 15.
    const bezirke = await aggregate("test.sgb2", "BEZIRK");
    expect(bezirke["01"]).toMatchObject({
      partLevel: "PLANUNGSRAUM",
      status: "OK",
      partCount: 2,
      missingPartCount: 0,
      numerator: 400,
      denominator: 2400,
      disclosure: { status: "RAW", reason: null },
    });
    expect(bezirke["01"]?.value).toBeCloseTo(16.666667, 5);
    expect(bezirke["02"]).toMatchObject({ status: "OK", partCount: 3, numerator: 780, denominator: 4000, value: 19.5 });
    // Wilson interval of 780 of 4000 (z = 1.959964): p = 0.195, z²/n = 0.00096036,
    // centre = (0.195 + 0.00048018) / 1.00096036 = 0.1952928, half width
    // = 1.959964 · √(0.195 · 0.805 / 4000 + 3.841459 / 64000000) / 1.00096036 = 0.0122758.
    expect(bezirke["02"]?.interval?.lower).toBeCloseTo(18.30169, 4);
    expect(bezirke["02"]?.interval?.upper).toBeCloseTo(20.75684, 4);

    // Through every level of the hierarchy: 1180 / 6400 = 18.4375 for the city; 180 / 1600
    // for Bezirksregion 021001, 600 / 2400 for 021002 (one Planungsraum).
    expect((await aggregate("test.sgb2", "STADT"))["99000000"]).toMatchObject({
      partCount: 5,
      numerator: 1180,
      denominator: 6400,
      value: 18.4375,
    });
    const regionen = await aggregate("test.sgb2", "BEZIRKSREGION");
    expect(Object.keys(regionen)).toEqual(["011001", "021001", "021002"]);
    expect(regionen["021001"]).toMatchObject({ partCount: 2, numerator: 180, denominator: 1600, value: 11.25 });
    expect(regionen["021002"]).toMatchObject({ partCount: 1, numerator: 600, denominator: 2400, value: 25 });
  });

  it("gives council staff the same sums, checked by disclosure control", async () => {
    const bezirke = await aggregate("test.sgb2", "BEZIRK", { viewer: testViewer });
    expect(bezirke["01"]).toMatchObject({
      status: "OK",
      numerator: 400,
      denominator: 2400,
      disclosure: { status: "PUBLISHED", reason: null },
    });
  });

  it("sums counts such as residents, from the smallest parts only", async () => {
    const bezirke = await aggregate("ew", "BEZIRK");
    expect(bezirke["01"]).toMatchObject({
      partLevel: "PLANUNGSRAUM",
      status: "OK",
      partCount: 2,
      value: 3000,
      numerator: null,
      denominator: null,
      interval: null,
    });
    expect(bezirke["02"]).toMatchObject({ status: "OK", partCount: 3, value: 5000 });
    expect((await aggregate("ew", "STADT"))["99000000"]?.value).toBe(8000);
  });

  it("says COUNTS_MISSING instead of inventing a value when a part lacks its counts", async () => {
    // Shares without any counts (as in the real MSS data): no value for any Bezirk.
    const mss = await aggregate("test.mss", "BEZIRK");
    expect(mss["01"]).toMatchObject({
      status: "COUNTS_MISSING",
      partCount: 2,
      missingPartCount: 2,
      value: null,
      numerator: null,
      denominator: null,
      interval: null,
      disclosure: { status: "RAW", reason: null },
    });
    // One Planungsraum of Bezirk 02 has a value but no counts; Bezirk 01 is complete.
    const partly = await aggregate("test.teilweise", "BEZIRK");
    expect(partly["01"]).toMatchObject({ status: "OK", numerator: 120, denominator: 1000, value: 12 });
    expect(partly["02"]).toMatchObject({ status: "COUNTS_MISSING", partCount: 3, missingPartCount: 1, value: null });
    // A count missing for one part (no observation for 02100102).
    const households = await aggregate("test.haushalte", "BEZIRK");
    expect(households["01"]).toMatchObject({ status: "OK", value: 1400 });
    expect(households["02"]).toMatchObject({ status: "COUNTS_MISSING", missingPartCount: 1, value: null });
  });

  it("answers NOT_AGGREGATABLE for changes in percentage points and NO_DATA where nothing is measured", async () => {
    const change = await aggregate("test.veraenderung", "BEZIRK");
    expect(change["01"]).toMatchObject({ status: "NOT_AGGREGATABLE", partCount: 2, value: null });
    expect(change["02"]).toMatchObject({ status: "NO_DATA", partCount: 3, missingPartCount: 3, value: null });
    const earlier = await aggregate("test.sgb2", "BEZIRK", { date: "2019-12-31" });
    expect(earlier["01"]).toMatchObject({ status: "NO_DATA", partLevel: null, partCount: 0, value: null });
  });

  it("computes only the listed areas", async () => {
    const listed = await aggregate("test.sgb2", "BEZIRK", { codes: ["02"] });
    expect(Object.keys(listed)).toEqual(["02"]);
    expect(listed["02"]?.value).toBe(19.5);
  });

  it("answers unknown or archived indicators and unknown or misplaced areas with field errors", async () => {
    const errors = async (variables: Record<string, unknown>) => {
      const result: OperationResult<unknown> = await client.execute(query, { date, level: "BEZIRK", ...variables });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      return result.errors?.[0]?.extensions?.fieldErrors as FieldError[];
    };
    expect(await errors({ key: "test.unbekannt" })).toEqual([
      { field: "indicatorKey", message: "unknown indicator key test.unbekannt" },
    ]);
    expect(await errors({ key: "test.alt" })).toEqual([
      { field: "indicatorKey", message: "indicator test.alt is archived: restore it first" },
    ]);
    expect(await errors({ key: "test.sgb2", codes: ["01100101", "02", "77"] })).toEqual([
      { field: "areaCodes.0", message: "01100101 is a PLANUNGSRAUM, not a BEZIRK" },
      { field: "areaCodes.2", message: "unknown area code 77" },
    ]);
  });
});

describe("aggregated values without N+1", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await createIndicator(db, "test", indicator("ew", "Personen", false));
    await createIndicator(db, "test", indicator("test.anteil", "%", true));
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function seedCity(planungsraeume: number): Promise<void> {
    const areas = smallCity(planungsraeume);
    await upsertAreas(db, areas);
    const plrs = areas.filter((candidate) => candidate.level === "PLANUNGSRAUM");
    await upsertObservations(db, "test", [
      ...plrs.map((plr, index) => valued("ew", plr.code, 250 + index)),
      ...plrs.map((plr, index) => counted("test.anteil", plr.code, index % 9, 40)),
    ]);
  }

  async function statements(level: string, expectedRows: number): Promise<number> {
    db.resetQueryLog();
    const result = await client.execute<{ aggregatedValues: unknown[] }>(
      query,
      { key: "test.anteil", level, date },
      { viewer: null },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.aggregatedValues).toHaveLength(expectedRows);
    return db.queries.length;
  }

  it("issues the same number of statements for 10 and 500 areas", async () => {
    await seedCity(10);
    const small = [await statements("PLANUNGSRAUM", 10), await statements("BEZIRK", 1)];
    await seedCity(500);
    const large = [await statements("PLANUNGSRAUM", 500), await statements("BEZIRK", 1)];
    expect(large).toEqual(small);
  });
});
