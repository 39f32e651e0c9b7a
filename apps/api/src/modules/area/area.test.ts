import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../demo/seed.ts";
import { DomainError } from "../../lib/errors.ts";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { countAreas, upsertAreas } from "./area.service.ts";

describe("areas over GraphQL (small city)", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
  });

  it("finds the Planungsraum that contains a point, and none outside", async () => {
    const result = await client.execute<{ inside: { code: string }; outside: null; bezirk: { code: string } }>(`{
      inside: areaAt(longitude: 13.015, latitude: 52.005) { code }
      outside: areaAt(longitude: 12.5, latitude: 52.005) { code }
      bezirk: areaAt(longitude: 13.015, latitude: 52.005, level: BEZIRK) { code }
    }`);
    expect(result.data).toEqual({ inside: { code: "01100102" }, outside: null, bezirk: { code: "01" } });
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("lists areas of one level ordered by code, keeping leading zeros", async () => {
    const result = await client.execute<{ areas: Array<{ code: string; level: string }> }>(
      `{ areas(level: PLANUNGSRAUM) { code level } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.areas.map((a) => a.code)).toEqual(["01100101", "01100102", "01100103"]);
  });

  it("lists the children of one area", async () => {
    const result = await client.execute<{ areas: Array<{ code: string }> }>(
      `query($parent: String) { areas(parentCode: $parent) { code } }`,
      { parent: "0110" },
    );
    expect(result.data?.areas).toEqual([{ code: "011001" }]);
  });

  it("answers one area by code with parent, ancestors, children and geometry", async () => {
    const result = await client.execute<{
      area: {
        name: string;
        level: string;
        parent: { code: string };
        ancestors: Array<{ code: string }>;
        geometry: { type: string };
        areaM2: number;
      };
    }>(`{ area(code: "01100102") { name level parent { code } ancestors { code } geometry areaM2 } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.area).toMatchObject({
      name: "Planungsraum 02",
      level: "PLANUNGSRAUM",
      parent: { code: "011001" },
      ancestors: [{ code: "99000000" }, { code: "01" }, { code: "0110" }, { code: "011001" }],
      geometry: { type: "Polygon" },
      areaM2: 1e6,
    });
  });

  it("counts areas per level from the city down", async () => {
    const result = await client.execute<{ areaLevels: Array<{ level: string; count: number }> }>(
      `{ areaLevels { level count } }`,
    );
    expect(result.data?.areaLevels).toEqual([
      { level: "STADT", count: 1 },
      { level: "BEZIRK", count: 1 },
      { level: "PROGNOSERAUM", count: 1 },
      { level: "BEZIRKSREGION", count: 1 },
      { level: "PLANUNGSRAUM", count: 3 },
    ]);
  });

  it("answers an unknown code with NOT_FOUND", async () => {
    const byCode = await client.execute(`{ area(code: "00000000") { name } }`);
    expect(errorCodes(byCode)).toEqual(["NOT_FOUND"]);
    expect(byCode.errors?.[0]?.message).toBe("Area 00000000 not found");
    const byParent = await client.execute(`{ areas(parentCode: "nope") { code } }`);
    expect(errorCodes(byParent)).toEqual(["NOT_FOUND"]);
  });

  it("rejects unknown fields and arguments with GraphQL validation errors", async () => {
    const unknownField = await client.execute(`{ areas { code population } }`);
    expect(errorCodes(unknownField)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const unknownArgument = await client.execute(`{ areas(district: "01") { code } }`);
    expect(errorCodes(unknownArgument)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const badEnum = await client.execute(`{ areas(level: GEMEINDE) { code } }`);
    expect(errorCodes(badEnum)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("loads parents and children of many areas in a fixed number of statements (no N+1)", async () => {
    const query = `{ areas(level: PLANUNGSRAUM) { code parent { code } children { code } ancestors { code } } }`;
    await upsertAreas(db, smallCity(10));
    db.resetQueryLog();
    await client.execute(query);
    const statementsForTen = db.queries.length;

    await upsertAreas(db, smallCity(500));
    db.resetQueryLog();
    const result = await client.execute<{ areas: unknown[] }>(query);
    expect(result.data?.areas).toHaveLength(500);
    expect(db.queries.length).toBe(statementsForTen);
  });
});

describe("writing areas", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("writes nothing when one row of a set is invalid", async () => {
    const areas = smallCity(2);
    const broken = [...areas, { ...areas[4], code: "01100199", parentCode: "missing" }];
    const error = await upsertAreas(db, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("BAD_USER_INPUT");
    expect((error as DomainError).message).toContain("01100199: unknown parent code missing");
    expect(await countAreas(db)).toBe(0);
  });

  it("rejects an unclosed polygon ring and a duplicate code", async () => {
    const [city, bezirk] = smallCity(0);
    const openRing = {
      ...bezirk,
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
    };
    const error = (await upsertAreas(db, [city, openRing, city]).catch((e: unknown) => e)) as DomainError;
    expect(error.details?.problems).toEqual([
      expect.stringContaining("a linear ring must be closed"),
      "99000000: code appears more than once",
    ]);
    expect(await countAreas(db)).toBe(0);
  });

  it("updates existing areas by code instead of duplicating them", async () => {
    await upsertAreas(db, smallCity(2));
    await upsertAreas(
      db,
      smallCity(2).map((area) => ({ ...area, name: `${area.name} (neu)` })),
    );
    expect(await countAreas(db)).toBe(6);
    const plr = await db.prisma.area.findUniqueOrThrow({ where: { code: "01100101" } });
    expect(plr.name).toBe("Planungsraum 01 (neu)");
  });
});

describe("Berlin LOR 2021 demo data", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db);
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("has the official hierarchy: 12 Bezirke, 58 Prognoseräume, 143 Bezirksregionen, 542 Planungsräume", async () => {
    const result = await client.execute<{ areaLevels: Array<{ level: string; count: number }> }>(
      `{ areaLevels { level count } }`,
    );
    expect(result.data?.areaLevels.map((l) => l.count)).toEqual([1, 12, 58, 143, 542]);
  });

  it("keeps real codes and names, nested by prefix, with geometry on every Planungsraum", async () => {
    const result = await client.execute<{
      area: { name: string; ancestors: Array<{ code: string; name: string }>; geometry: { type: string } };
      areas: Array<{ code: string; geometry: unknown }>;
    }>(`{
      area(code: "01100101") { name ancestors { code name } geometry }
      areas(level: PLANUNGSRAUM) { code geometry }
    }`);
    expect(result.data?.area.name).toBe("Stülerstraße");
    expect(result.data?.area.ancestors).toEqual([
      { code: "11000000", name: "Berlin" },
      { code: "01", name: "Mitte" },
      { code: "0110", name: "Zentrum" },
      { code: "011001", name: "Tiergarten Süd" },
    ]);
    const plrs = result.data?.areas ?? [];
    expect(plrs.filter((a) => a.geometry !== null)).toHaveLength(542);
    expect(plrs.every((a) => /^\d{8}$/.test(a.code))).toBe(true);
  });

  it("is idempotent: seeding twice keeps 756 areas", async () => {
    await seedDemoData(db);
    expect(await countAreas(db)).toBe(756);
  });
});
