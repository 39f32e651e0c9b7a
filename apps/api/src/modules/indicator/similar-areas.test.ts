import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FieldError } from "../../lib/validation.ts";
import { smallCity } from "../../test/factories.ts";
import { graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { createIndicator } from "./indicator.service.ts";
import { upsertObservations } from "./observation.service.ts";

const indicator = (key: string, unit: string) => ({
  key,
  name: key,
  description: `Testindikator ${key}.`,
  unit,
  polarity: "NEUTRAL",
  topic: "Test",
  source: "Teststatistik",
  licence: "CC BY 4.0",
});

const date = "2020-12-31";
// Six Planungsräume 01100101–06 (A–F). x in %, y in years: different units, so each is
// standardised over the four complete areas A–D.
//   x: 0, 2, 4, 2  → mean 2,  population SD √2   → z: −√2, 0, √2, 0
//   y: 10, 10, 30, 30 → mean 20, population SD 10 → z: −1, −1, 1, 1
// From A (−√2, −1): B (0, −1) at √2 = 1.4142, D (0, 1) at √(2 + 4) = √6 = 2.4495,
// C (√2, 1) at √(8 + 4) = √12 = 3.4641. E lacks x, F has no values at all: both skipped.
const [A, B, C, D, E] = ["01100101", "01100102", "01100103", "01100104", "01100105"] as const;
const values: Array<[string, string, number]> = [
  ["test.x", A, 0],
  ["test.x", B, 2],
  ["test.x", C, 4],
  ["test.x", D, 2],
  ["test.y", A, 10],
  ["test.y", B, 10],
  ["test.y", C, 30],
  ["test.y", D, 30],
  ["test.y", E, 20],
];

const query = `query($code: String!, $keys: [String!]!, $date: Date!, $k: Int) {
  similarAreas(areaCode: $code, indicatorKeys: $keys, referenceDate: $date, k: $k) {
    area { code } indicators { key } referenceDate comparedCount skippedCount
    areas { rank distance area { code level } } } }`;

interface Result {
  similarAreas: {
    area: { code: string };
    indicators: Array<{ key: string }>;
    referenceDate: string;
    comparedCount: number;
    skippedCount: number;
    areas: Array<{ rank: number; distance: number; area: { code: string; level: string } }>;
  };
}

describe("similar areas over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await upsertAreas(db, smallCity(6));
    await createIndicator(db, "test", indicator("test.x", "%"));
    await createIndicator(db, "test", indicator("test.y", "Jahre"));
    await upsertObservations(
      db,
      "test",
      values.map(([indicatorKey, areaCode, value]) => ({ indicatorKey, areaCode, referenceDate: date, value })),
    );
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const ask = (variables: Record<string, unknown>, viewer?: null) =>
    client.execute<Result>(
      query,
      { code: A, keys: ["test.x", "test.y"], date, ...variables },
      viewer === null ? { viewer } : {},
    );

  it("ranks the areas of the same level by standardised Euclidean distance", async () => {
    const result = await ask({});
    expect(result.errors).toBeUndefined();
    expect(result.data?.similarAreas).toEqual({
      area: { code: A },
      indicators: [{ key: "test.x" }, { key: "test.y" }],
      referenceDate: date,
      comparedCount: 4,
      skippedCount: 2,
      areas: [
        { rank: 1, distance: expect.closeTo(Math.SQRT2, 9), area: { code: B, level: "PLANUNGSRAUM" } },
        { rank: 2, distance: expect.closeTo(Math.sqrt(6), 9), area: { code: D, level: "PLANUNGSRAUM" } },
        { rank: 3, distance: expect.closeTo(Math.sqrt(12), 9), area: { code: C, level: "PLANUNGSRAUM" } },
      ],
    });
  });

  it("returns k areas, the same for the public (distances reveal no value)", async () => {
    const planner = await ask({ k: 2 });
    const publicResult = await ask({ k: 2 }, null);
    expect(publicResult.data).toEqual(planner.data);
    expect(publicResult.data?.similarAreas.areas.map((near) => near.area.code)).toEqual([B, D]);
  });

  it("compares on one indicator alone", async () => {
    // y only, over A–E (E has y): mean 20, population SD √80; one SD is 8.944 years. From A:
    // B the same (0), E 10 away (√5 / 2 = 1.1180 SD), C and D 20 away (√5 = 2.2361 SD, ties by code).
    const result = await ask({ keys: ["test.y"] });
    expect(result.data?.similarAreas.areas.map((near) => [near.area.code, near.distance])).toEqual([
      [B, 0],
      [E, expect.closeTo(Math.sqrt(5) / 2, 9)],
      [C, expect.closeTo(Math.sqrt(5), 9)],
      [D, expect.closeTo(Math.sqrt(5), 9)],
    ]);
    expect(result.data?.similarAreas).toMatchObject({ comparedCount: 5, skippedCount: 1 });
  });

  it("answers bad questions with field errors", async () => {
    const fieldErrors = async (variables: Record<string, unknown>) => {
      const result: OperationResult<unknown> = await ask(variables);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      return result.errors?.[0]?.extensions?.fieldErrors as FieldError[];
    };
    expect(await fieldErrors({ code: "77777777" })).toEqual([
      { field: "areaCode", message: "unknown area code 77777777" },
    ]);
    expect(await fieldErrors({ keys: ["test.x", "test.z"] })).toEqual([
      { field: "indicatorKeys.1", message: "unknown indicator key test.z" },
    ]);
    expect(await fieldErrors({ keys: ["test.x", "test.x"] })).toEqual([
      { field: "indicatorKeys.1", message: "test.x is already chosen" },
    ]);
    expect(await fieldErrors({ keys: [] })).toEqual([
      { field: "indicatorKeys", message: "choose at least one indicator" },
    ]);
    expect(await fieldErrors({ k: 0 })).toEqual([{ field: "k", message: "must be at least 1" }]);
    expect(await fieldErrors({ k: 51 })).toEqual([{ field: "k", message: "must be at most 50" }]);
    expect(await fieldErrors({ code: E })).toEqual([
      { field: "areaCode", message: `${E} has no value for test.x on ${date}` },
    ]);
  });
});
