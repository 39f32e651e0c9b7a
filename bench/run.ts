// `pnpm bench [suite …]`: runs the benchmark suites and rewrites their sections of
// docs/BENCHMARKS.md (other suites' sections stay as they were), with machine and date.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { browserSuite } from "./browser.bench.ts";
import { gapAnalysisSuite } from "./gap-analysis.bench.ts";
import { indexEngineSuite } from "./index-engine.bench.ts";
import type { BenchSuite } from "./suite.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(repoRoot, "docs/BENCHMARKS.md");
const suites: BenchSuite[] = [indexEngineSuite, browserSuite, gapAnalysisSuite];

const header = `# Benchmarks

Measured numbers only: every section below is written by \`pnpm bench\` (bench/run.ts); run
\`pnpm bench <suite>\` to refresh one section. Nothing here is typed in by hand. Timings on a
shared 2-core machine vary by ±20 % between runs; compare within one run.
`;

const marker = (name: string) => [`<!-- bench:${name} -->`, `<!-- /bench:${name} -->`] as const;

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

async function main() {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !suites.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(", ")}; available: ${suites.map((s) => s.name).join(", ")}`);
    process.exit(2);
  }
  let document: string;
  try {
    document = readFileSync(target, "utf8");
  } catch {
    document = header;
  }
  let allMet = true;
  for (const suite of suites.filter((s) => requested.length === 0 || requested.includes(s.name))) {
    console.error(`bench: ${suite.name} …`);
    const result = await suite.run({ repoRoot });
    allMet &&= result.met;
    const [open, close] = marker(suite.name);
    const section = `${open}\n## ${suite.title}\n\nMeasured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine()}.\n\n${result.markdown}\n${close}`;
    const start = document.indexOf(open);
    const end = document.indexOf(close);
    document =
      start >= 0 && end > start
        ? document.slice(0, start) + section + document.slice(end + close.length)
        : `${document.trimEnd()}\n\n${section}\n`;
    console.log(result.markdown);
  }
  writeFileSync(target, document);
  console.error(`bench: wrote ${target}${allMet ? "" : " — some targets missed"}`);
}

await main();
