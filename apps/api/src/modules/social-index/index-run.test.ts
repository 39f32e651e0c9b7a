import { methodSheet, mss2021Definition } from "@sozialatlas/domain/social-index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FieldError } from "../../lib/validation.ts";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { upsertIndicators } from "../indicator/indicator.service.ts";
import { upsertObservations } from "../indicator/observation.service.ts";
import { overallDirection } from "./index-classes.ts";

// A small city of five Planungsräume (01100101 … 01100105); the fifth has only 100 residents.
// Every expected number below is worked out by hand in the comments.
const plr = (n: number) => `0110010${n}`;
const sqrt125 = Math.sqrt(1.25);

const fieldErrors = (result: OperationResult<unknown>): FieldError[] =>
  (result.errors?.[0]?.extensions?.fieldErrors as FieldError[] | undefined) ?? [];

const indicator = (key: string, unit: string, polarity = "HIGHER_IS_WORSE") => ({
  key,
  name: `Test ${key}`,
  description: `Testindikator ${key}.`,
  unit,
  polarity,
  topic: "Test",
  source: "Teststatistik",
  licence: "CC BY 4.0",
});

const observations = (key: string, date: string, values: Array<number | null>) =>
  values.map((value, i) => ({
    indicatorKey: key,
    areaCode: plr(i + 1),
    referenceDate: date,
    value,
    missingReason: value === null ? "fehlt" : null,
  }));

const changeDefinition = {
  key: "t-change",
  name: "Änderungstest",
  status: { indicators: [{ indicatorKey: "t.c", polarity: "HIGHER_IS_WORSE" }] },
  dynamics: { indicators: [{ indicatorKey: "t.d", polarity: "HIGHER_IS_WORSE" }] },
};

const runOp = `mutation($definitionId: ID!, $level: AreaLevel!, $date: Date!, $label: String) {
  runIndex(definitionId: $definitionId, level: $level, referenceDate: $date, label: $label) { id }
}`;
const resultFields = `area { code } statusSum statusIndex statusClass statusClassNumber dynamicsIndex dynamicsClass
  combinedCode rank excludedReason excludedReasonText en: excludedReasonText(locale: EN)`;

interface ResultData {
  area: { code: string };
  statusIndex: number | null;
  statusClass: string | null;
  rank: number | null;
  combinedCode: string | null;
  [field: string]: unknown;
}
interface ClassChangeData {
  area: { code: string };
  direction: string;
  [field: string]: unknown;
}

describe("index runs over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let changeId: string;
  const runs: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(5));
    await upsertIndicators(db, "test", [
      indicator("ew", "Personen", "NEUTRAL"),
      indicator("t.a", "%"),
      indicator("t.b", "%", "HIGHER_IS_BETTER"),
      indicator("t.c", "%"),
      indicator("t.d", "Prozentpunkte"),
    ]);
    await upsertObservations(db, "test", [
      ...observations("ew", "2019-12-31", [1000, 1000, 1000, 1000, 100]),
      ...observations("ew", "2020-12-31", [1000, 1000, 1000, 1000, 100]),
      ...observations("t.a", "2019-12-31", [1, 2, 3, 4, 50]),
      ...observations("t.b", "2019-12-31", [4, 3, 2, 1, 50]),
      ...observations("t.a", "2020-12-31", [2, 3, 4, 5, 50]),
      ...observations("t.b", "2020-12-31", [3, 2, 1, 0, 50]),
      ...observations("t.c", "2019-12-31", [2, 3, 4, 5, 50]),
      ...observations("t.d", "2019-12-31", [0, 0, 0, 0, 0]),
      ...observations("t.c", "2020-12-31", [2, 3, 4, 5, 50]),
      ...observations("t.d", "2020-12-31", [0, 0, 0, 0, 0]),
      // One Bezirksregion with values, for a run on another level.
      { indicatorKey: "ew", areaCode: "011001", referenceDate: "2020-12-31", value: 4100 },
      { indicatorKey: "t.c", areaCode: "011001", referenceDate: "2020-12-31", value: 3 },
      { indicatorKey: "t.d", areaCode: "011001", referenceDate: "2020-12-31", value: 0 },
    ]);
    client = graphqlClient(db);
    const created = await client.execute<{ createIndexDefinition: { id: string } }>(
      `mutation($input: IndexDefinitionInput!) { createIndexDefinition(input: $input) { id } }`,
      { input: changeDefinition },
    );
    expect(created.errors).toBeUndefined();
    changeId = created.data?.createIndexDefinition.id ?? "";
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function run(definitionId: string, date: string, label?: string, level = "PLANUNGSRAUM"): Promise<string> {
    const result = await client.execute<{ runIndex: { id: string } }>(runOp, { definitionId, level, date, label });
    expect(result.errors).toBeUndefined();
    return result.data?.runIndex.id ?? "";
  }

  async function results(runId: string, args = "orderBy: AREA_CODE"): Promise<ResultData[]> {
    const result = await client.execute<{ indexRun: { results: { edges: Array<{ node: ResultData }> } } }>(
      `query($id: ID!) { indexRun(id: $id) { results(${args}) { edges { node { ${resultFields} } } } } }`,
      { id: runId },
      { viewer: null },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.indexRun.results.edges.map((edge) => edge.node) ?? [];
  }

  async function changesOf(runId: string): Promise<ClassChangeData[]> {
    const result = await client.execute<{ indexRun: { classChanges: ClassChangeData[] } }>(
      `query($id: ID!) { indexRun(id: $id) { classChanges {
        area { code } previousStatusClass currentStatusClass previousDynamicsClass currentDynamicsClass
        statusChanged dynamicsChanged statusDirection dynamicsDirection direction
        previous { combinedCode } current { combinedCode }
      } } }`,
      { id: runId },
      { viewer: null },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.indexRun.classChanges ?? [];
  }

  it("stores the run and the result of every area, with the statistics, and logs it", async () => {
    // t.c = 2, 3, 4, 5 over the four valid areas: mean 3.5, population SD √1.25; z = ±0.5/√1.25,
    // ±1.5/√1.25. One indicator: the sum is z, its SD is 1, so the index is z itself.
    // t.d is 0 everywhere: it separates no areas and gives the dynamics index 0 (stabil).
    runs.first = await run(changeId, "2020-12-31", "  Erster Lauf  ");
    const result = await client.execute<{ indexRun: Record<string, unknown> }>(
      `query($id: ID!) { indexRun(id: $id) {
        definition { key version } definitionVersion definitionKey name level referenceDate validCount excludedCount
        label createdBy previousRun { id } classChanges { area { code } }
        statistics { indicators { indicatorKey mean sd } statusSum { mean sd } dynamicsSum { mean sd } }
      } }`,
      { id: runs.first },
      { viewer: null },
    );
    expect(result.errors).toBeUndefined();
    const stored = result.data?.indexRun as Record<string, unknown> & {
      statistics: {
        indicators: Array<{ indicatorKey: string; mean: number; sd: number }>;
        statusSum: { mean: number; sd: number };
      };
    };
    expect(stored).toMatchObject({
      definition: { key: "t-change", version: 1 },
      definitionVersion: 1,
      definitionKey: "t-change",
      name: "Änderungstest",
      level: "PLANUNGSRAUM",
      referenceDate: "2020-12-31",
      validCount: 4,
      excludedCount: 1,
      label: "Erster Lauf",
      createdBy: "test-planner",
      previousRun: null,
      classChanges: [],
    });
    const [c, d] = stored.statistics.indicators;
    expect(c?.indicatorKey).toBe("t.c");
    expect(c?.mean).toBeCloseTo(3.5, 12);
    expect(c?.sd).toBeCloseTo(sqrt125, 12);
    expect(d).toEqual({ indicatorKey: "t.d", mean: 0, sd: 0 });
    expect(stored.statistics.statusSum.mean).toBeCloseTo(0, 12);
    expect(stored.statistics.statusSum.sd).toBeCloseTo(1, 12);

    const rows = await results(runs.first ?? "");
    expect(rows.map((row) => row.area.code)).toEqual([1, 2, 3, 4, 5].map(plr));
    const expectedIndex = [-1.5 / sqrt125, -0.5 / sqrt125, 0.5 / sqrt125, 1.5 / sqrt125];
    rows.slice(0, 4).forEach((row, i) => {
      expect(row.statusIndex).toBeCloseTo(expectedIndex[i] ?? Number.NaN, 12);
      expect(row.statusSum).toBeCloseTo(expectedIndex[i] ?? Number.NaN, 12);
    });
    expect(rows.map((row) => [row.statusClass, row.statusClassNumber, row.dynamicsIndex, row.dynamicsClass])).toEqual([
      ["HOCH", 1, 0, "STABIL"],
      ["MITTEL", 2, 0, "STABIL"],
      ["MITTEL", 2, 0, "STABIL"],
      ["NIEDRIG", 3, 0, "STABIL"],
      [null, null, null, null],
    ]);
    expect(rows.map((row) => [row.combinedCode, row.rank])).toEqual([
      ["1+/-", 4],
      ["2+/-", 3],
      ["2+/-", 2],
      ["3+/-", 1],
      [null, null],
    ]);
    expect(rows.map((row) => row.excludedReason)).toEqual([null, null, null, null, "POPULATION_BELOW_MINIMUM"]);
    expect(rows[4]).toMatchObject({
      excludedReasonText: "ohne Zuordnung: weniger als 300 Einwohner/innen",
      en: "not classified: fewer than 300 residents",
    });
    expect(rows[0]).toMatchObject({ excludedReasonText: null, en: null });

    expect(await db.prisma.indexResult.count({ where: { runId: runs.first } })).toBe(5);
    const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
      `query($id: ID!) { changeLog(entity: "IndexRun", entityId: $id) { action changes } }`,
      { id: runs.first },
    );
    expect(log.data?.changeLog).toEqual([
      {
        action: "CREATE",
        changes: {
          definitionKey: "t-change",
          definitionVersion: 1,
          level: "PLANUNGSRAUM",
          referenceDate: "2020-12-31",
          label: "Erster Lauf",
          validCount: 4,
          excludedCount: 1,
        },
      },
    ]);
  });

  it("orders results by rank (excluded areas last) or by code, filters and pages them", async () => {
    const id = runs.first ?? "";
    const codes = async (args: string) => (await results(id, args)).map((row) => row.area.code);
    expect(await codes("orderBy: RANK")).toEqual([4, 3, 2, 1, 5].map(plr));
    expect(await codes("first: 50")).toEqual([4, 3, 2, 1, 5].map(plr));
    expect(await codes("filter: { statusClasses: [MITTEL] }")).toEqual([3, 2].map(plr));
    expect(await codes("filter: { statusClasses: [HOCH, NIEDRIG] }, orderBy: AREA_CODE")).toEqual([1, 4].map(plr));
    expect(await codes("filter: { excluded: true }")).toEqual([plr(5)]);
    expect(await codes("filter: { excluded: false }")).toEqual([4, 3, 2, 1].map(plr));
    expect(await codes("filter: { dynamicsClasses: [NEGATIV] }")).toEqual([]);
    expect(await codes(`filter: { areaCodes: ["${plr(5)}", "${plr(1)}"] }`)).toEqual([1, 5].map(plr));

    const page = `query($id: ID!, $after: String) { indexRun(id: $id) { results(first: 2, after: $after) {
      totalCount edges { node { area { code } } } pageInfo { hasNextPage endCursor } } } }`;
    type Page = {
      indexRun: {
        results: {
          totalCount: number;
          edges: Array<{ node: { area: { code: string } } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages++) {
      const result: OperationResult<Page> = await client.execute<Page>(page, { id, after });
      const connection = result.data?.indexRun.results;
      expect(connection?.totalCount).toBe(5);
      seen.push(...(connection?.edges.map((edge) => edge.node.area.code) ?? []));
      after = connection?.pageInfo.endCursor ?? null;
      expect(connection?.pageInfo.hasNextPage).toBe(pages < 2);
    }
    expect(seen).toEqual([4, 3, 2, 1, 5].map(plr));
  });

  it("lists the areas whose class changed after the thresholds changed; the earlier run stays explainable", async () => {
    const v1 = (await db.prisma.indexDefinition.findUniqueOrThrow({ where: { id: changeId } })).version;
    expect(v1).toBe(1);
    const update = await client.execute(
      `mutation($id: ID!, $input: IndexDefinitionInput!) { updateIndexDefinition(id: $id, input: $input) { version } }`,
      {
        id: changeId,
        input: {
          ...changeDefinition,
          name: "Änderungstest (angepasst)",
          status: { ...changeDefinition.status, thresholds: { highBelow: -0.5, middleUpTo: 0.5, lowUpTo: 1 } },
          minPopulation: 200,
        },
      },
    );
    expect(update.data).toEqual({ updateIndexDefinition: { version: 2 } });
    // Same values, new thresholds: −1.34 hoch, −0.45 and 0.45 mittel, 1.34 now sehr niedrig (> 1).
    runs.second = await run(changeId, "2020-12-31");
    expect(await changesOf(runs.second)).toEqual([
      {
        area: { code: plr(4) },
        previousStatusClass: "NIEDRIG",
        currentStatusClass: "SEHR_NIEDRIG",
        previousDynamicsClass: "STABIL",
        currentDynamicsClass: "STABIL",
        statusChanged: true,
        dynamicsChanged: false,
        statusDirection: "WORSE",
        dynamicsDirection: null,
        direction: "WORSE",
        previous: { combinedCode: "3+/-" },
        current: { combinedCode: "4+/-" },
      },
    ]);

    // The first run still says how it was computed: version 1, its name, thresholds and minimum.
    const first = await client.execute<{
      indexRun: {
        definitionVersion: number;
        name: string;
        definition: { version: number; name: string };
        methodSheet: string;
      };
    }>(`query($id: ID!) { indexRun(id: $id) { definitionVersion name definition { version name } methodSheet } }`, {
      id: runs.first,
    });
    expect(first.data?.indexRun).toMatchObject({
      definitionVersion: 1,
      name: "Änderungstest",
      definition: { version: 2, name: "Änderungstest (angepasst)" },
    });
    const versionOne = {
      ...mss2021Definition,
      key: "t-change",
      name: "Änderungstest",
      status: {
        indicators: [{ indicatorKey: "t.c", weight: 1, polarity: "HIGHER_IS_WORSE" as const }],
        thresholds: mss2021Definition.status.thresholds,
      },
      dynamics: {
        indicators: [{ indicatorKey: "t.d", weight: 1, polarity: "HIGHER_IS_WORSE" as const }],
        thresholds: mss2021Definition.dynamics?.thresholds ?? { positiveBelow: -1, stableUpTo: 1 },
      },
    };
    expect(first.data?.indexRun.methodSheet).toBe(methodSheet(versionOne, "de"));
    expect(first.data?.indexRun.methodSheet).toContain("3 niedrig: 1 < Index ≤ 1,5");
    expect((await results(runs.first ?? ""))[4]?.excludedReasonText).toBe(
      "ohne Zuordnung: weniger als 300 Einwohner/innen",
    );
    expect((await results(runs.second))[4]?.excludedReasonText).toBe("ohne Zuordnung: weniger als 200 Einwohner/innen");
  });

  it("names better, worse and mixed changes after the observations changed", async () => {
    // t.c = 6, 3, 4, 5: mean 4.5, SD √1.25, index +1.34, −1.34, −0.45, +0.45 → classes 4, 1, 2, 2 (thresholds v2).
    // t.d = 0, 10, 0, 0: mean 2.5, SD √18.75; z = −0.58, +1.73, −0.58, −0.58 → stabil, negativ, stabil, stabil.
    await upsertObservations(db, "test", [
      { indicatorKey: "t.c", areaCode: plr(1), referenceDate: "2020-12-31", value: 6 },
      { indicatorKey: "t.d", areaCode: plr(2), referenceDate: "2020-12-31", value: 10 },
    ]);
    runs.third = await run(changeId, "2020-12-31");
    const changes = await changesOf(runs.third);
    expect(
      changes.map((change) => [
        change.area.code,
        change.previousStatusClass,
        change.currentStatusClass,
        change.previousDynamicsClass,
        change.currentDynamicsClass,
        change.statusDirection,
        change.dynamicsDirection,
        change.direction,
      ]),
    ).toEqual([
      [plr(1), "HOCH", "SEHR_NIEDRIG", "STABIL", "STABIL", "WORSE", null, "WORSE"],
      [plr(2), "MITTEL", "HOCH", "STABIL", "NEGATIV", "BETTER", "WORSE", "MIXED"],
      [plr(4), "SEHR_NIEDRIG", "MITTEL", "STABIL", "STABIL", "BETTER", null, "BETTER"],
    ]);
    expect((await results(runs.third)).map((row) => row.combinedCode)).toEqual(["4+/-", "1-", "2+/-", "2+/-", null]);

    // The same list between any two runs of a level, for everybody.
    const between = await client.execute<{ indexClassChanges: Array<{ area: { code: string }; direction: string }> }>(
      `query($from: ID!, $to: ID!) { indexClassChanges(fromRunId: $from, toRunId: $to) { area { code } direction } }`,
      { from: runs.second, to: runs.third },
      { viewer: null },
    );
    expect(between.data?.indexClassChanges).toEqual([
      { area: { code: plr(1) }, direction: "WORSE" },
      { area: { code: plr(2) }, direction: "MIXED" },
      { area: { code: plr(4) }, direction: "BETTER" },
    ]);
  });

  it("finds the previous run by Stichtag, then by time of computation, and lists runs newest first", async () => {
    runs.earlier = await run(changeId, "2019-12-31");
    runs.region = await run(changeId, "2020-12-31", undefined, "BEZIRKSREGION");
    const result = await client.execute<{
      indexRuns: { edges: Array<{ node: { id: string; previousRun: { id: string } | null } }> };
    }>(
      `query($filter: IndexRunFilter) { indexRuns(filter: $filter) { edges { node { id previousRun { id } } } } }`,
      { filter: { definitionId: changeId, level: "PLANUNGSRAUM" } },
      { viewer: null },
    );
    // Newest first: the 2020 runs from the last to the first, then the 2019 run (computed last).
    expect(result.data?.indexRuns.edges.map((edge) => [edge.node.id, edge.node.previousRun?.id ?? null])).toEqual([
      [runs.third, runs.second],
      [runs.second, runs.first],
      [runs.first, runs.earlier],
      [runs.earlier, null],
    ]);
    const ids = async (filter: Record<string, unknown>) => {
      const list = await client.execute<{ indexRuns: { edges: Array<{ node: { id: string } }> } }>(
        `query($filter: IndexRunFilter) { indexRuns(filter: $filter) { edges { node { id } } } }`,
        { filter },
      );
      return list.data?.indexRuns.edges.map((edge) => edge.node.id);
    };
    expect(await ids({ level: "BEZIRKSREGION" })).toEqual([runs.region]);
    expect(await ids({ referenceDate: "2019-12-31" })).toEqual([runs.earlier]);
    const malformed = await client.execute(`{ indexRuns(filter: { definitionId: "nope" }) { totalCount } }`);
    expect(fieldErrors(malformed)).toEqual([
      { field: "filter.definitionId", message: "no index definition with this id" },
    ]);

    const definition = `query($id: ID!, $after: String) { indexDefinition(id: $id) {
      runs(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
      latestRun { id } latestPlr: latestRun(level: PLANUNGSRAUM) { id }
    } }`;
    type DefinitionRuns = {
      indexDefinition: {
        runs: {
          totalCount: number;
          edges: Array<{ node: { id: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
        latestRun: { id: string };
        latestPlr: { id: string };
      };
    };
    const firstPage = await client.execute<DefinitionRuns>(definition, { id: changeId }, { viewer: null });
    expect(firstPage.data?.indexDefinition).toMatchObject({
      // The region run shares the newest Stichtag and was computed last.
      latestRun: { id: runs.region },
      latestPlr: { id: runs.third },
      runs: { totalCount: 5, pageInfo: { hasNextPage: true } },
    });
    expect(firstPage.data?.indexDefinition.runs.edges.map((edge) => edge.node.id)).toEqual([
      runs.region,
      runs.third,
      runs.second,
    ]);
    const nextPage = await client.execute<DefinitionRuns>(definition, {
      id: changeId,
      after: firstPage.data?.indexDefinition.runs.pageInfo.endCursor,
    });
    expect(nextPage.data?.indexDefinition.runs.edges.map((edge) => edge.node.id)).toEqual([runs.first, runs.earlier]);
  });

  it("compares only runs of the same level; unknown runs are NOT_FOUND", async () => {
    const query = `query($from: ID!, $to: ID!) { indexClassChanges(fromRunId: $from, toRunId: $to) { direction } }`;
    const levels = await client.execute(query, { from: runs.first, to: runs.region });
    expect(fieldErrors(levels)).toEqual([
      {
        field: "toRunId",
        message: "runs of different area levels (PLANUNGSRAUM, BEZIRKSREGION) have no areas in common",
      },
    ]);
    for (const to of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expect(errorCodes(await client.execute(query, { from: runs.first, to })), to).toEqual(["NOT_FOUND"]);
    }
  });

  it("keeps an area's history of results in every run of a definition, oldest first", async () => {
    const result = await client.execute<{
      area: { indexResults: Array<{ statusClass: string; run: { id: string; referenceDate: string } }> };
    }>(
      `query($code: String!) { area(code: $code) {
        indexResults(definitionKey: "t-change") { statusClass run { id referenceDate } }
      } }`,
      { code: plr(1) },
      { viewer: null },
    );
    expect(result.data?.area.indexResults.map((entry) => [entry.run.id, entry.statusClass])).toEqual([
      [runs.earlier, "HOCH"],
      [runs.first, "HOCH"],
      [runs.second, "HOCH"],
      [runs.third, "SEHR_NIEDRIG"],
    ]);
    const unknown = await client.execute<{ area: { indexResults: unknown[] } }>(
      `{ area(code: "${plr(1)}") { indexResults(definitionKey: "nope") { rank } } }`,
    );
    expect(unknown.data?.area.indexResults).toEqual([]);
  });

  it("standardises on a base date so that a change of the whole city stays visible (worked by hand)", async () => {
    // Base date 2019-12-31, four valid areas: t.a = 1, 2, 3, 4 and t.b = 4, 3, 2, 1 (higher is better).
    // Both: mean 2.5, SD √1.25. z(t.a) − z(t.b) = (−3, −1, 1, 3)/√1.25: the status sum has mean 0 and
    // SD √(20/4)/√1.25 = 2.
    // On 2020-12-31 every area is one point worse on both: t.a = 2 … 5, t.b = 3 … 0. With the base
    // date's means and SDs the sum is (−1, 1, 3, 5)/√1.25 and the index (sum − 0)/2 =
    // (−0.5, 0.5, 1.5, 2.5)/√1.25 = −0.447, 0.447, 1.342, 2.236: mittel, mittel, niedrig, sehr niedrig.
    // Standardised on the same date, the same values give −1.342 … 1.342: hoch … niedrig.
    const definition = {
      key: "t-base",
      name: "Basisjahr-Test",
      status: {
        indicators: [
          { indicatorKey: "t.a", polarity: "HIGHER_IS_WORSE" },
          { indicatorKey: "t.b", polarity: "HIGHER_IS_BETTER" },
        ],
      },
      standardisation: "BASE_DATE",
      baseDate: "2019-12-31",
    };
    const create = `mutation($input: IndexDefinitionInput!) { createIndexDefinition(input: $input) { id } }`;
    const based = await client.execute<{ createIndexDefinition: { id: string } }>(create, { input: definition });
    const sameDate = await client.execute<{ createIndexDefinition: { id: string } }>(create, {
      input: { ...definition, key: "t-same", standardisation: "SAME_DATE", baseDate: null },
    });
    const basedRun = await run(based.data?.createIndexDefinition.id ?? "", "2020-12-31");
    const sameRun = await run(sameDate.data?.createIndexDefinition.id ?? "", "2020-12-31");

    const basedRows = await results(basedRun);
    const expected = [-0.5, 0.5, 1.5, 2.5].map((x) => x / sqrt125);
    basedRows.slice(0, 4).forEach((row, i) => {
      expect(row.statusIndex).toBeCloseTo(expected[i] ?? Number.NaN, 12);
      expect(row.statusSum).toBeCloseTo(2 * (expected[i] ?? Number.NaN), 12);
    });
    expect(basedRows.map((row) => row.statusClass)).toEqual(["MITTEL", "MITTEL", "NIEDRIG", "SEHR_NIEDRIG", null]);
    expect(basedRows.map((row) => row.dynamicsClass)).toEqual([null, null, null, null, null]);
    expect((await results(sameRun)).map((row) => row.statusClass)).toEqual([
      "HOCH",
      "MITTEL",
      "MITTEL",
      "NIEDRIG",
      null,
    ]);

    // The run keeps the base date's statistics it was standardised with.
    const statistics = await client.execute<{
      indexRun: {
        statistics: {
          indicators: Array<{ indicatorKey: string; mean: number; sd: number }>;
          statusSum: { mean: number; sd: number };
        };
        methodSheet: string;
      };
    }>(
      `query($id: ID!) { indexRun(id: $id) { statistics { indicators { indicatorKey mean sd } statusSum { mean sd } dynamicsSum { mean } } methodSheet } }`,
      { id: basedRun },
    );
    const stats = statistics.data?.indexRun.statistics;
    expect(stats?.indicators.map((entry) => entry.indicatorKey)).toEqual(["t.a", "t.b"]);
    for (const entry of stats?.indicators ?? []) {
      expect(entry.mean).toBeCloseTo(2.5, 12);
      expect(entry.sd).toBeCloseTo(sqrt125, 12);
    }
    expect(stats?.statusSum.mean).toBeCloseTo(0, 12);
    expect(stats?.statusSum.sd).toBeCloseTo(2, 12);
    expect(statistics.data?.indexRun.methodSheet).toContain("des Basisstichtags 2019-12-31");
  });

  it("stores nothing when no area has values, and refuses archived definitions and long labels", async () => {
    const counts = () =>
      Promise.all([db.prisma.indexRun.count(), db.prisma.indexResult.count(), db.prisma.changeLog.count()]);
    const before = await counts();
    const empty = await client.execute(runOp, { definitionId: changeId, level: "PLANUNGSRAUM", date: "2018-12-31" });
    expect(errorCodes(empty)).toEqual(["BAD_USER_INPUT"]);
    expect(empty.errors?.[0]?.message).toBe(
      "Index t-change has no valid area of level PLANUNGSRAUM on the Stichtag 2018-12-31: no area has a value for " +
        "every indicator and at least 200 residents",
    );
    expect(fieldErrors(empty).map((error) => error.field)).toEqual(["referenceDate"]);

    const baseless = await client.execute<{ createIndexDefinition: { id: string } }>(
      `mutation($input: IndexDefinitionInput!) { createIndexDefinition(input: $input) { id } }`,
      { input: { ...changeDefinition, key: "t-baseless", standardisation: "BASE_DATE", baseDate: "2017-12-31" } },
    );
    const baselessId = baseless.data?.createIndexDefinition.id ?? "";
    const noBase = await client.execute(runOp, { definitionId: baselessId, level: "PLANUNGSRAUM", date: "2020-12-31" });
    expect(fieldErrors(noBase).map((error) => error.field)).toEqual(["baseDate"]);
    expect(noBase.errors?.[0]?.message).toContain("on the base date 2017-12-31");

    const longLabel = await client.execute(runOp, {
      definitionId: changeId,
      level: "PLANUNGSRAUM",
      date: "2020-12-31",
      label: "x".repeat(201),
    });
    expect(fieldErrors(longLabel)).toEqual([{ field: "label", message: "use at most 200 characters" }]);

    await client.execute(`mutation($id: ID!) { archiveIndexDefinition(id: $id) { id } }`, { id: baselessId });
    const archived = await client.execute(runOp, {
      definitionId: baselessId,
      level: "PLANUNGSRAUM",
      date: "2020-12-31",
    });
    expect(errorCodes(archived)).toEqual(["CONFLICT"]);
    const unknown = await client.execute(runOp, {
      definitionId: "00000000-0000-4000-8000-000000000000",
      level: "PLANUNGSRAUM",
      date: "2020-12-31",
    });
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
    // Only the definition t-baseless and its archiving were written.
    const after = await counts();
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toBe((before[2] ?? 0) + 2);
  });

  it("lets only planners and admins run an index", async () => {
    const asPublic = await client.execute(
      runOp,
      { definitionId: changeId, level: "PLANUNGSRAUM", date: "2020-12-31" },
      { viewer: null },
    );
    expect(errorCodes(asPublic)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("direction of a class change", () => {
  it("is BETTER or WORSE when every changed part agrees, MIXED when they disagree", () => {
    expect(overallDirection("BETTER", null)).toBe("BETTER");
    expect(overallDirection(null, "WORSE")).toBe("WORSE");
    expect(overallDirection("WORSE", "WORSE")).toBe("WORSE");
    expect(overallDirection("BETTER", "WORSE")).toBe("MIXED");
    expect(overallDirection("NOT_COMPARABLE", "BETTER")).toBe("NOT_COMPARABLE");
  });
});
