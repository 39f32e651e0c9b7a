import { methodSheet } from "@sozialatlas/domain/social-index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FieldError } from "../../lib/validation.ts";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { upsertIndicators } from "../indicator/indicator.service.ts";
import { getIndexDefinitionByKey } from "./social-index.service.ts";

const fieldErrors = (result: OperationResult<unknown>): FieldError[] =>
  (result.errors?.[0]?.extensions?.fieldErrors as FieldError[] | undefined) ?? [];

const indicator = (key: string, name: string) => ({
  key,
  name,
  description: `${name} (Testindikator).`,
  unit: "%",
  polarity: "HIGHER_IS_WORSE",
  topic: "Armut",
  source: "Teststatistik",
  licence: "CC BY 4.0",
});

/** A small valid definition; tests vary it. */
const input = {
  key: "test-index",
  name: "Testindex",
  description: "Ein Index für Tests.",
  status: {
    indicators: [
      { indicatorKey: "t.arbeitslos", polarity: "HIGHER_IS_WORSE" },
      { indicatorKey: "t.wohndauer", weight: 0.5, polarity: "HIGHER_IS_BETTER" },
    ],
  },
  dynamics: {
    indicators: [{ indicatorKey: "t.arbeitslos.veraenderung", polarity: "HIGHER_IS_WORSE" }],
    thresholds: { positiveBelow: -0.5, stableUpTo: 0.5 },
  },
  excludedAreaCodes: ["01100103"],
};

const definitionFields = `id key name description version isExample createdBy updatedBy archivedAt archivedBy
  status { indicators { indicatorKey weight polarity indicator { key name } } thresholds { highBelow middleUpTo lowUpTo } }
  dynamics { indicators { indicatorKey weight polarity indicator { key name } } thresholds { positiveBelow stableUpTo } }
  standardisation baseDate minPopulation excludedAreaCodes excludedAreas { code name }`;

interface DefinitionData {
  id: string;
  key: string;
  version: number;
  archivedAt: string | null;
  [field: string]: unknown;
}

const createOp = `mutation($input: IndexDefinitionInput!) { createIndexDefinition(input: $input) { ${definitionFields} } }`;
const updateOp = `mutation($id: ID!, $input: IndexDefinitionInput!) { updateIndexDefinition(id: $id, input: $input) { ${definitionFields} } }`;
const archiveOp = `mutation($id: ID!) { archiveIndexDefinition(id: $id) { id archivedAt archivedBy } }`;
const restoreOp = `mutation($id: ID!) { restoreIndexDefinition(id: $id) { id archivedAt } }`;
const changeLogOp = `query($id: ID!) { changeLog(entity: "IndexDefinition", entityId: $id) { actor action changes } }`;

describe("index definitions over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let created: DefinitionData;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(4));
    await upsertIndicators(db, "test", [
      indicator("t.arbeitslos", "Arbeitslosigkeit"),
      { ...indicator("t.wohndauer", "Wohndauer über 5 Jahre"), polarity: "HIGHER_IS_BETTER" },
      { ...indicator("t.arbeitslos.veraenderung", "Veränderung Arbeitslosigkeit"), unit: "Prozentpunkte" },
      indicator("t.alt", "Alter Indikator"),
    ]);
    await db.prisma.indicator.update({ where: { key: "t.alt" }, data: { archivedAt: new Date() } });
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function create(definition: Record<string, unknown>): Promise<DefinitionData> {
    const result = await client.execute<{ createIndexDefinition: DefinitionData }>(createOp, { input: definition });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data.createIndexDefinition;
  }

  it("creates a definition as version 1 with defaults filled in, the indicators and areas resolved", async () => {
    created = await create(input);
    expect(created).toEqual({
      id: expect.any(String),
      key: "test-index",
      name: "Testindex",
      description: "Ein Index für Tests.",
      version: 1,
      isExample: false,
      createdBy: "test-planner",
      updatedBy: "test-planner",
      archivedAt: null,
      archivedBy: null,
      status: {
        indicators: [
          {
            indicatorKey: "t.arbeitslos",
            weight: 1,
            polarity: "HIGHER_IS_WORSE",
            indicator: { key: "t.arbeitslos", name: "Arbeitslosigkeit" },
          },
          {
            indicatorKey: "t.wohndauer",
            weight: 0.5,
            polarity: "HIGHER_IS_BETTER",
            indicator: { key: "t.wohndauer", name: "Wohndauer über 5 Jahre" },
          },
        ],
        // The published MSS thresholds are the default.
        thresholds: { highBelow: -1, middleUpTo: 1, lowUpTo: 1.5 },
      },
      dynamics: {
        indicators: [
          {
            indicatorKey: "t.arbeitslos.veraenderung",
            weight: 1,
            polarity: "HIGHER_IS_WORSE",
            indicator: { key: "t.arbeitslos.veraenderung", name: "Veränderung Arbeitslosigkeit" },
          },
        ],
        thresholds: { positiveBelow: -0.5, stableUpTo: 0.5 },
      },
      standardisation: "SAME_DATE",
      baseDate: null,
      minPopulation: 300,
      excludedAreaCodes: ["01100103"],
      excludedAreas: [{ code: "01100103", name: "Planungsraum 03" }],
    });
    const log = await client.execute<{ changeLog: Array<{ actor: string; action: string; changes: unknown }> }>(
      changeLogOp,
      { id: created.id },
    );
    expect(log.data?.changeLog).toEqual([
      {
        actor: "test-planner",
        action: "CREATE",
        changes: expect.objectContaining({ key: "test-index", version: 1, spec: expect.any(Object) }),
      },
    ]);
  });

  it("reads by id and by key for everybody; unknown ids and keys are NOT_FOUND, the key error names the known keys", async () => {
    const byKey = await client.execute<{ indexDefinitionByKey: { id: string } }>(
      `{ indexDefinitionByKey(key: "test-index") { id } }`,
      {},
      { viewer: null },
    );
    expect(byKey.data?.indexDefinitionByKey.id).toBe(created.id);
    const byId = await client.execute<{ indexDefinition: { key: string } }>(
      `query($id: ID!) { indexDefinition(id: $id) { key } }`,
      { id: created.id },
      { viewer: null },
    );
    expect(byId.data?.indexDefinition.key).toBe("test-index");
    const unknownKey = await client.execute(`{ indexDefinitionByKey(key: "nope") { id } }`);
    expect(errorCodes(unknownKey)).toEqual(["NOT_FOUND"]);
    expect(unknownKey.errors?.[0]?.message).toBe("Index definition nope not found (available: test-index)");
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const result = await client.execute(`query($id: ID!) { indexDefinition(id: $id) { id } }`, { id });
      expect(errorCodes(result), id).toEqual(["NOT_FOUND"]);
    }
    // The CLI reads the engine's definition the same way.
    await expect(getIndexDefinitionByKey(db, "nope")).rejects.toThrow("available: test-index");
    const definition = await getIndexDefinitionByKey(db, "test-index");
    expect(definition.status.indicators.map((i) => i.indicatorKey)).toEqual(["t.arbeitslos", "t.wohndauer"]);
  });

  it("renders the method sheet in German by default and in English", async () => {
    const result = await client.execute<{ indexDefinition: { de: string; en: string } }>(
      `query($id: ID!) { indexDefinition(id: $id) { de: methodSheet en: methodSheet(locale: EN) } }`,
      { id: created.id },
      { viewer: null },
    );
    const definition = await getIndexDefinitionByKey(db, "test-index");
    expect(result.data?.indexDefinition.de).toBe(methodSheet(definition, "de"));
    expect(result.data?.indexDefinition.en).toBe(methodSheet(definition, "en"));
    expect(result.data?.indexDefinition.de).toContain(
      "t.wohndauer (Gewicht 0,5; höherer Wert = weniger Benachteiligung (Vorzeichen umgekehrt))",
    );
    expect(result.data?.indexDefinition.de).toContain("ausgeschlossen: 01100103");
    expect(result.data?.indexDefinition.en).toContain("positive (+): index < -0.5");
  });

  it("rejects malformed input field by field and writes nothing", async () => {
    const before = await Promise.all([db.prisma.indexDefinition.count(), db.prisma.changeLog.count()]);
    const result = await client.execute(createOp, {
      input: {
        ...input,
        key: "Test Index",
        name: " ",
        status: {
          indicators: [
            { indicatorKey: "t.arbeitslos", weight: 0, polarity: "HIGHER_IS_WORSE" },
            { indicatorKey: "t.arbeitslos", polarity: "HIGHER_IS_WORSE" },
          ],
          thresholds: { highBelow: 1, middleUpTo: 0, lowUpTo: 2 },
        },
        minPopulation: -1,
      },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrors(result)).toEqual([
      { field: "key", message: expect.stringContaining("lower-case letters") },
      { field: "name", message: "enter a name" },
      { field: "status.indicators.0.weight", message: "a weight must be greater than 0" },
      { field: "status.indicators", message: "each indicator may appear only once per part" },
      { field: "status.thresholds", message: "thresholds must be in ascending order" },
      { field: "minPopulation", message: expect.any(String) },
    ]);
    expect(await Promise.all([db.prisma.indexDefinition.count(), db.prisma.changeLog.count()])).toEqual(before);
  });

  it("names unknown and archived indicators, unknown excluded areas and a key in use", async () => {
    const result = await client.execute(createOp, {
      input: {
        ...input,
        status: {
          indicators: [
            { indicatorKey: "t.arbeitslos", polarity: "HIGHER_IS_WORSE" },
            { indicatorKey: "t.gibtsnicht", polarity: "HIGHER_IS_WORSE" },
          ],
        },
        dynamics: { indicators: [{ indicatorKey: "t.alt", polarity: "HIGHER_IS_WORSE" }] },
        excludedAreaCodes: ["01100101", "99999999"],
      },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrors(result)).toEqual([
      { field: "status.indicators.1.indicatorKey", message: "no indicator has the key t.gibtsnicht" },
      { field: "dynamics.indicators.0.indicatorKey", message: "indicator t.alt is archived" },
      { field: "excludedAreaCodes.1", message: "unknown area code 99999999" },
      { field: "key", message: "an index definition with key test-index already exists" },
    ]);
  });

  it("requires a base date exactly for the BASE_DATE standardisation", async () => {
    const withoutDate = await client.execute(createOp, {
      input: { ...input, key: "test-base", standardisation: "BASE_DATE" },
    });
    expect(fieldErrors(withoutDate)).toEqual([
      { field: "baseDate", message: "choose the base date of the BASE_DATE standardisation" },
    ]);
    const dateWithoutBasis = await client.execute(createOp, {
      input: { ...input, key: "test-base", baseDate: "2019-12-31" },
    });
    expect(fieldErrors(dateWithoutBasis)).toEqual([
      { field: "baseDate", message: "a base date is used only with standardisation BASE_DATE" },
    ]);
    const based = await create({ ...input, key: "test-base", standardisation: "BASE_DATE", baseDate: "2019-12-31" });
    expect(based).toMatchObject({ standardisation: "BASE_DATE", baseDate: "2019-12-31" });
  });

  it("replaces the whole definition on update and raises the version; an update without change keeps it", async () => {
    const result = await client.execute<{ updateIndexDefinition: DefinitionData }>(updateOp, {
      id: created.id,
      input: {
        key: "test-index",
        name: "Testindex (nur Status)",
        status: {
          indicators: [{ indicatorKey: "t.arbeitslos", polarity: "HIGHER_IS_WORSE" }],
          thresholds: { highBelow: -0.5, middleUpTo: 0.5, lowUpTo: 1 },
        },
        minPopulation: 200,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateIndexDefinition).toMatchObject({
      version: 2,
      name: "Testindex (nur Status)",
      description: "",
      dynamics: null,
      minPopulation: 200,
      excludedAreaCodes: [],
      excludedAreas: [],
      status: {
        indicators: [{ indicatorKey: "t.arbeitslos", weight: 1 }],
        thresholds: { highBelow: -0.5, middleUpTo: 0.5, lowUpTo: 1 },
      },
    });
    const again = await client.execute<{ updateIndexDefinition: DefinitionData }>(updateOp, {
      id: created.id,
      input: {
        key: "test-index",
        name: "Testindex (nur Status)",
        status: {
          indicators: [{ indicatorKey: "t.arbeitslos", weight: 1, polarity: "HIGHER_IS_WORSE" }],
          thresholds: { highBelow: -0.5, middleUpTo: 0.5, lowUpTo: 1 },
        },
        minPopulation: 200,
        excludedAreaCodes: [],
      },
    });
    expect(again.data?.updateIndexDefinition.version).toBe(2);

    const log = await client.execute<{
      changeLog: Array<{ action: string; changes: Record<string, { from: unknown; to: unknown }> }>;
    }>(changeLogOp, { id: created.id });
    const updates = log.data?.changeLog.filter((entry) => entry.action === "UPDATE") ?? [];
    expect(updates).toHaveLength(1);
    expect(updates[0]?.changes.version).toEqual({ from: 1, to: 2 });
    expect(updates[0]?.changes.name).toEqual({ from: "Testindex", to: "Testindex (nur Status)" });
    expect(Object.keys(updates[0]?.changes ?? {}).sort()).toEqual(["description", "name", "spec", "version"]);
  });

  it("refuses a key of another definition on update", async () => {
    const result = await client.execute(updateOp, { id: created.id, input: { ...input, key: "test-base" } });
    expect(fieldErrors(result)).toEqual([
      { field: "key", message: "an index definition with key test-base already exists" },
    ]);
  });

  it("archives and restores; archived definitions are left out of lists and must be restored before an update", async () => {
    const list = `query($filter: IndexDefinitionFilter) { indexDefinitions(filter: $filter) { totalCount edges { node { key } } } }`;
    const keys = async (filter: Record<string, unknown> | null) => {
      const result = await client.execute<{ indexDefinitions: { edges: Array<{ node: { key: string } }> } }>(
        list,
        { filter },
        { viewer: null },
      );
      return result.data?.indexDefinitions.edges.map((edge) => edge.node.key);
    };
    expect(await keys(null)).toEqual(["test-base", "test-index"]);

    const archived = await client.execute<{ archiveIndexDefinition: { archivedAt: string; archivedBy: string } }>(
      archiveOp,
      { id: created.id },
    );
    expect(archived.data?.archiveIndexDefinition).toMatchObject({ archivedBy: "test-planner" });
    expect(errorCodes(await client.execute(archiveOp, { id: created.id }))).toEqual(["CONFLICT"]);
    expect(await keys(null)).toEqual(["test-base"]);
    expect(await keys({ includeArchived: true })).toEqual(["test-base", "test-index"]);
    expect(await keys({ search: "NUR STATUS", includeArchived: true })).toEqual(["test-index"]);

    const update = await client.execute(updateOp, { id: created.id, input });
    expect(errorCodes(update)).toEqual(["CONFLICT"]);
    expect(update.errors?.[0]?.message).toContain("restore it first");

    const restored = await client.execute<{ restoreIndexDefinition: { archivedAt: string | null } }>(restoreOp, {
      id: created.id,
    });
    expect(restored.data?.restoreIndexDefinition.archivedAt).toBeNull();
    expect(errorCodes(await client.execute(restoreOp, { id: created.id }))).toEqual(["CONFLICT"]);
    const actions = await client.execute<{ changeLog: Array<{ action: string }> }>(changeLogOp, { id: created.id });
    expect(actions.data?.changeLog.map((entry) => entry.action)).toEqual(["RESTORE", "ARCHIVE", "UPDATE", "CREATE"]);
  });

  it("pages the definitions by key", async () => {
    const first = await client.execute<{
      indexDefinitions: {
        totalCount: number;
        edges: Array<{ node: { key: string } }>;
        pageInfo: { endCursor: string };
      };
    }>(`{ indexDefinitions(first: 1) { totalCount edges { node { key } } pageInfo { endCursor hasNextPage } } }`);
    expect(first.data?.indexDefinitions).toMatchObject({
      totalCount: 2,
      edges: [{ node: { key: "test-base" } }],
      pageInfo: { hasNextPage: true },
    });
    const second = await client.execute<{ indexDefinitions: { edges: Array<{ node: { key: string } }> } }>(
      `query($after: String) { indexDefinitions(first: 1, after: $after) { edges { node { key } } } }`,
      { after: first.data?.indexDefinitions.pageInfo.endCursor },
    );
    expect(second.data?.indexDefinitions.edges.map((edge) => edge.node.key)).toEqual(["test-index"]);
  });
});
