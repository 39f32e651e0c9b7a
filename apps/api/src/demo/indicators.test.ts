import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "@sozialatlas/domain/csv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertAreas } from "../modules/area/area.service.ts";
import { graphqlClient } from "../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { loadBerlinLor } from "./berlin-lor.ts";
import { mssDir, mssIndicators, seedMssIndicators } from "./indicators.ts";

interface ObservationNode {
  value: number | null;
  missingReason: string | null;
  area: { code: string };
}

const csvRow = (file: string, plr: string) =>
  parseCsv(readFileSync(join(mssDir, file), "utf8")).rows.find((row) => row.values.PLR_ID === plr)?.values ?? {};

describe("MSS 2021 demo indicators", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let seedMilliseconds = 0;
  let seedCpuMilliseconds = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, loadBerlinLor());
    const started = performance.now();
    const cpu = process.cpuUsage();
    await seedMssIndicators(db);
    seedMilliseconds = performance.now() - started;
    const cpuUsed = process.cpuUsage(cpu);
    seedCpuMilliseconds = (cpuUsed.user + cpuUsed.system) / 1000;
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const observations = async (filter: Record<string, unknown>, first = 500) => {
    const result = await client.execute<{
      observations: { totalCount: number; edges: Array<{ node: ObservationNode }> };
    }>(
      `query($filter: ObservationFilter, $first: Int) {
        observations(filter: $filter, first: $first) { totalCount edges { node { value missingReason area { code } } } }
      }`,
      { filter, first },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.observations ?? { totalCount: 0, edges: [] };
  };

  it("loads ~11,600 observations in a few seconds", () => {
    // 20 indicators × 542 Planungsräume + residents for all 756 areas.
    // CPU time of this process tells the cost on a busy machine (PGlite runs in-process).
    console.info(
      `seedMssIndicators on ${db.target.kind}: ${Math.round(seedMilliseconds)} ms, ` +
        `${Math.round(seedCpuMilliseconds)} ms CPU in this process`,
    );
    expect(seedMilliseconds).toBeLessThan(30_000);
  });

  it("defines the index and context indicators with data, plus residents", async () => {
    const result = await client.execute<{
      indicators: { totalCount: number; edges: Array<{ node: { key: string; unit: string; topic: string } }> };
      s4: { name: string; unit: string; polarity: string; source: string; licence: string; isExample: boolean };
    }>(`{
      indicators(first: 100) { totalCount edges { node { key unit topic } } }
      s4: indicatorByKey(key: "mss2021.s4") { name unit polarity source licence isExample }
    }`);
    const keys = result.data?.indicators.edges.map((edge) => edge.node.key) ?? [];
    expect(keys).toHaveLength(21);
    expect(keys).toEqual(expect.arrayContaining(["ew", "mss2021.s1", "mss2021.d4", "mss2021.ki01", "mss2021.ki17"]));
    // Empty columns in the source: no indicator without data.
    for (const empty of ["mss2021.s2", "mss2021.d2", "mss2021.ki08", "mss2021.ki14", "mss2021.ki15"]) {
      expect(keys).not.toContain(empty);
    }
    expect(result.data?.s4).toMatchObject({
      name: "Kinderarmut",
      unit: "%",
      polarity: "HIGHER_IS_WORSE",
      isExample: false,
      source: expect.stringContaining("Monitoring Soziale Stadtentwicklung 2021"),
      licence: expect.stringContaining("CC BY 3.0 DE"),
    });
  });

  it("stores S4 of Stülerstraße (01100101) exactly as published", async () => {
    const published = Number(csvRow("mss_2021_index_indikatoren.csv", "01100101").S4);
    expect(published).toBe(19.39799);
    const { edges } = await observations({ indicatorKeys: ["mss2021.s4"], areaCodes: ["01100101"] });
    expect(edges.map((edge) => edge.node)).toEqual([
      { value: published, missingReason: null, area: { code: "01100101" } },
    ]);
  });

  it("has a value or a reason for every indicator in all 542 Planungsräume", async () => {
    for (const key of [...mssIndicators.map((indicator) => indicator.key), "ew"]) {
      const { totalCount } = await observations({ indicatorKeys: [key], level: "PLANUNGSRAUM" }, 0);
      expect(totalCount, key).toBe(542);
    }
  });

  it("turns the sentinel -9999 of the six invalid areas into missing values with the validity remark", async () => {
    const page = `query($after: String) {
      observations(filter: { indicatorKeys: ["mss2021.s1"], level: PLANUNGSRAUM }, first: 300, after: $after) {
        pageInfo { endCursor hasNextPage } edges { node { value missingReason area { code } } }
      }
    }`;
    type Page = {
      observations: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Array<{ node: ObservationNode }> };
    };
    const first = await client.execute<Page>(page);
    expect(first.data?.observations.pageInfo.hasNextPage).toBe(true);
    const second = await client.execute<Page>(page, { after: first.data?.observations.pageInfo.endCursor });
    expect(second.data?.observations.pageInfo.hasNextPage).toBe(false);
    const all = [...(first.data?.observations.edges ?? []), ...(second.data?.observations.edges ?? [])].map(
      (e) => e.node,
    );
    expect(new Set(all.map((node) => node.area.code)).size).toBe(542);
    const missing = all.filter((node) => node.value === null);
    expect(Object.fromEntries(missing.map((node) => [node.area.code, node.missingReason]))).toEqual({
      "03300515": "ungültig (EW unter 300)",
      "03400831": "ungültig (EW unter 300)",
      "04400725": "ungültig (EW unter 300)",
      "05300838": "ungültig (EW unter 300)",
      "06200418": "ungültig (EW unter 300)",
      "10100205": "ungültig (Ausreißer)",
    });
    // Never a number: no value anywhere equals the sentinel, and no value is missing without a reason.
    expect(await db.prisma.observation.count({ where: { value: -9999 } })).toBe(0);
    expect(await db.prisma.observation.count({ where: { value: null, missingReason: null } })).toBe(0);
    expect(await db.prisma.observation.count({ where: { value: null } })).toBe(6 * 20);
  });

  it("sums residents over the hierarchy: each Bezirk is the sum of its Planungsräume, Berlin 3,769,962", async () => {
    const published = parseCsv(readFileSync(join(mssDir, "mss_2021_index_indikatoren.csv"), "utf8")).rows;
    const sumByBezirk = new Map<string, number>();
    for (const { values } of published) {
      const bezirk = values.BEZ_ID ?? "";
      sumByBezirk.set(bezirk, (sumByBezirk.get(bezirk) ?? 0) + Number(values.EW || 0));
    }
    const bezirke = await observations({ indicatorKeys: ["ew"], level: "BEZIRK" });
    expect(bezirke.edges).toHaveLength(12);
    for (const { node } of bezirke.edges) {
      expect(node.value, node.area.code).toBe(sumByBezirk.get(node.area.code));
      expect(node.missingReason).toBeNull();
    }

    const berlin = await observations({ indicatorKeys: ["ew"], areaCodes: ["11000000"] });
    expect(berlin.edges.map((edge) => edge.node.value)).toEqual([3_769_962]);
    expect([...sumByBezirk.values()].reduce((a, b) => a + b, 0)).toBe(3_769_962);
    expect((await observations({ indicatorKeys: ["ew"], level: "PROGNOSERAUM" }, 0)).totalCount).toBe(58);
    expect((await observations({ indicatorKeys: ["ew"], level: "BEZIRKSREGION" }, 0)).totalCount).toBe(143);
    expect((await observations({ indicatorKeys: ["ew"], level: "PLANUNGSRAUM" }, 0)).totalCount).toBe(542);
  });

  it("does not aggregate shares: S4 exists only for Planungsräume", async () => {
    const { totalCount } = await observations({ indicatorKeys: ["mss2021.s4"] }, 0);
    expect(totalCount).toBe(542);
  });

  it("takes the residents of Pankower Tor from the context file where the index file is empty", async () => {
    expect(csvRow("mss_2021_index_indikatoren.csv", "03400831").EW).toBe("");
    const { edges } = await observations({ indicatorKeys: ["ew"], areaCodes: ["03400831"] });
    expect(edges[0]?.node).toMatchObject({ value: 0, missingReason: null });
  });

  it("is idempotent: a second run writes nothing", async () => {
    const before = { observations: await db.prisma.observation.count(), changes: await db.prisma.changeLog.count() };
    await seedMssIndicators(db);
    expect(await db.prisma.observation.count()).toBe(before.observations);
    expect(await db.prisma.changeLog.count()).toBe(before.changes);
    expect(before.observations).toBe(20 * 542 + 756);
  });
});
