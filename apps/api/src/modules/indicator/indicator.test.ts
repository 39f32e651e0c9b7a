import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../lib/errors.ts";
import type { FieldError } from "../../lib/validation.ts";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { createIndicator, upsertIndicators } from "./indicator.service.ts";
import { upsertObservations } from "./observation.service.ts";

const fieldErrors = (result: OperationResult<unknown>): FieldError[] =>
  (result.errors?.[0]?.extensions?.fieldErrors as FieldError[] | undefined) ?? [];
const fields = (result: OperationResult<unknown>) => fieldErrors(result).map((error) => error.field);

const kinderarmut = {
  key: "test.kinderarmut",
  name: "Kinderarmut",
  description: "Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften je 100 Einwohner unter 15 Jahren.",
  unit: "%",
  polarity: "HIGHER_IS_WORSE",
  numeratorDefinition: "Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften",
  denominatorDefinition: "Einwohner unter 15 Jahren",
  topic: "Armut",
  source: "Teststatistik",
  licence: "CC BY 4.0",
  decimals: 1,
};

const indicatorFields = "id key name unit polarity topic decimals isExample createdBy updatedBy archivedAt archivedBy";
const observationFields =
  "id referenceDate value numerator denominator missingReason provisional suppressed createdBy updatedBy archivedAt indicator { key } area { code }";

describe("indicators and observations over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const createIndicatorOp = `mutation($input: IndicatorInput!) { createIndicator(input: $input) { ${indicatorFields} } }`;
  const updateIndicatorOp = `mutation($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { ${indicatorFields} } }`;
  const createObservationOp = `mutation($input: ObservationInput!) { createObservation(input: $input) { ${observationFields} } }`;
  const updateObservationOp = `mutation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { ${observationFields} } }`;
  const upsertOp = `mutation($rows: [ObservationInput!]!) { upsertObservations(rows: $rows) { created updated unchanged } }`;
  const changeLogOp = `query($entity: String!, $id: ID!) { changeLog(entity: $entity, entityId: $id) { actor action changes } }`;

  type IndicatorData = {
    id: string;
    key: string;
    createdBy: string;
    archivedAt: string | null;
    archivedBy: string | null;
  };
  type ObservationData = {
    id: string;
    value: number | null;
    missingReason: string | null;
    createdBy: string;
    indicator: { key: string };
    area: { code: string };
  };

  async function newIndicator(input: Record<string, unknown>): Promise<IndicatorData> {
    const result = await client.execute<{ createIndicator: IndicatorData }>(createIndicatorOp, { input });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data.createIndicator;
  }

  async function newObservation(input: Record<string, unknown>): Promise<ObservationData> {
    const result = await client.execute<{ createObservation: ObservationData }>(createObservationOp, { input });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data.createObservation;
  }

  describe("indicators", () => {
    it("creates an indicator, records who did it and logs the creation", async () => {
      const created = await newIndicator(kinderarmut);
      expect(created).toMatchObject({
        key: "test.kinderarmut",
        unit: "%",
        polarity: "HIGHER_IS_WORSE",
        decimals: 1,
        isExample: false,
        createdBy: "test-planner",
        updatedBy: "test-planner",
        archivedAt: null,
      });
      const log = await client.execute<{
        changeLog: Array<{ actor: string; action: string; changes: { key: string } }>;
      }>(changeLogOp, { entity: "Indicator", id: created.id });
      expect(log.data?.changeLog).toEqual([
        {
          actor: "test-planner",
          action: "CREATE",
          changes: expect.objectContaining({ key: "test.kinderarmut", unit: "%" }),
        },
      ]);
    });

    it("answers by id and by key; unknown or malformed ids and keys are NOT_FOUND", async () => {
      const byKey = await client.execute<{ indicatorByKey: { id: string; name: string } }>(
        `{ indicatorByKey(key: "test.kinderarmut") { id name } }`,
      );
      expect(byKey.data?.indicatorByKey.name).toBe("Kinderarmut");
      const byId = await client.execute<{ indicator: { key: string } }>(
        `query($id: ID!) { indicator(id: $id) { key } }`,
        {
          id: byKey.data?.indicatorByKey.id,
        },
      );
      expect(byId.data?.indicator.key).toBe("test.kinderarmut");

      for (const query of [
        `{ indicatorByKey(key: "nope") { id } }`,
        `{ indicator(id: "00000000-0000-4000-8000-000000000000") { id } }`,
        `{ indicator(id: "not-a-uuid") { id } }`,
      ]) {
        expect(errorCodes(await client.execute(query)), query).toEqual(["NOT_FOUND"]);
      }
    });

    it("rejects a bad key, missing texts and out-of-range decimals field by field, writing nothing", async () => {
      const before = await db.prisma.indicator.count();
      const result = await client.execute(createIndicatorOp, {
        input: { ...kinderarmut, key: "Kinder Armut", name: "  ", source: "", decimals: 7 },
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldErrors(result)).toEqual([
        { field: "key", message: expect.stringContaining("lower-case letters") },
        { field: "name", message: "enter a name" },
        { field: "source", message: expect.stringContaining("enter the source") },
        { field: "decimals", message: "must be at most 6" },
      ]);
      expect(await db.prisma.indicator.count()).toBe(before);
    });

    it("answers a duplicate key with a field error, not a database error", async () => {
      const before = await db.prisma.indicator.count();
      const result = await client.execute(createIndicatorOp, { input: { ...kinderarmut, name: "Doppelt" } });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldErrors(result)).toEqual([
        { field: "key", message: "an indicator with key test.kinderarmut already exists" },
      ]);
      expect(await db.prisma.indicator.count()).toBe(before);
    });

    it("updates every field and logs the changed ones old → new", async () => {
      const created = await newIndicator({ ...kinderarmut, key: "test.alt", name: "Altersarmut", topic: "Alter" });
      const result = await client.execute<{ updateIndicator: { name: string; decimals: number; updatedBy: string } }>(
        updateIndicatorOp,
        {
          id: created.id,
          input: { ...kinderarmut, key: "test.alt", name: "Altersarmut 65+", topic: "Alter", decimals: 2 },
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateIndicator).toMatchObject({
        name: "Altersarmut 65+",
        decimals: 2,
        updatedBy: "test-planner",
      });
      const log = await client.execute<{ changeLog: Array<{ action: string; changes: unknown }> }>(changeLogOp, {
        entity: "Indicator",
        id: created.id,
      });
      expect(log.data?.changeLog[0]).toEqual({
        actor: "test-planner",
        action: "UPDATE",
        changes: { name: { from: "Altersarmut", to: "Altersarmut 65+" }, decimals: { from: 1, to: 2 } },
      });
    });

    it("refuses to update to a key in use, or an unknown id", async () => {
      const other = await newIndicator({ ...kinderarmut, key: "test.other" });
      const taken = await client.execute(updateIndicatorOp, { id: other.id, input: kinderarmut });
      expect(fields(taken)).toEqual(["key"]);
      const unknown = await client.execute(updateIndicatorOp, {
        id: "00000000-0000-4000-8000-000000000000",
        input: kinderarmut,
      });
      expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
    });

    it("archives (hidden from lists, not updatable) and restores", async () => {
      const created = await newIndicator({ ...kinderarmut, key: "test.archiv", topic: "Archiv" });
      const archived = await client.execute<{ archiveIndicator: IndicatorData }>(
        `mutation($id: ID!) { archiveIndicator(id: $id) { ${indicatorFields} } }`,
        { id: created.id },
      );
      expect(archived.data?.archiveIndicator).toMatchObject({
        archivedBy: "test-planner",
        archivedAt: expect.any(String),
      });

      const list = `query($all: Boolean) { indicators(filter: { topic: "Archiv", includeArchived: $all }) { totalCount } }`;
      expect((await client.execute<{ indicators: { totalCount: number } }>(list)).data?.indicators.totalCount).toBe(0);
      expect(
        (await client.execute<{ indicators: { totalCount: number } }>(list, { all: true })).data?.indicators.totalCount,
      ).toBe(1);

      const update = await client.execute(updateIndicatorOp, {
        id: created.id,
        input: { ...kinderarmut, key: "test.archiv" },
      });
      expect(errorCodes(update)).toEqual(["CONFLICT"]);
      const again = await client.execute(`mutation($id: ID!) { archiveIndicator(id: $id) { id } }`, { id: created.id });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);

      const restored = await client.execute<{ restoreIndicator: IndicatorData }>(
        `mutation($id: ID!) { restoreIndicator(id: $id) { ${indicatorFields} } }`,
        { id: created.id },
      );
      expect(restored.data?.restoreIndicator).toMatchObject({ archivedAt: null, archivedBy: null });
      const log = await client.execute<{ changeLog: Array<{ action: string }> }>(changeLogOp, {
        entity: "Indicator",
        id: created.id,
      });
      expect(log.data?.changeLog.map((entry) => entry.action)).toEqual(["RESTORE", "ARCHIVE", "CREATE"]);
    });

    it("upserts definitions in bulk: validates every row first, refuses archived ones, logs changes", async () => {
      const before = await db.prisma.indicator.count();
      const invalid = await upsertIndicators(db, "import", [
        { ...kinderarmut, key: "bulk.a" },
        { ...kinderarmut, key: "bulk.a" },
        { ...kinderarmut, key: "bulk.b", unit: "" },
      ]).catch((error: DomainError) => error);
      expect(invalid).toBeInstanceOf(DomainError);
      expect((invalid as DomainError).details?.fieldErrors).toEqual([
        { field: "rows.1.key", message: "row 0 already has key bulk.a" },
        { field: "rows.2.unit", message: "enter a unit, e.g. % or Personen" },
      ]);
      expect(await db.prisma.indicator.count()).toBe(before);

      const rows = [
        { ...kinderarmut, key: "bulk.a" },
        { ...kinderarmut, key: "bulk.b" },
      ];
      expect(await upsertIndicators(db, "import", rows)).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect(await upsertIndicators(db, "import", rows)).toEqual({ created: 0, updated: 0, unchanged: 2 });
      expect(await upsertIndicators(db, "import", [rows[0], { ...kinderarmut, key: "bulk.b", name: "Neu" }])).toEqual({
        created: 0,
        updated: 1,
        unchanged: 1,
      });
      const b = await db.prisma.indicator.findUniqueOrThrow({ where: { key: "bulk.b" } });
      expect(b).toMatchObject({ name: "Neu", createdBy: "import", updatedBy: "import" });
      const log = await db.prisma.changeLog.findMany({ where: { entityId: b.id }, orderBy: { id: "asc" } });
      expect(log.map((entry) => [entry.action, entry.actor])).toEqual([
        ["CREATE", "import"],
        ["UPDATE", "import"],
      ]);
      expect(log[1]?.changes).toEqual({ name: { from: "Kinderarmut", to: "Neu" } });

      await client.execute(`mutation($id: ID!) { archiveIndicator(id: $id) { id } }`, { id: b.id });
      const archived = await upsertIndicators(db, "import", rows).catch((error: DomainError) => error);
      expect((archived as DomainError).details?.fieldErrors).toEqual([
        { field: "rows.1.key", message: "indicator bulk.b is archived: restore it first" },
      ]);
    });

    it("lists by key with topic and text filters and pages with a cursor", async () => {
      const all = await client.execute<{ indicators: { totalCount: number; edges: Array<{ node: { key: string } }> } }>(
        `{ indicators(first: 100) { totalCount edges { node { key } } } }`,
      );
      const keys = all.data?.indicators.edges.map((edge) => edge.node.key) ?? [];
      expect(keys).toEqual([...keys].sort());
      expect(keys.length).toBeGreaterThanOrEqual(4);

      const search = await client.execute<{ indicators: { edges: Array<{ node: { key: string } }> } }>(
        `{ indicators(filter: { search: "ALTERSARMUT" }) { edges { node { key } } } }`,
      );
      expect(search.data?.indicators.edges.map((edge) => edge.node.key)).toEqual(["test.alt"]);
      const topic = await client.execute<{ indicators: { totalCount: number } }>(
        `{ indicators(filter: { topic: "Alter" }) { totalCount } }`,
      );
      expect(topic.data?.indicators.totalCount).toBe(1);

      const page = `query($after: String) { indicators(first: 2, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { key } } } }`;
      type Page = {
        indicators: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { key: string } }> };
      };
      const first = await client.execute<Page>(page);
      const second = await client.execute<Page>(page, { after: first.data?.indicators.pageInfo.endCursor });
      expect(first.data?.indicators.pageInfo.hasNextPage).toBe(true);
      expect(
        [...(first.data?.indicators.edges ?? []), ...(second.data?.indicators.edges ?? [])].map((e) => e.node.key),
      ).toEqual(keys.slice(0, 4));
      expect(errorCodes(await client.execute(`{ indicators(first: 501) { totalCount } }`))).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("observations", () => {
    const base = { indicatorKey: "test.kinderarmut", areaCode: "01100101", referenceDate: "2020-12-31" };

    it("creates an observation with its indicator and area and logs it", async () => {
      const created = await newObservation({ ...base, value: 19.4, numerator: 97, denominator: 500 });
      expect(created).toMatchObject({
        value: 19.4,
        missingReason: null,
        createdBy: "test-planner",
        indicator: { key: "test.kinderarmut" },
        area: { code: "01100101" },
      });
      const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
        changeLogOp,
        { entity: "Observation", id: created.id },
      );
      expect(log.data?.changeLog[0]).toMatchObject({
        action: "CREATE",
        changes: { indicatorKey: "test.kinderarmut", areaCode: "01100101", referenceDate: "2020-12-31", value: 19.4 },
      });
    });

    it("answers unknown indicator keys and area codes with field errors, writing nothing", async () => {
      const before = await db.prisma.observation.count();
      const result = await client.execute(createObservationOp, {
        input: { ...base, indicatorKey: "test.unbekannt", areaCode: "99999999", value: 1 },
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldErrors(result)).toEqual([
        { field: "indicatorKey", message: "unknown indicator key test.unbekannt" },
        { field: "areaCode", message: "unknown area code 99999999" },
      ]);
      expect(await db.prisma.observation.count()).toBe(before);
    });

    it("requires a value or a reason, and checks ranges of shares and counts", async () => {
      const before = await db.prisma.observation.count();
      const noReason = await client.execute(createObservationOp, { input: { ...base, areaCode: "01100102" } });
      expect(fields(noReason)).toEqual(["missingReason"]);
      const both = await client.execute(createObservationOp, {
        input: { ...base, areaCode: "01100102", value: 3, missingReason: "geschätzt" },
      });
      expect(fields(both)).toEqual(["missingReason"]);
      const outOfRange = await client.execute(createObservationOp, {
        input: { ...base, areaCode: "01100102", value: 120, numerator: 600, denominator: 500 },
      });
      expect(fieldErrors(outOfRange)).toEqual([
        { field: "value", message: "test.kinderarmut is a share in %: the value must lie between 0 and 100" },
        { field: "numerator", message: expect.stringContaining("cannot exceed the denominator") },
      ]);
      const negative = await client.execute(createObservationOp, {
        input: { ...base, areaCode: "01100102", value: 1, numerator: -1, denominator: -5 },
      });
      expect(fields(negative)).toEqual(["numerator", "denominator"]);
      const badDate = await client.execute(createObservationOp, {
        input: { ...base, areaCode: "01100102", referenceDate: "2020-02-30", value: 1 },
      });
      expect(errorCodes(badDate)).toEqual(["BAD_USER_INPUT"]);
      expect(await db.prisma.observation.count()).toBe(before);
    });

    it("accepts a missing value with its reason", async () => {
      const created = await newObservation({ ...base, areaCode: "01100102", missingReason: "ungültig (EW unter 300)" });
      expect(created).toMatchObject({ value: null, missingReason: "ungültig (EW unter 300)" });
    });

    it("answers a second observation for the same indicator, area and date with a field error", async () => {
      const before = await db.prisma.observation.count();
      const result = await client.execute(createObservationOp, { input: { ...base, value: 20 } });
      expect(fieldErrors(result)).toEqual([
        {
          field: "referenceDate",
          message: "an observation of test.kinderarmut for 01100101 on 2020-12-31 already exists",
        },
      ]);
      expect(await db.prisma.observation.count()).toBe(before);
    });

    it("updates an observation and logs the changed fields old → new", async () => {
      const created = await newObservation({ ...base, referenceDate: "2019-12-31", value: 18 });
      const result = await client.execute<{ updateObservation: { value: number; provisional: boolean } }>(
        updateObservationOp,
        { id: created.id, input: { ...base, referenceDate: "2019-12-31", value: 18.5, provisional: true } },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateObservation).toMatchObject({ value: 18.5, provisional: true });
      const log = await client.execute<{ changeLog: Array<{ action: string; changes: unknown }> }>(changeLogOp, {
        entity: "Observation",
        id: created.id,
      });
      expect(log.data?.changeLog[0]).toEqual({
        actor: "test-planner",
        action: "UPDATE",
        changes: { value: { from: 18, to: 18.5 }, provisional: { from: false, to: true } },
      });

      // Moving it onto the date of another observation would make two.
      const clash = await client.execute(updateObservationOp, { id: created.id, input: { ...base, value: 1 } });
      expect(fields(clash)).toEqual(["referenceDate"]);
      const unknown = await client.execute(updateObservationOp, {
        id: "00000000-0000-4000-8000-000000000000",
        input: { ...base, value: 1 },
      });
      expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await client.execute(`{ observation(id: "nope") { id } }`))).toEqual(["NOT_FOUND"]);
    });

    it("archives (hidden, not updatable, blocks a new one for the same date) and restores", async () => {
      const created = await newObservation({ ...base, referenceDate: "2018-12-31", value: 21 });
      const archive = await client.execute<{ archiveObservation: { archivedAt: string } }>(
        `mutation($id: ID!) { archiveObservation(id: $id) { archivedAt } }`,
        { id: created.id },
      );
      expect(archive.data?.archiveObservation.archivedAt).toEqual(expect.any(String));
      const list = `query($all: Boolean) { observations(filter: { referenceDate: "2018-12-31", includeArchived: $all }) { totalCount } }`;
      expect((await client.execute<{ observations: { totalCount: number } }>(list)).data?.observations.totalCount).toBe(
        0,
      );
      expect(
        (await client.execute<{ observations: { totalCount: number } }>(list, { all: true })).data?.observations
          .totalCount,
      ).toBe(1);

      const update = await client.execute(updateObservationOp, {
        id: created.id,
        input: { ...base, referenceDate: "2018-12-31", value: 22 },
      });
      expect(errorCodes(update)).toEqual(["CONFLICT"]);
      const again = await client.execute(createObservationOp, {
        input: { ...base, referenceDate: "2018-12-31", value: 22 },
      });
      expect(fieldErrors(again)[0]?.message).toContain("is archived: restore it first");

      const restore = await client.execute<{ restoreObservation: { archivedAt: null; value: number } }>(
        `mutation($id: ID!) { restoreObservation(id: $id) { archivedAt value } }`,
        { id: created.id },
      );
      expect(restore.data?.restoreObservation).toEqual({ archivedAt: null, value: 21 });
    });

    it("lists ordered by indicator key, area code and date, filtered by keys, codes, level and dates", async () => {
      await newIndicator({ ...kinderarmut, key: "test.arbeit", name: "Arbeitslosigkeit", topic: "Arbeit" });
      await newObservation({
        indicatorKey: "test.arbeit",
        areaCode: "01100103",
        referenceDate: "2020-12-31",
        value: 5,
      });
      await newObservation({ indicatorKey: "test.arbeit", areaCode: "01", referenceDate: "2020-12-31", value: 6 });
      type List = {
        observations: {
          totalCount: number;
          edges: Array<{ node: { referenceDate: string; area: { code: string }; indicator: { key: string } } }>;
        };
      };
      const query = `query($filter: ObservationFilter) { observations(filter: $filter) { totalCount edges { node { referenceDate area { code } indicator { key } } } } }`;
      const list = async (filter: Record<string, unknown>) =>
        ((await client.execute<List>(query, { filter })).data?.observations.edges ?? []).map(
          ({ node }) => `${node.indicator.key} ${node.area.code} ${node.referenceDate}`,
        );

      expect(await list({})).toEqual([
        "test.arbeit 01 2020-12-31",
        "test.arbeit 01100103 2020-12-31",
        "test.kinderarmut 01100101 2018-12-31",
        "test.kinderarmut 01100101 2019-12-31",
        "test.kinderarmut 01100101 2020-12-31",
        "test.kinderarmut 01100102 2020-12-31",
      ]);
      expect(await list({ level: "BEZIRK" })).toEqual(["test.arbeit 01 2020-12-31"]);
      expect(await list({ indicatorKeys: ["test.kinderarmut"], areaCodes: ["01100101"], from: "2019-01-01" })).toEqual([
        "test.kinderarmut 01100101 2019-12-31",
        "test.kinderarmut 01100101 2020-12-31",
      ]);
      expect(await list({ to: "2019-12-31" })).toEqual([
        "test.kinderarmut 01100101 2018-12-31",
        "test.kinderarmut 01100101 2019-12-31",
      ]);
      expect(await list({ referenceDate: "2020-12-31", areaCodes: ["01100102", "01"] })).toEqual([
        "test.arbeit 01 2020-12-31",
        "test.kinderarmut 01100102 2020-12-31",
      ]);
    });

    it("answers the values of an area and of an indicator as nested lists", async () => {
      const result = await client.execute<{
        area: { observations: Array<{ value: number; indicator: { key: string }; referenceDate: string }> };
        indicatorByKey: { observations: Array<{ area: { code: string } }> };
      }>(`{
        area(code: "01100101") { observations(indicatorKeys: ["test.kinderarmut"]) { value referenceDate indicator { key } } }
        indicatorByKey(key: "test.arbeit") { observations(referenceDate: "2020-12-31") { area { code } } }
      }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.area.observations.map((o) => [o.referenceDate, o.value])).toEqual([
        ["2018-12-31", 21],
        ["2019-12-31", 18.5],
        ["2020-12-31", 19.4],
      ]);
      expect(result.data?.indicatorByKey.observations.map((o) => o.area.code)).toEqual(["01", "01100103"]);
    });

    it("lists an indicator's Stichtage once each, oldest first", async () => {
      const result = await client.execute<{ a: { referenceDates: string[] }; b: { referenceDates: string[] } }>(`{
        a: indicatorByKey(key: "test.kinderarmut") { referenceDates }
        b: indicatorByKey(key: "test.arbeit") { referenceDates }
      }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.a.referenceDates).toEqual(["2018-12-31", "2019-12-31", "2020-12-31"]);
      expect(result.data?.b.referenceDates).toEqual(["2020-12-31"]);
    });

    it("hides the observations of an archived indicator and refuses new ones for it", async () => {
      const indicator = await newIndicator({ ...kinderarmut, key: "test.hidden" });
      await newObservation({
        indicatorKey: "test.hidden",
        areaCode: "01100101",
        referenceDate: "2020-12-31",
        value: 1,
      });
      await client.execute(`mutation($id: ID!) { archiveIndicator(id: $id) { id } }`, { id: indicator.id });

      const listed = await client.execute<{ observations: { totalCount: number } }>(
        `{ observations(filter: { indicatorKeys: ["test.hidden"] }) { totalCount } }`,
      );
      expect(listed.data?.observations.totalCount).toBe(0);
      const nested = await client.execute<{ area: { observations: unknown[] } }>(
        `{ area(code: "01100101") { observations(indicatorKeys: ["test.hidden"]) { value } } }`,
      );
      expect(nested.data?.area.observations).toEqual([]);
      const create = await client.execute(createObservationOp, {
        input: { indicatorKey: "test.hidden", areaCode: "01100102", referenceDate: "2020-12-31", value: 1 },
      });
      expect(fieldErrors(create)).toEqual([
        { field: "indicatorKey", message: "indicator test.hidden is archived: restore it first" },
      ]);
    });
  });

  describe("bulk upsert", () => {
    const row = (areaCode: string, value: number | null, extra: Record<string, unknown> = {}) => ({
      indicatorKey: "test.arbeit",
      areaCode,
      referenceDate: "2021-12-31",
      value,
      ...extra,
    });

    it("writes nothing when one row is invalid, naming the row and field", async () => {
      const before = { observations: await db.prisma.observation.count(), log: await db.prisma.changeLog.count() };
      const result = await client.execute(upsertOp, {
        rows: [row("01100101", 1), row("01100102", 2), row("01100199", 3), row("01100103", null), row("01100102", 4)],
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldErrors(result)).toEqual([
        { field: "rows.2.areaCode", message: "unknown area code 01100199" },
        { field: "rows.3.missingReason", message: expect.stringContaining("say why it is missing") },
        { field: "rows.4.referenceDate", message: "row 1 already has test.arbeit for 01100102 on 2021-12-31" },
      ]);
      expect(await db.prisma.observation.count()).toBe(before.observations);
      expect(await db.prisma.changeLog.count()).toBe(before.log);
    });

    it("creates, then leaves equal rows alone, then updates changed rows with a change log entry each", async () => {
      const rows = [
        row("01100101", 1),
        row("01100102", 2),
        row("01100103", null, { missingReason: "ungültig (Ausreißer)" }),
      ];
      const first = await client.execute<{ upsertObservations: unknown }>(upsertOp, { rows });
      expect(first.data?.upsertObservations).toEqual({ created: 3, updated: 0, unchanged: 0 });

      const logBefore = await db.prisma.changeLog.count();
      const again = await client.execute<{ upsertObservations: unknown }>(upsertOp, { rows });
      expect(again.data?.upsertObservations).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect(await db.prisma.changeLog.count()).toBe(logBefore);

      const changed = await client.execute<{ upsertObservations: unknown }>(upsertOp, {
        rows: [row("01100101", 1), row("01100102", 2.5, { estimated: true }), row("01", 9)],
      });
      expect(changed.data?.upsertObservations).toEqual({ created: 1, updated: 1, unchanged: 1 });
      const stored = await db.prisma.observation.findFirstOrThrow({
        where: { area: { code: "01100102" }, indicator: { key: "test.arbeit" }, referenceDate: new Date("2021-12-31") },
      });
      expect(stored).toMatchObject({
        value: 2.5,
        estimated: true,
        createdBy: "test-planner",
        updatedBy: "test-planner",
      });
      const log = await client.execute<{ changeLog: Array<{ action: string; changes: unknown; actor: string }> }>(
        changeLogOp,
        { entity: "Observation", id: stored.id },
      );
      expect(log.data?.changeLog).toEqual([
        {
          actor: "test-planner",
          action: "UPDATE",
          changes: { value: { from: 2, to: 2.5 }, estimated: { from: false, to: true } },
        },
        {
          actor: "test-planner",
          action: "CREATE",
          changes: expect.objectContaining({ value: 2, areaCode: "01100102" }),
        },
      ]);
    });

    it("refuses to overwrite an archived observation", async () => {
      const stored = await db.prisma.observation.findFirstOrThrow({
        where: { area: { code: "01" }, referenceDate: new Date("2021-12-31") },
      });
      await client.execute(`mutation($id: ID!) { archiveObservation(id: $id) { id } }`, { id: stored.id });
      const result = await client.execute(upsertOp, { rows: [row("01100101", 7), row("01", 10)] });
      expect(fieldErrors(result)).toEqual([
        { field: "rows.1.referenceDate", message: expect.stringContaining("is archived: restore it first") },
      ]);
      const unchanged = await db.prisma.observation.findFirstOrThrow({
        where: { area: { code: "01100101" }, indicator: { key: "test.arbeit" }, referenceDate: new Date("2021-12-31") },
      });
      expect(unchanged.value).toBe(1);
    });
  });
});

describe("loading observations without N+1", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    await createIndicator(db, "test", { ...kinderarmut, key: "a.first" });
    await createIndicator(db, "test", { ...kinderarmut, key: "b.second" });
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function seedCity(planungsraeume: number): Promise<void> {
    const areas = smallCity(planungsraeume);
    await upsertAreas(db, areas);
    const plrs = areas.filter((area) => area.level === "PLANUNGSRAUM");
    await upsertObservations(
      db,
      "test",
      ["a.first", "b.second"].flatMap((indicatorKey) =>
        plrs.map((area, index) => ({
          indicatorKey,
          areaCode: area.code,
          referenceDate: "2020-12-31",
          value: index % 100,
        })),
      ),
    );
  }

  async function statements(query: string, expectedRows: number): Promise<number> {
    db.resetQueryLog();
    const result = await client.execute<Record<string, unknown>>(query);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data).match(/"value"/g)).toHaveLength(expectedRows);
    return db.queries.length;
  }

  it("issues the same number of statements for 10 and 500 areas", async () => {
    const list = (first: number) =>
      `{ observations(first: ${first}, filter: { indicatorKeys: ["a.first"] }) { edges { node { value indicator { key } area { code parent { code } } } } } }`;
    const nested = `{ areas(level: PLANUNGSRAUM) { code observations(referenceDate: "2020-12-31") { value indicator { key } } } }`;
    const byIndicator = `{ indicators { edges { node { key referenceDates observations { value area { code } } } } } }`;

    await seedCity(10);
    const small = [await statements(list(10), 10), await statements(nested, 20), await statements(byIndicator, 20)];
    await seedCity(500);
    const large = [
      await statements(list(500), 500),
      await statements(nested, 1000),
      await statements(byIndicator, 1000),
    ];
    expect(large).toEqual(small);
  });
});
