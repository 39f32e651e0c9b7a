// Gap analysis (issue 7): the `gapAnalysis` query for the 542 Berlin Planungsräume over
// HTTP/GraphQL against the real server with the demo data (PGlite), and the pure 2SFCA of
// packages/domain on the same areas. Target: < 200 ms on the server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseCsv } from "@sozialatlas/domain/csv";
import {
  computeGapAnalysis,
  type GapAreaInput,
  type GapOfferInput,
  geometryCentroid,
} from "@sozialatlas/domain/gap-analysis";
import { loadBerlinLor } from "../apps/api/src/demo/berlin-lor.ts";
import { type RunningServer, startServer, tempDataDir } from "../e2e/support/server.ts";
import { ms, seededRandom, type Timing, time } from "./measure.ts";
import type { BenchSuite } from "./suite.ts";

const targetMs = 200;
const httpSamples = 40;

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

/** The fields the gap page asks for (area label, numbers, findings). */
const gapQuery = `query($input: GapAnalysisInput!) { gapAnalysis(input: $input) {
  level date supplyMeasure per radiusKm offerCount offersWithoutCapacity overallSupplyRate
  populationIndicator { key name unit } needIndicator { key name polarity } needIndexRun { id }
  areas { area { id code name } targetPopulation supply supplyRate offersInReach need needClass supplyClass
          gapScore rank findings { id kind description } }
} }`;

interface GapResponse {
  data?: { gapAnalysis: { offerCount: number; areas: Array<{ rank: number | null }> } };
  errors?: unknown;
}

async function post(url: string, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

async function signInAsPlanner(url: string): Promise<string> {
  const { response, body } = await post(
    url,
    "",
    `mutation { signIn(email: "planung@example.org", password: "demo-planung-2026") { id } }`,
  );
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

interface HttpTiming {
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  samples: number;
  offerCount: number;
  ranked: number;
  areas: number;
}

/** One request (the first after start: centroids are computed then), 5 warm-up requests, then `httpSamples` measured. */
async function timeQuery(url: string, cookie: string, input: Record<string, unknown>): Promise<HttpTiming> {
  const once = async () => {
    const started = performance.now();
    const { body } = await post(url, cookie, gapQuery, { input });
    const elapsed = performance.now() - started;
    const result = body as GapResponse;
    if (result.errors || !result.data) throw new Error(`gapAnalysis failed: ${JSON.stringify(result.errors)}`);
    return { elapsed, result: result.data.gapAnalysis };
  };
  const first = await once();
  for (let i = 0; i < 5; i++) await once();
  const durations: number[] = [];
  for (let i = 0; i < httpSamples; i++) durations.push((await once()).elapsed);
  durations.sort((a, b) => a - b);
  return {
    firstMs: first.elapsed,
    medianMs: quantile(durations, 0.5),
    p95Ms: quantile(durations, 0.95),
    maxMs: durations.at(-1) ?? Number.NaN,
    samples: durations.length,
    offerCount: first.result.offerCount,
    ranked: first.result.areas.filter((area) => area.rank !== null).length,
    areas: first.result.areas.length,
  };
}

/** The 542 Planungsräume with centroids, residents (EW) and child poverty (S4) of MSS 2021. */
function berlinAreas(repoRoot: string): GapAreaInput[] {
  const file = parseCsv(readFileSync(join(repoRoot, "data/berlin/mss-2021/mss_2021_index_indikatoren.csv"), "utf8"));
  const number = (text: string | undefined) => {
    const value = Number(text);
    return text === undefined || text === "" || value === -9999 ? null : value;
  };
  const mss = new Map(file.rows.map((row) => [row.values.PLR_ID ?? "", row.values]));
  return loadBerlinLor()
    .filter((area) => area.level === "PLANUNGSRAUM")
    .map((area) => ({
      id: area.code,
      code: area.code,
      point: area.geometry ? geometryCentroid(area.geometry) : null,
      population: number(mss.get(area.code)?.EW),
      need: number(mss.get(area.code)?.S4),
    }));
}

/** Offers at random points within Berlin's extent, a tenth of them with two locations. */
function syntheticOffers(count: number): GapOfferInput[] {
  const random = seededRandom(count);
  const point = () => ({ latitude: 52.34 + random() * 0.33, longitude: 13.09 + random() * 0.67 });
  return Array.from({ length: count }, (_, i) => ({
    id: `offer-${i}`,
    supply: 10 + Math.round(random() * 90),
    locations: Array.from({ length: random() < 0.1 ? 2 : 1 }, () => ({ point: point(), areaId: null })),
  }));
}

export const gapAnalysisSuite: BenchSuite = {
  name: "gap-analysis",
  title: "Gap analysis (542 Berlin Planungsräume)",
  async run({ repoRoot }) {
    // Pure computation first (no server running beside it).
    const areas = berlinAreas(repoRoot);
    const domainRows: Array<{ label: string; timing: Timing }> = [];
    for (const [offers, radiusKm] of [
      [100, 1],
      [1_000, 1],
      [10_000, 2],
    ] as const) {
      const supply = syntheticOffers(offers);
      domainRows.push({
        label: `${offers.toLocaleString("en")} synthetic offers, radius ${radiusKm} km`,
        timing: time(
          () => computeGapAnalysis(areas, supply, { radiusKm, per: 10_000, needDirection: "higherIsMoreNeed" }),
          {
            samples: offers >= 10_000 ? 30 : 200,
            warmup: 10,
          },
        ),
      });
    }

    let server: RunningServer | undefined;
    try {
      server = await startServer({ dataDir: tempDataDir() });
      const cookie = await signInAsPlanner(server.url);
      const runs = await post(
        server.url,
        cookie,
        "{ indexRuns(filter: { level: PLANUNGSRAUM }) { edges { node { id } } } }",
      );
      const runId = (runs.body as { data?: { indexRuns: { edges: Array<{ node: { id: string } }> } } }).data?.indexRuns
        .edges[0]?.node.id;
      const hypothetical = Array.from({ length: 10 }, (_, i) => ({
        label: `Szenario ${i + 1}`,
        latitude: 52.45 + i * 0.01,
        longitude: 13.3 + i * 0.02,
        places: 50,
      }));
      const cases: Array<{ label: string; input: Record<string, unknown> }> = [
        {
          label: "offers per 10,000 residents, need = Kinderarmut (mss2021.s4), radius 1 km",
          input: { needIndicatorKey: "mss2021.s4" },
        },
        {
          label: "places, need = status index of the stored mss-2021 run, radius 2 km, 10 hypothetical offers",
          input: {
            supplyMeasure: "PLACES",
            per: 1000,
            radiusKm: 2,
            ...(runId ? { needIndexRunId: runId } : { needIndicatorKey: "mss2021.s4" }),
            hypotheticalOffers: hypothetical,
          },
        },
        {
          label: "radius 0 (offers in the area itself), need = mss2021.s4",
          input: { radiusKm: 0, needIndicatorKey: "mss2021.s4" },
        },
      ];
      const httpRows: Array<{ label: string; timing: HttpTiming }> = [];
      for (const { label, input } of cases)
        httpRows.push({ label, timing: await timeQuery(server.url, cookie, input) });

      const met = httpRows.every((row) => row.timing.p95Ms < targetMs);
      const lines = [
        "Method: `pnpm bench gap-analysis` starts the real server (`main.ts serve --demo-data`, PGlite, temp data",
        "directory, real Berlin LOR 2021 areas and MSS 2021 values, the example offers), signs in as the demo planner",
        `and posts the \`gapAnalysis\` query over HTTP with every field the gap page uses. Per case: the first request`,
        `(it also computes the area centroids, cached per process afterwards), 5 warm-up requests, then ${httpSamples}`,
        "measured requests one after another; the time is the client's, from sending the request to the parsed JSON.",
        "",
        "| query (542 Planungsräume) | offers matched | areas ranked | first request ms | samples | median ms | p95 ms | max ms | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
        ...httpRows.map(
          ({ label, timing }) =>
            `| ${label} | ${timing.offerCount} | ${timing.ranked} / ${timing.areas} | ${ms(timing.firstMs)} | ${timing.samples} | ${ms(timing.medianMs)} | ${ms(timing.p95Ms)} | ${ms(timing.maxMs)} | p95 < ${targetMs} ms: ${timing.p95Ms < targetMs ? "met" : "**missed**"} |`,
        ),
        "",
        "Pure computation: `computeGapAnalysis` from packages/domain (2SFCA, terciles, gap score, ranks) on the 542",
        "Planungsräume (centroids of the LOR 2021 boundaries, EW and S4 of MSS 2021) with synthetic offers, in one",
        "Node process, without the database.",
        "",
        "| offers | samples | first call ms | median ms | p95 ms | min ms |",
        "|---|---:|---:|---:|---:|---:|",
        ...domainRows.map(
          ({ label, timing }) =>
            `| ${label} | ${timing.samples} | ${ms(timing.firstMs)} | ${ms(timing.medianMs)} | ${ms(timing.p95Ms)} | ${ms(timing.minMs)} |`,
        ),
      ];
      return { markdown: lines.join("\n"), met };
    } finally {
      await server?.stop();
    }
  },
};
