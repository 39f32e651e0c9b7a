// Index engine scaling (issues 5 and 9): the mss-2021 definition over the 542 real Berlin
// Planungsräume (values from the published MSS 2021 file) and over synthetic cities of
// 10,000 and 100,000 areas. Target: < 5 ms for Berlin, < 500 ms for 100,000 areas.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "@sozialatlas/domain/csv";
import { computeIndex, type IndexInput, mss2021Definition } from "@sozialatlas/domain/social-index";
import { ms, seededRandom, type Timing, time } from "./measure.ts";
import type { BenchSuite } from "./suite.ts";

const indicatorKeys = [...mss2021Definition.status.indicators, ...(mss2021Definition.dynamics?.indicators ?? [])].map(
  (indicator) => indicator.indicatorKey,
);

function berlinInput(repoRoot: string): IndexInput {
  const file = parseCsv(readFileSync(join(repoRoot, "data/berlin/mss-2021/mss_2021_index_indikatoren.csv"), "utf8"));
  const number = (text: string | undefined) => {
    const value = Number(text);
    return text === undefined || text === "" || value === -9999 ? null : value;
  };
  return {
    areaCodes: file.rows.map((row) => row.values.PLR_ID ?? ""),
    population: file.rows.map((row) => number(row.values.EW)),
    values: Object.fromEntries(
      indicatorKeys.map((key) => [
        key,
        file.rows.map((row) => number(row.values[key.replace("mss2021.", "").toUpperCase()])),
      ]),
    ),
  };
}

/** Shares with a plausible spread, 1 % of areas below the minimum population, 0.5 % with a gap. */
function syntheticInput(areas: number): IndexInput {
  const random = seededRandom(areas);
  const population = Array.from({ length: areas }, () => (random() < 0.01 ? 150 : 300 + Math.round(random() * 20_000)));
  const values = Object.fromEntries(
    indicatorKeys.map((key) => [
      key,
      Array.from({ length: areas }, () => (random() < 0.005 ? null : Math.round(random() * 40_000) / 1000)),
    ]),
  );
  return { areaCodes: Array.from({ length: areas }, (_, i) => String(i).padStart(8, "0")), population, values };
}

export const indexEngineSuite: BenchSuite = {
  name: "index-engine",
  title: "Index engine (mss-2021 definition, pure computation)",
  run({ repoRoot }) {
    const cases: Array<{ label: string; input: IndexInput; samples: number; target?: number }> = [
      {
        label: "542 Berlin Planungsräume (real MSS 2021 values)",
        input: berlinInput(repoRoot),
        samples: 500,
        target: 5,
      },
      { label: "10,000 synthetic areas", input: syntheticInput(10_000), samples: 50 },
      { label: "100,000 synthetic areas", input: syntheticInput(100_000), samples: 20, target: 500 },
    ];
    const rows: Array<{ label: string; timing: Timing; valid: number; target?: number }> = [];
    for (const { label, input, samples, target } of cases) {
      let valid = 0;
      const timing = time(
        () => {
          valid = computeIndex(mss2021Definition, input).validCount;
        },
        { samples, warmup: Math.min(20, samples) },
      );
      rows.push({ label, timing, valid, ...(target === undefined ? {} : { target }) });
    }
    const met = rows.every((row) => row.target === undefined || row.timing.p95Ms < row.target);
    const lines = [
      "Method: `computeIndex(mss2021Definition, …)` from packages/domain — z-standardisation per indicator,",
      "sums, re-standardisation, classes, ranks — on columnar input, in one Node process. The first call",
      "(cold, before JIT warm-up) is reported separately; then warm-up calls, then measured calls.",
      "Reading the data from the database is not included (see the API benchmarks).",
      "",
      "| areas | valid | samples | first call ms | median ms | p95 ms | min ms | target |",
      "|---|---:|---:|---:|---:|---:|---:|---|",
      ...rows.map(
        ({ label, timing, valid, target }) =>
          `| ${label} | ${valid.toLocaleString("en")} | ${timing.samples} | ${ms(timing.firstMs)} | ${ms(timing.medianMs)} | ${ms(timing.p95Ms)} | ${ms(timing.minMs)} | ${target === undefined ? "—" : `p95 < ${target} ms: ${timing.p95Ms < target ? "met" : "**missed**"}`} |`,
      ),
    ];
    return { markdown: lines.join("\n"), met };
  },
};
