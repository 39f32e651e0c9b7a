import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";

type FieldErrors = Array<{ field: string; message: string }>;
const fieldErrorsOf = (result: OperationResult<unknown>): FieldErrors =>
  (result.errors?.[0]?.extensions?.fieldErrors as FieldErrors | undefined) ?? [];

const unknownId = "00000000-0000-4000-8000-000000000000";

const catalogueFields = `id name description isExample createdBy updatedBy archivedAt archivedBy
  versions { id number status isEditable } currentVersion { id number status }`;
const goalFields = `id level title description position budget createdBy updatedBy archivedAt
  parent { id } version { id number } areas { code } responsibleOrganisation { name } programme { name }`;
const targetFields = `id name resultLevel unit baselineValue baselineDate targetValue targetDate position
  indicator { key } goal { id }`;

interface Goal {
  id: string;
  level: string;
  title: string;
  position: number;
  parent: { id: string } | null;
  areas: Array<{ code: string }>;
  responsibleOrganisation: { name: string } | null;
  programme: { name: string } | null;
  budget: number | null;
  createdBy: string;
  archivedAt: string | null;
}

describe("measure catalogues over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let organisationId: string;
  let programmeId: string;
  let indicatorId: string;

  /** Runs an operation that must succeed and returns its data. */
  async function ok<TData>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const result = await client.execute<TData>(query, variables);
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data;
  }

  async function createCatalogue(name = "Maßnahmenkatalog Test") {
    const data = await ok<{ createMeasureCatalogue: { id: string; versions: Array<{ id: string }> } }>(
      `mutation($input: MeasureCatalogueInput!) { createMeasureCatalogue(input: $input) { ${catalogueFields} } }`,
      { input: { name, description: "Armutsbekämpfung 2001–2004" } },
    );
    const catalogue = data.createMeasureCatalogue;
    return { catalogueId: catalogue.id, versionId: catalogue.versions[0]?.id ?? "" };
  }

  const createGoalMutation = `mutation($input: GoalInput!) { createGoal(input: $input) { ${goalFields} } }`;
  async function createGoal(input: Record<string, unknown>): Promise<Goal> {
    return (await ok<{ createGoal: Goal }>(createGoalMutation, { input })).createGoal;
  }

  /** Leitziel > strategisches Ziel > operatives Ziel > Maßnahme in a fresh catalogue. */
  async function createTree() {
    const { catalogueId, versionId } = await createCatalogue();
    const leitziel = await createGoal({ versionId, level: "LEITZIEL", title: "Teilhabe durch Arbeit" });
    const strategic = await createGoal({
      versionId,
      parentId: leitziel.id,
      level: "STRATEGISCHES_ZIEL",
      title: "Langzeitarbeitslosigkeit senken",
    });
    const operational = await createGoal({
      versionId,
      parentId: strategic.id,
      level: "OPERATIVES_ZIEL",
      title: "Reintegration in Arbeit",
    });
    const measure = await createGoal({
      versionId,
      parentId: operational.id,
      level: "MASSNAHME",
      title: "Fallmanagement",
      responsibleOrganisationId: organisationId,
      programmeId,
      areaCodes: ["01100102", "011001"],
      budget: 125_000.5,
    });
    return { catalogueId, versionId, leitziel, strategic, operational, measure };
  }

  const createTargetMutation = `mutation($input: GoalTargetInput!) { createGoalTarget(input: $input) { ${targetFields} } }`;
  const targetInput = (goalId: string, overrides: Record<string, unknown> = {}) => ({
    goalId,
    name: "Reintegrationsverläufe",
    resultLevel: "OUTPUT",
    unit: "Verläufe",
    baselineValue: 0,
    baselineDate: "2001-01-01",
    targetValue: 4000,
    targetDate: "2004-12-31",
    ...overrides,
  });
  async function createTarget(goalId: string, overrides: Record<string, unknown> = {}) {
    return (
      await ok<{ createGoalTarget: { id: string; position: number } }>(createTargetMutation, {
        input: targetInput(goalId, overrides),
      })
    ).createGoalTarget;
  }

  const adopt = (id: string) =>
    ok(
      `mutation($id: ID!) { adoptVersion(id: $id, adoptedOn: "2001-03-15", adoptedBy: "Ratsbeschluss 2001/42") { id } }`,
      {
        id,
      },
    );

  const count = async () => ({
    goals: await db.prisma.goal.count(),
    goalAreas: await db.prisma.goalArea.count(),
    targets: await db.prisma.goalTarget.count(),
    actuals: await db.prisma.targetActual.count(),
    versions: await db.prisma.catalogueVersion.count(),
    changes: await db.prisma.changeLog.count(),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
    organisationId = (await db.prisma.organisation.create({ data: { name: "Jobcenter Teststadt", type: "JOBCENTER" } }))
      .id;
    programmeId = (await db.prisma.programme.create({ data: { name: "BIWAQ Teststadt", family: "BIWAQ" } })).id;
    indicatorId = (
      await db.prisma.indicator.create({
        data: {
          key: "test.alq",
          name: "Arbeitslosenquote",
          description: "Arbeitslose je 100 Erwerbsfähige",
          unit: "%",
          polarity: "HIGHER_IS_WORSE",
          topic: "Arbeit",
          source: "Test",
          licence: "CC BY",
        },
      })
    ).id;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  describe("catalogues", () => {
    it("creates a catalogue with version 1 as a draft, audited", async () => {
      const data = await ok<{ createMeasureCatalogue: Record<string, unknown> & { id: string } }>(
        `mutation { createMeasureCatalogue(input: { name: "  Katalog A  ", description: "" }) { ${catalogueFields} } }`,
      );
      expect(data.createMeasureCatalogue).toMatchObject({
        name: "Katalog A",
        description: null,
        isExample: false,
        createdBy: "test-planner",
        updatedBy: "test-planner",
        versions: [{ number: 1, status: "DRAFT", isEditable: true }],
        currentVersion: { number: 1, status: "DRAFT" },
      });
      const log = await ok<{ changeLog: Array<{ action: string; changes: unknown }> }>(
        `query($id: ID!) { changeLog(entity: "MeasureCatalogue", entityId: $id) { action changes } }`,
        { id: data.createMeasureCatalogue.id },
      );
      expect(log.changeLog).toEqual([
        { action: "CREATE", changes: { name: "Katalog A", description: null, isExample: false } },
      ]);
    });

    it("rejects an empty name with a field error and writes nothing", async () => {
      const before = await db.prisma.measureCatalogue.count();
      const result = await client.execute(`mutation { createMeasureCatalogue(input: { name: " " }) { id } }`);
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldErrorsOf(result)).toEqual([{ field: "name", message: "must not be empty" }]);
      expect(await db.prisma.measureCatalogue.count()).toBe(before);
    });

    it("updates name and description and logs the changed fields", async () => {
      const { catalogueId } = await createCatalogue("Katalog B");
      const data = await ok<{ updateMeasureCatalogue: { name: string; description: string | null } }>(
        `mutation($id: ID!) { updateMeasureCatalogue(id: $id, input: { name: "Katalog B neu" }) { name description } }`,
        { id: catalogueId },
      );
      expect(data.updateMeasureCatalogue).toEqual({ name: "Katalog B neu", description: null });
      const log = await ok<{ changeLog: Array<{ action: string; actor: string; changes: unknown }> }>(
        `query($id: ID!) { changeLog(entity: "MeasureCatalogue", entityId: $id) { action actor changes } }`,
        { id: catalogueId },
      );
      expect(log.changeLog[0]).toEqual({
        action: "UPDATE",
        actor: "test-planner",
        changes: {
          name: { from: "Katalog B", to: "Katalog B neu" },
          description: { from: "Armutsbekämpfung 2001–2004", to: null },
        },
      });
    });

    it("lists catalogues by name with search, pages and archived ones only on request", async () => {
      const { catalogueId } = await createCatalogue("Zeta Katalog");
      await createCatalogue("Zeta Katalog 2");
      const list = (filter: Record<string, unknown>, first = 50, after?: string) =>
        ok<{
          measureCatalogues: {
            edges: Array<{ node: { name: string } }>;
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(
          `query($filter: MeasureCatalogueFilter, $first: Int, $after: String) {
            measureCatalogues(filter: $filter, first: $first, after: $after) {
              edges { node { name } } totalCount pageInfo { hasNextPage endCursor }
            }
          }`,
          { filter, first, after },
        );
      const firstPage = await list({ search: "zeta" }, 1);
      expect(firstPage.measureCatalogues.edges.map((e) => e.node.name)).toEqual(["Zeta Katalog"]);
      expect(firstPage.measureCatalogues.totalCount).toBe(2);
      expect(firstPage.measureCatalogues.pageInfo.hasNextPage).toBe(true);
      const second = await list({ search: "zeta" }, 1, firstPage.measureCatalogues.pageInfo.endCursor);
      expect(second.measureCatalogues.edges.map((e) => e.node.name)).toEqual(["Zeta Katalog 2"]);

      const archived = await ok<{ archiveMeasureCatalogue: { archivedAt: string | null; archivedBy: string } }>(
        `mutation($id: ID!) { archiveMeasureCatalogue(id: $id) { archivedAt archivedBy } }`,
        { id: catalogueId },
      );
      expect(archived.archiveMeasureCatalogue.archivedBy).toBe("test-planner");
      expect((await list({ search: "zeta" })).measureCatalogues.totalCount).toBe(1);
      expect((await list({ search: "zeta", includeArchived: true })).measureCatalogues.totalCount).toBe(2);

      const update = await client.execute(
        `mutation($id: ID!) { updateMeasureCatalogue(id: $id, input: { name: "X" }) { id } }`,
        { id: catalogueId },
      );
      expect(errorCodes(update)).toEqual(["CONFLICT"]);
      await ok(`mutation($id: ID!) { restoreMeasureCatalogue(id: $id) { id } }`, { id: catalogueId });
      expect((await list({ search: "zeta" })).measureCatalogues.totalCount).toBe(2);
    });

    it("answers unknown and malformed ids with NOT_FOUND", async () => {
      for (const id of [unknownId, "not-a-uuid"]) {
        const results = await Promise.all([
          client.execute(`query($id: ID!) { measureCatalogue(id: $id) { id } }`, { id }),
          client.execute(`query($id: ID!) { catalogueVersion(id: $id) { id } }`, { id }),
          client.execute(`query($id: ID!) { goal(id: $id) { id } }`, { id }),
          client.execute(`query($id: ID!) { goalTarget(id: $id) { id } }`, { id }),
          client.execute(`mutation($id: ID!) { archiveGoal(id: $id) { id } }`, { id }),
          client.execute(`mutation($id: ID!) { recordActual(targetId: $id, date: "2002-01-01", value: 1) { id } }`, {
            id,
          }),
          client.execute(`mutation($id: ID!) { archiveActual(id: $id) { id } }`, { id }),
          client.execute(`mutation($id: ID!) { createDraftVersion(catalogueId: $id) { id } }`, { id }),
        ]);
        expect(results.flatMap(errorCodes)).toEqual(Array(8).fill("NOT_FOUND"));
      }
    });
  });

  describe("goal tree", () => {
    it("builds Leitziel > strategisches Ziel > operatives Ziel > Maßnahme with areas, organisation, programme and budget", async () => {
      const { versionId, measure } = await createTree();
      expect(measure).toMatchObject({
        level: "MASSNAHME",
        position: 0,
        areas: [{ code: "011001" }, { code: "01100102" }],
        responsibleOrganisation: { name: "Jobcenter Teststadt" },
        programme: { name: "BIWAQ Teststadt" },
        budget: 125_000.5,
        createdBy: "test-planner",
      });
      const data = await ok<{ catalogueVersion: { goals: Array<Record<string, unknown>> } }>(
        `query($id: ID!) { catalogueVersion(id: $id) {
          goals { level title children { level children { level children { level title parent { title } } } } }
        } }`,
        { id: versionId },
      );
      expect(data.catalogueVersion.goals).toEqual([
        {
          level: "LEITZIEL",
          title: "Teilhabe durch Arbeit",
          children: [
            {
              level: "STRATEGISCHES_ZIEL",
              children: [
                {
                  level: "OPERATIVES_ZIEL",
                  children: [
                    { level: "MASSNAHME", title: "Fallmanagement", parent: { title: "Reintegration in Arbeit" } },
                  ],
                },
              ],
            },
          ],
        },
      ]);
    });

    it("requires each level exactly one below its parent", async () => {
      const { versionId, leitziel, strategic } = await createTree();
      const before = await count();
      const rootMeasure = await client.execute(createGoalMutation, {
        input: { versionId, level: "MASSNAHME", title: "Lose Maßnahme" },
      });
      expect(fieldErrorsOf(rootMeasure)).toEqual([
        { field: "parentId", message: "a Maßnahme needs a parent operatives Ziel" },
      ]);
      const skipped = await client.execute(createGoalMutation, {
        input: { versionId, parentId: strategic.id, level: "MASSNAHME", title: "Übersprungen" },
      });
      expect(fieldErrorsOf(skipped)).toEqual([
        { field: "level", message: "a Maßnahme belongs under a operatives Ziel, not under a strategisches Ziel" },
      ]);
      const leitzielWithParent = await client.execute(createGoalMutation, {
        input: { versionId, parentId: leitziel.id, level: "LEITZIEL", title: "Zweites Leitziel" },
      });
      expect(fieldErrorsOf(leitzielWithParent)).toEqual([
        { field: "level", message: "a Leitziel is a root goal and cannot have a parent" },
      ]);
      expect(await count()).toEqual(before);
    });

    it("answers unknown references with field errors and writes nothing", async () => {
      const { versionId, operational } = await createTree();
      const before = await count();
      const unknownVersion = await client.execute(createGoalMutation, {
        input: { versionId: unknownId, level: "LEITZIEL", title: "X" },
      });
      expect(fieldErrorsOf(unknownVersion)).toEqual([
        { field: "versionId", message: "is not a known catalogue version" },
      ]);
      const result = await client.execute(createGoalMutation, {
        input: {
          versionId,
          parentId: operational.id,
          level: "MASSNAHME",
          title: "Schuldnerberatung",
          responsibleOrganisationId: unknownId,
          programmeId: "kein-programm",
          areaCodes: ["01100101", "99999999"],
          budget: -5,
        },
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldErrorsOf(result)).toEqual([{ field: "budget", message: "a budget cannot be negative" }]);
      const references = await client.execute(createGoalMutation, {
        input: {
          versionId,
          parentId: unknownId,
          level: "MASSNAHME",
          title: "Schuldnerberatung",
          responsibleOrganisationId: unknownId,
          programmeId: "kein-programm",
          areaCodes: ["01100101", "99999999"],
        },
      });
      expect(fieldErrorsOf(references)).toEqual([
        { field: "parentId", message: "is not a goal of this version" },
        { field: "responsibleOrganisationId", message: "is not a known organisation" },
        { field: "programmeId", message: "is not a known programme" },
        { field: "areaCodes.1", message: "unknown area code 99999999" },
      ]);
      const missingTitle = await client.execute(
        `mutation($v: ID!) { createGoal(input: { versionId: $v, level: LEITZIEL, title: "" }) { id } }`,
        { v: versionId },
      );
      expect(fieldErrorsOf(missingTitle)).toEqual([{ field: "title", message: "must not be empty" }]);
      expect(await count()).toEqual(before);
    });

    it("inserts at a position and keeps sibling positions dense", async () => {
      const { versionId, operational, measure } = await createTree();
      const second = await createGoal({ versionId, parentId: operational.id, level: "MASSNAHME", title: "Zweite" });
      const first = await createGoal({
        versionId,
        parentId: operational.id,
        level: "MASSNAHME",
        title: "Neue erste",
        position: 0,
      });
      expect([second.position, first.position]).toEqual([1, 0]);
      const tooFar = await client.execute(createGoalMutation, {
        input: { versionId, parentId: operational.id, level: "MASSNAHME", title: "Zu weit", position: 9 },
      });
      expect(fieldErrorsOf(tooFar)).toEqual([
        { field: "position", message: "must be at most 3 (the number of siblings)" },
      ]);
      const children = await ok<{ goal: { children: Array<{ title: string; position: number }> } }>(
        `query($id: ID!) { goal(id: $id) { children { title position } } }`,
        { id: operational.id },
      );
      expect(children.goal.children).toEqual([
        { title: "Neue erste", position: 0 },
        { title: measure.title, position: 1 },
        { title: "Zweite", position: 2 },
      ]);
    });

    it("replaces what a goal says, its areas included, and logs old → new", async () => {
      const { measure } = await createTree();
      const data = await ok<{ updateGoal: Goal }>(
        `mutation($id: ID!, $input: GoalUpdateInput!) { updateGoal(id: $id, input: $input) { ${goalFields} } }`,
        { id: measure.id, input: { title: "Fallmanagement plus", areaCodes: ["01100103"], budget: 99_000 } },
      );
      expect(data.updateGoal).toMatchObject({
        title: "Fallmanagement plus",
        areas: [{ code: "01100103" }],
        responsibleOrganisation: null,
        programme: null,
        budget: 99_000,
        level: "MASSNAHME",
        position: 0,
      });
      const log = await ok<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
        `query($id: ID!) { changeLog(entity: "Goal", entityId: $id) { action changes } }`,
        { id: measure.id },
      );
      expect(log.changeLog.map((entry) => entry.action)).toEqual(["UPDATE", "CREATE"]);
      expect(log.changeLog[0]?.changes).toEqual({
        title: { from: "Fallmanagement", to: "Fallmanagement plus" },
        responsibleOrganisationId: { from: organisationId, to: null },
        programmeId: { from: programmeId, to: null },
        budget: { from: 125_000.5, to: 99_000 },
        areaCodes: { from: ["011001", "01100102"], to: ["01100103"] },
      });
    });

    it("archives a goal (closing the gap) and restores it at the end", async () => {
      const { versionId, operational, measure } = await createTree();
      const second = await createGoal({ versionId, parentId: operational.id, level: "MASSNAHME", title: "Zweite" });
      await ok(`mutation($id: ID!) { archiveGoal(id: $id) { id } }`, { id: measure.id });
      const children = () =>
        ok<{ goal: { children: Array<{ id: string; position: number }>; all: Array<{ id: string }> } }>(
          `query($id: ID!) { goal(id: $id) { children { id position } all: children(includeArchived: true) { id } } }`,
          { id: operational.id },
        );
      expect((await children()).goal.children).toEqual([{ id: second.id, position: 0 }]);
      expect((await children()).goal.all).toHaveLength(2);
      const update = await client.execute(`mutation($id: ID!) { updateGoal(id: $id, input: { title: "X" }) { id } }`, {
        id: measure.id,
      });
      expect(errorCodes(update)).toEqual(["CONFLICT"]);
      await ok(`mutation($id: ID!) { restoreGoal(id: $id) { id } }`, { id: measure.id });
      expect((await children()).goal.children).toEqual([
        { id: second.id, position: 0 },
        { id: measure.id, position: 1 },
      ]);

      await ok(`mutation($id: ID!) { archiveGoal(id: $id) { id } }`, { id: operational.id });
      await ok(`mutation($id: ID!) { archiveGoal(id: $id) { id } }`, { id: measure.id });
      const restoreUnderArchived = await client.execute(`mutation($id: ID!) { restoreGoal(id: $id) { id } }`, {
        id: measure.id,
      });
      expect(errorCodes(restoreUnderArchived)).toEqual(["CONFLICT"]);
      const log = await ok<{ changeLog: Array<{ action: string }> }>(
        `query($id: ID!) { changeLog(entity: "Goal", entityId: $id) { action } }`,
        { id: measure.id },
      );
      expect(log.changeLog.map((entry) => entry.action)).toEqual(["ARCHIVE", "RESTORE", "ARCHIVE", "CREATE"]);
    });

    describe("moving", () => {
      const move = (id: string, parentId: string | null, position: number) =>
        client.execute<{ moveGoal: { id: string; position: number; parent: { id: string } | null } }>(
          `mutation($id: ID!, $parentId: ID, $position: Int!) {
            moveGoal(id: $id, parentId: $parentId, position: $position) { id position parent { id } }
          }`,
          { id, parentId, position },
        );
      const childrenOf = async (id: string) =>
        (
          await ok<{ goal: { children: Array<{ title: string; position: number }> } }>(
            `query($id: ID!) { goal(id: $id) { children { title position } } }`,
            { id },
          )
        ).goal.children;

      let tree: Awaited<ReturnType<typeof createTree>>;
      let otherOperational: Goal;
      beforeEach(async () => {
        tree = await createTree();
        const { versionId, strategic, operational } = tree;
        await createGoal({ versionId, parentId: operational.id, level: "MASSNAHME", title: "B" });
        await createGoal({ versionId, parentId: operational.id, level: "MASSNAHME", title: "C" });
        otherOperational = await createGoal({
          versionId,
          parentId: strategic.id,
          level: "OPERATIVES_ZIEL",
          title: "Schulden abbauen",
        });
        await createGoal({ versionId, parentId: otherOperational.id, level: "MASSNAHME", title: "X" });
      });

      it("reorders among siblings (drag to reorder), keeping positions dense", async () => {
        const result = await move(tree.measure.id, tree.operational.id, 2);
        expect(result.errors).toBeUndefined();
        expect(await childrenOf(tree.operational.id)).toEqual([
          { title: "B", position: 0 },
          { title: "C", position: 1 },
          { title: "Fallmanagement", position: 2 },
        ]);
      });

      it("moves under another parent of the right level, renumbering old and new siblings", async () => {
        const result = await move(tree.measure.id, otherOperational.id, 0);
        expect(result.data?.moveGoal).toEqual({
          id: tree.measure.id,
          position: 0,
          parent: { id: otherOperational.id },
        });
        expect(await childrenOf(tree.operational.id)).toEqual([
          { title: "B", position: 0 },
          { title: "C", position: 1 },
        ]);
        expect(await childrenOf(otherOperational.id)).toEqual([
          { title: "Fallmanagement", position: 0 },
          { title: "X", position: 1 },
        ]);
        const log = await ok<{ changeLog: Array<{ changes: Record<string, unknown> }> }>(
          `query($id: ID!) { changeLog(entity: "Goal", entityId: $id, first: 1) { changes } }`,
          { id: tree.measure.id },
        );
        expect(log.changeLog[0]?.changes).toEqual({ parentId: { from: tree.operational.id, to: otherOperational.id } });
      });

      it("rejects a parent of the wrong level, the own subtree, a foreign goal and a position too far", async () => {
        const before = await childrenOf(tree.operational.id);
        expect(fieldErrorsOf(await move(tree.measure.id, tree.strategic.id, 0))).toEqual([
          { field: "parentId", message: "a Maßnahme belongs under a operatives Ziel, not under a strategisches Ziel" },
        ]);
        expect(fieldErrorsOf(await move(tree.strategic.id, tree.measure.id, 0))).toEqual([
          { field: "parentId", message: "cannot move a goal into its own subtree" },
        ]);
        expect(fieldErrorsOf(await move(tree.strategic.id, null, 0))).toEqual([
          { field: "parentId", message: "a strategisches Ziel needs a parent Leitziel" },
        ]);
        const foreign = await createTree();
        expect(fieldErrorsOf(await move(tree.measure.id, foreign.operational.id, 0))).toEqual([
          { field: "parentId", message: "is not a goal of this version" },
        ]);
        expect(fieldErrorsOf(await move(tree.measure.id, otherOperational.id, 5))).toEqual([
          { field: "position", message: "must be at most 1 (the number of siblings)" },
        ]);
        expect(fieldErrorsOf(await move(tree.measure.id, otherOperational.id, -1))).toEqual([
          { field: "position", message: "cannot be negative" },
        ]);
        expect(await childrenOf(tree.operational.id)).toEqual(before);
      });

      it("moves a Leitziel among the roots", async () => {
        const second = await createGoal({ versionId: tree.versionId, level: "LEITZIEL", title: "Zweites Leitziel" });
        expect(second.position).toBe(1);
        expect((await move(second.id, null, 0)).data?.moveGoal.position).toBe(0);
        const roots = await ok<{ catalogueVersion: { goals: Array<{ title: string; position: number }> } }>(
          `query($id: ID!) { catalogueVersion(id: $id) { goals { title position } } }`,
          { id: tree.versionId },
        );
        expect(roots.catalogueVersion.goals).toEqual([
          { title: "Zweites Leitziel", position: 0 },
          { title: "Teilhabe durch Arbeit", position: 1 },
        ]);
      });
    });

    it("lists goals across the tree by level, area, organisation and text", async () => {
      const { versionId } = await createTree();
      const list = (filter: Record<string, unknown>) =>
        client.execute<{ goals: { totalCount: number; edges: Array<{ node: { title: string; level: string } }> } }>(
          `query($filter: GoalFilter) { goals(filter: $filter) { totalCount edges { node { title level } } } }`,
          { filter },
        );
      const measures = await list({ versionId, level: "MASSNAHME" });
      expect(measures.data?.goals.edges.map((e) => e.node.title)).toEqual(["Fallmanagement"]);
      expect((await list({ versionId, areaCode: "01100102" })).data?.goals.totalCount).toBe(1);
      expect((await list({ versionId, areaCode: "01100101" })).data?.goals.totalCount).toBe(0);
      expect((await list({ versionId, responsibleOrganisationId: organisationId })).data?.goals.totalCount).toBe(1);
      const search = await list({ versionId, search: "ARBEIT" });
      expect(search.data?.goals.edges.map((e) => e.node.title)).toEqual([
        "Teilhabe durch Arbeit",
        "Langzeitarbeitslosigkeit senken",
        "Reintegration in Arbeit",
      ]);
      expect((await list({ versionId })).data?.goals.totalCount).toBe(4);
      expect(fieldErrorsOf(await list({ versionId: "v1" }))).toEqual([
        { field: "filter.versionId", message: "is not an id" },
      ]);
    });
  });

  describe("targets and actuals", () => {
    it("attaches targets to operational goals and measures, with indicator and order", async () => {
      const { operational, measure, strategic } = await createTree();
      const first = await createTarget(measure.id, { indicatorId });
      const second = await createTarget(measure.id, {
        name: "davon Arbeitsaufnahme",
        resultLevel: "OUTCOME",
        targetValue: 1200,
      });
      expect([first.position, second.position]).toEqual([0, 1]);
      await createTarget(operational.id);
      const data = await ok<{ goal: { targets: Array<Record<string, unknown>> } }>(
        `query($id: ID!) { goal(id: $id) { targets { ${targetFields} } } }`,
        { id: measure.id },
      );
      expect(data.goal.targets).toEqual([
        {
          id: first.id,
          name: "Reintegrationsverläufe",
          resultLevel: "OUTPUT",
          unit: "Verläufe",
          baselineValue: 0,
          baselineDate: "2001-01-01",
          targetValue: 4000,
          targetDate: "2004-12-31",
          position: 0,
          indicator: { key: "test.alq" },
          goal: { id: measure.id },
        },
        expect.objectContaining({
          name: "davon Arbeitsaufnahme",
          resultLevel: "OUTCOME",
          position: 1,
          indicator: null,
        }),
      ]);
      const before = await count();
      const onStrategic = await client.execute(createTargetMutation, { input: targetInput(strategic.id) });
      expect(fieldErrorsOf(onStrategic)).toEqual([
        { field: "goalId", message: "targets belong to operational goals and measures, not to a strategisches Ziel" },
      ]);
      expect(await count()).toEqual(before);
    });

    it("rejects bad target input with field errors and writes nothing", async () => {
      const { measure } = await createTree();
      const before = await count();
      const backwards = await client.execute(createTargetMutation, {
        input: targetInput(measure.id, {
          targetDate: "2000-12-31",
          name: "",
          resultLevel: "OUTPUT",
          baselineValue: 1e13,
        }),
      });
      expect(fieldErrorsOf(backwards)).toEqual([
        { field: "name", message: "must not be empty" },
        { field: "baselineValue", message: "is implausibly large" },
        { field: "targetDate", message: "must be after the baseline date 2001-01-01" },
      ]);
      const references = await client.execute(createTargetMutation, {
        input: targetInput(measure.id, { indicatorId: unknownId }),
      });
      expect(fieldErrorsOf(references)).toEqual([{ field: "indicatorId", message: "is not a known indicator" }]);
      const noGoal = await client.execute(createTargetMutation, { input: targetInput(unknownId) });
      expect(fieldErrorsOf(noGoal)).toEqual([{ field: "goalId", message: "is not a known goal" }]);
      const badEnum = await client.execute(createTargetMutation, {
        input: targetInput(measure.id, { resultLevel: "EFFECT" }),
      });
      expect(errorCodes(badEnum)).toEqual(["BAD_USER_INPUT"]);
      expect(await count()).toEqual(before);
    });

    it("updates and archives a target, logging the change", async () => {
      const { measure } = await createTree();
      const target = await createTarget(measure.id);
      const data = await ok<{ updateGoalTarget: { targetValue: number; targetDate: string; name: string } }>(
        `mutation($id: ID!, $input: GoalTargetUpdateInput!) { updateGoalTarget(id: $id, input: $input) { name targetValue targetDate } }`,
        {
          id: target.id,
          input: {
            name: "Reintegrationsverläufe gesamt",
            resultLevel: "OUTPUT",
            unit: "Verläufe",
            baselineValue: 0,
            baselineDate: "2001-01-01",
            targetValue: 4500,
            targetDate: "2005-06-30",
          },
        },
      );
      expect(data.updateGoalTarget).toEqual({
        name: "Reintegrationsverläufe gesamt",
        targetValue: 4500,
        targetDate: "2005-06-30",
      });
      const log = await ok<{ changeLog: Array<{ changes: Record<string, unknown> }> }>(
        `query($id: ID!) { changeLog(entity: "GoalTarget", entityId: $id, first: 1) { changes } }`,
        { id: target.id },
      );
      expect(log.changeLog[0]?.changes).toEqual({
        name: { from: "Reintegrationsverläufe", to: "Reintegrationsverläufe gesamt" },
        targetValue: { from: 4000, to: 4500 },
        targetDate: { from: "2004-12-31", to: "2005-06-30" },
      });
      await ok(`mutation($id: ID!) { archiveGoalTarget(id: $id) { id } }`, { id: target.id });
      const goal = await ok<{ goal: { targets: unknown[]; all: unknown[] } }>(
        `query($id: ID!) { goal(id: $id) { targets { id } all: targets(includeArchived: true) { id } } }`,
        { id: measure.id },
      );
      expect([goal.goal.targets.length, goal.goal.all.length]).toEqual([0, 1]);
      await ok(`mutation($id: ID!) { restoreGoalTarget(id: $id) { id } }`, { id: target.id });
    });

    it("records actuals by date (upsert), rejects dates before the baseline and derives the status", async () => {
      const { measure } = await createTree();
      const target = await createTarget(measure.id);
      const record = (date: string, value: number, note?: string) =>
        client.execute<{
          recordActual: { id: string; date: string; value: number; note: string | null; createdBy: string };
        }>(
          `mutation($t: ID!, $d: Date!, $v: Float!, $n: String) { recordActual(targetId: $t, date: $d, value: $v, note: $n) { id date value note createdBy } }`,
          { t: target.id, d: date, v: value, n: note },
        );
      const first = await record("2002-12-31", 1500, "Jahresbericht 2002");
      expect(first.data?.recordActual).toMatchObject({ date: "2002-12-31", value: 1500, createdBy: "test-planner" });
      const replaced = await record("2002-12-31", 1600);
      expect(replaced.data?.recordActual).toMatchObject({ id: first.data?.recordActual.id, value: 1600, note: null });
      expect(await db.prisma.targetActual.count({ where: { targetId: target.id } })).toBe(1);

      const early = await record("2000-12-31", 10);
      expect(fieldErrorsOf(early)).toEqual([
        { field: "date", message: "must be on or after the baseline date 01.01.2001" },
      ]);
      const badDate = await record("2002-02-30", 1);
      expect(errorCodes(badDate)).toEqual(["BAD_USER_INPUT"]);

      const status = (asOf?: string) =>
        ok<{ goalTarget: { actuals: Array<{ date: string; value: number }>; status: Record<string, unknown> } }>(
          `query($id: ID!, $asOf: Date) { goalTarget(id: $id) {
            actuals { date value }
            status(asOf: $asOf) { status explanation expectedValue progressRatio referenceDate latestActual { date value } }
          } }`,
          { id: target.id, asOf },
        );
      const at2003 = await status("2003-01-15");
      expect(at2003.goalTarget.actuals).toEqual([{ date: "2002-12-31", value: 1600 }]);
      expect(at2003.goalTarget.status).toMatchObject({
        status: "AT_RISK",
        referenceDate: "2003-01-15",
        latestActual: { date: "2002-12-31", value: 1600 },
      });
      // 729 of 1460 days: 1.997,26 due; 1.600 is 80 % of it.
      expect(at2003.goalTarget.status.explanation).toBe(
        "Ist 1.600 am 31.12.2002; Soll laut linearem Pfad 1.997,26 (80 %) → gefährdet (ab 70 %, unter 90 %)",
      );
      // Today lies past the target date of 2004: not reached means off track.
      expect((await status()).goalTarget.status).toMatchObject({ status: "OFF_TRACK" });
      expect((await status("2002-06-30")).goalTarget.status).toMatchObject({ status: "NO_DATA", latestActual: null });

      const actualLog = await ok<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
        `query($id: ID!) { changeLog(entity: "TargetActual", entityId: $id) { action changes } }`,
        { id: first.data?.recordActual.id },
      );
      expect(actualLog.changeLog).toEqual([
        {
          action: "UPDATE",
          changes: { value: { from: 1500, to: 1600 }, note: { from: "Jahresbericht 2002", to: null } },
        },
        {
          action: "CREATE",
          changes: {
            targetId: target.id,
            date: "2002-12-31",
            value: 1500,
            note: "Jahresbericht 2002",
            archived: false,
          },
        },
      ]);

      // An archived actual no longer counts.
      await ok(`mutation($id: ID!) { archiveActual(id: $id) { archivedAt } }`, { id: first.data?.recordActual.id });
      expect((await status("2003-01-15")).goalTarget.status).toMatchObject({ status: "NO_DATA" });
      await ok(`mutation($id: ID!) { restoreActual(id: $id) { id } }`, { id: first.data?.recordActual.id });
      expect((await status("2003-01-15")).goalTarget.status).toMatchObject({ status: "AT_RISK" });
    });

    it("records a set of actuals all or nothing", async () => {
      const { measure } = await createTree();
      const target = await createTarget(measure.id);
      const recordAll = (actuals: unknown[]) =>
        client.execute<{ recordActuals: Array<{ date: string; value: number }> }>(
          `mutation($t: ID!, $a: [TargetActualInput!]!) { recordActuals(targetId: $t, actuals: $a) { date value } }`,
          { t: target.id, a: actuals },
        );
      const written = await recordAll([
        { date: "2002-12-31", value: 1500 },
        { date: "2001-12-31", value: 700, note: "erstes Jahr" },
      ]);
      expect(written.data?.recordActuals).toEqual([
        { date: "2001-12-31", value: 700 },
        { date: "2002-12-31", value: 1500 },
      ]);
      const before = await count();
      const invalid = await recordAll([
        { date: "2003-12-31", value: 2500 },
        { date: "2002-12-31", value: 1550 },
        { date: "2000-06-30", value: 5 },
      ]);
      expect(errorCodes(invalid)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldErrorsOf(invalid)).toEqual([
        { field: "actuals.2.date", message: "must be on or after the baseline date 01.01.2001" },
      ]);
      const duplicate = await recordAll([
        { date: "2003-12-31", value: 2500 },
        { date: "2003-12-31", value: 2600 },
      ]);
      expect(fieldErrorsOf(duplicate)).toEqual([
        { field: "actuals.1.date", message: "2003-12-31 appears more than once" },
      ]);
      expect(fieldErrorsOf(await recordAll([]))).toEqual([
        { field: "actuals", message: "give at least one actual value" },
      ]);
      expect(await count()).toEqual(before);
      const stored = await db.prisma.targetActual.findMany({
        where: { targetId: target.id },
        orderBy: { date: "asc" },
      });
      expect(stored.map((actual) => actual.value)).toEqual([700, 1500]);

      // A valid set updates existing dates and adds new ones in one go, logging only real changes.
      const upsert = await recordAll([
        { date: "2001-12-31", value: 700, note: "erstes Jahr" },
        { date: "2002-12-31", value: 1550 },
        { date: "2003-12-31", value: 2500 },
      ]);
      expect(upsert.data?.recordActuals.map((a) => a.value)).toEqual([700, 1550, 2500]);
      expect((await count()).changes - before.changes).toBe(2);
    });
  });

  describe("versions", () => {
    it("freezes an adopted version but still records actuals against it", async () => {
      const { versionId, operational, measure } = await createTree();
      const target = await createTarget(measure.id);
      const adopted = await ok<{ adoptVersion: Record<string, unknown> }>(
        `mutation($id: ID!) { adoptVersion(id: $id, adoptedOn: "2001-03-15", adoptedBy: " Ratsbeschluss 2001/42 ") {
          status isEditable adoptedOn adoptedBy } }`,
        { id: versionId },
      );
      expect(adopted.adoptVersion).toEqual({
        status: "ADOPTED",
        isEditable: false,
        adoptedOn: "2001-03-15",
        adoptedBy: "Ratsbeschluss 2001/42",
      });
      const before = await count();
      const attempts = await Promise.all([
        client.execute(createGoalMutation, {
          input: { versionId, parentId: operational.id, level: "MASSNAHME", title: "Nachtrag" },
        }),
        client.execute(`mutation($id: ID!) { updateGoal(id: $id, input: { title: "X" }) { id } }`, { id: measure.id }),
        client.execute(`mutation($id: ID!) { archiveGoal(id: $id) { id } }`, { id: measure.id }),
        client.execute(
          `mutation($id: ID!) { moveGoal(id: $id, parentId: $p, position: 0) { id } }`.replace(
            "$p",
            `"${operational.id}"`,
          ),
          {
            id: measure.id,
          },
        ),
        client.execute(createTargetMutation, { input: targetInput(measure.id) }),
        client.execute(`mutation($id: ID!) { archiveGoalTarget(id: $id) { id } }`, { id: target.id }),
        client.execute(
          `mutation($id: ID!) { adoptVersion(id: $id, adoptedOn: "2002-01-01", adoptedBy: "nochmal") { id } }`,
          {
            id: versionId,
          },
        ),
      ]);
      expect(attempts.flatMap(errorCodes)).toEqual(Array(7).fill("CONFLICT"));
      expect(attempts[0]?.errors?.[0]?.message).toBe(
        'Version 1 of "Maßnahmenkatalog Test" is adopted: adopted versions cannot change; create a new draft',
      );
      expect(await count()).toEqual(before);

      const actual = await client.execute(
        `mutation($t: ID!) { recordActual(targetId: $t, date: "2001-12-31", value: 900) { value } }`,
        { t: target.id },
      );
      expect(actual.data).toEqual({ recordActual: { value: 900 } });
      const relabelled = await ok<{ updateVersion: { label: string } }>(
        `mutation($id: ID!) { updateVersion(id: $id, input: { label: "Beschlussfassung 2001" }) { label } }`,
        { id: versionId },
      );
      expect(relabelled.updateVersion.label).toBe("Beschlussfassung 2001");
    });

    it("rejects adoption without a date or decision", async () => {
      const { versionId } = await createCatalogue();
      const result = await client.execute(
        `mutation($id: ID!) { adoptVersion(id: $id, adoptedOn: "2001-03-15", adoptedBy: "  ") { id } }`,
        { id: versionId },
      );
      expect(fieldErrorsOf(result)).toEqual([{ field: "adoptedBy", message: "must not be empty" }]);
      const version = await db.prisma.catalogueVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(version.status).toBe("DRAFT");
    });

    it("copies the active tree with areas and targets, not actuals, into a new draft", async () => {
      const { catalogueId, versionId, operational, measure } = await createTree();
      const target = await createTarget(measure.id, { indicatorId });
      await createTarget(operational.id, {
        name: "Quote",
        resultLevel: "IMPACT",
        unit: "%",
        baselineValue: 12,
        targetValue: 9,
      });
      const dropped = await createGoal({
        versionId,
        parentId: operational.id,
        level: "MASSNAHME",
        title: "Gestrichen",
      });
      await createTarget(dropped.id);
      await ok(`mutation($id: ID!) { archiveGoal(id: $id) { id } }`, { id: dropped.id });
      await ok(`mutation($t: ID!) { recordActual(targetId: $t, date: "2001-12-31", value: 900) { id } }`, {
        t: target.id,
      });
      await adopt(versionId);

      const draft = await ok<{ createDraftVersion: { id: string; number: number; status: string } }>(
        `mutation($c: ID!) { createDraftVersion(catalogueId: $c) { id number status } }`,
        { c: catalogueId },
      );
      expect(draft.createDraftVersion).toMatchObject({ number: 2, status: "DRAFT" });
      const tree = `goals { title position children { title children { title
        targets { name unit baselineValue targetValue indicator { key } actuals { value } }
        children { title position areas { code } responsibleOrganisation { name } programme { name } budget
          targets { name targetValue indicator { key } actuals { value } } } } } }`;
      const data = await ok<{
        original: Record<string, unknown>;
        copy: Record<string, unknown>;
        catalogue: { versions: Array<{ number: number }>; currentVersion: { number: number } };
      }>(
        `query($v1: ID!, $v2: ID!, $c: ID!) {
          original: catalogueVersion(id: $v1) { ${tree} }
          copy: catalogueVersion(id: $v2) { ${tree} }
          catalogue: measureCatalogue(id: $c) { versions { number } currentVersion { number } }
        }`,
        { v1: versionId, v2: draft.createDraftVersion.id, c: catalogueId },
      );
      const withoutActuals = JSON.parse(
        JSON.stringify(data.original).replaceAll('"actuals":[{"value":900}]', '"actuals":[]'),
      );
      expect(data.copy).toEqual(withoutActuals);
      expect(JSON.stringify(data.copy)).not.toContain("Gestrichen");
      expect(JSON.stringify(data.copy)).toContain('"areas":[{"code":"011001"},{"code":"01100102"}]');
      expect(data.catalogue.versions.map((v) => v.number)).toEqual([1, 2]);
      // The adopted version stays in force until the draft is adopted.
      expect(data.catalogue.currentVersion.number).toBe(1);

      // Editing the copy leaves the adopted original alone.
      const copiedMeasure = await db.prisma.goal.findFirstOrThrow({
        where: { versionId: draft.createDraftVersion.id, level: "MASSNAHME" },
      });
      await ok(`mutation($id: ID!) { updateGoal(id: $id, input: { title: "Fallmanagement 2005" }) { id } }`, {
        id: copiedMeasure.id,
      });
      expect((await db.prisma.goal.findUniqueOrThrow({ where: { id: measure.id } })).title).toBe("Fallmanagement");

      await adopt(draft.createDraftVersion.id);
      const current = await ok<{ measureCatalogue: { currentVersion: { number: number } } }>(
        `query($c: ID!) { measureCatalogue(id: $c) { currentVersion { number } } }`,
        { c: catalogueId },
      );
      expect(current.measureCatalogue.currentVersion.number).toBe(2);
    });

    it("copies a chosen version of the same catalogue only", async () => {
      const { catalogueId, versionId } = await createTree();
      const other = await createCatalogue("Anderer Katalog");
      const before = await count();
      const foreign = await client.execute(
        `mutation($c: ID!, $f: ID) { createDraftVersion(catalogueId: $c, fromVersionId: $f) { id } }`,
        { c: catalogueId, f: other.versionId },
      );
      expect(fieldErrorsOf(foreign)).toEqual([
        { field: "fromVersionId", message: "is not a version of this catalogue" },
      ]);
      expect(await count()).toEqual(before);
      const copy = await ok<{ createDraftVersion: { number: number; goals: Array<{ title: string }> } }>(
        `mutation($c: ID!, $f: ID) { createDraftVersion(catalogueId: $c, fromVersionId: $f) { number goals { title } } }`,
        { c: catalogueId, f: versionId },
      );
      expect(copy.createDraftVersion).toEqual({ number: 2, goals: [{ title: "Teilhabe durch Arbeit" }] });
    });
  });

  it("reads a whole catalogue in the same number of statements for 10 and for 500 measures (no N+1)", async () => {
    const query = `query($id: ID!) { measureCatalogue(id: $id) { name currentVersion { number } versions {
      number catalogue { name }
      goals { title children { title children { title
        targets { name status { status } actuals { value } }
        children { title parent { title } version { number } responsibleOrganisation { name } programme { name } areas { code }
          targets { name goal { title } indicator { key } actuals { value target { name } } status { status explanation } } } } } } } } }`;

    async function catalogueWithMeasures(measures: number): Promise<string> {
      const { catalogueId, versionId, operational } = await createTree();
      const goals = Array.from({ length: measures - 1 }, (_, index) => ({
        id: crypto.randomUUID(),
        versionId,
        parentId: operational.id,
        level: "MASSNAHME" as const,
        title: `Maßnahme ${index + 2}`,
        position: index + 1,
        responsibleOrganisationId: organisationId,
        programmeId,
      }));
      await db.prisma.goal.createMany({ data: goals });
      const area = await db.prisma.area.findUniqueOrThrow({ where: { code: "01100101" } });
      await db.prisma.goalArea.createMany({ data: goals.map((goal) => ({ goalId: goal.id, areaId: area.id })) });
      const targets = goals.map((goal) => ({
        id: crypto.randomUUID(),
        goalId: goal.id,
        name: "Teilnehmende",
        resultLevel: "OUTPUT" as const,
        unit: "Personen",
        indicatorId,
        baselineValue: 0,
        baselineDate: new Date("2001-01-01"),
        targetValue: 100,
        targetDate: new Date("2004-12-31"),
      }));
      await db.prisma.goalTarget.createMany({ data: targets });
      await db.prisma.targetActual.createMany({
        data: targets.flatMap((target) => [
          { targetId: target.id, date: new Date("2002-12-31"), value: 40 },
          { targetId: target.id, date: new Date("2003-12-31"), value: 70 },
        ]),
      });
      return catalogueId;
    }

    const small = await catalogueWithMeasures(10);
    db.resetQueryLog();
    const smallResult = await client.execute(query, { id: small });
    expect(smallResult.errors).toBeUndefined();
    const statementsForTen = db.queries.length;

    const large = await catalogueWithMeasures(500);
    db.resetQueryLog();
    const result = await client.execute<{
      measureCatalogue: {
        versions: Array<{ goals: Array<{ children: Array<{ children: Array<{ children: unknown[] }> }> }> }>;
      };
    }>(query, { id: large });
    expect(result.errors).toBeUndefined();
    expect(result.data?.measureCatalogue.versions[0]?.goals[0]?.children[0]?.children[0]?.children).toHaveLength(500);
    expect(db.queries.length).toBe(statementsForTen);
  });
});
