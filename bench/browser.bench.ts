// The atlas in headless Chromium against the real server with the Berlin demo data (issue 6):
// (a) cold load to the first full map, (b) redraw of the 542-area choropleth after an indicator
// change (target < 150 ms), (c) JavaScript of the first screen (target ≤ 200 KB gzip).
// Reads the page's own performance marks (apps/web/src/modules/atlas/hooks/redrawMarks.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../e2e/support/browser.ts";
import { type RunningServer, startServer, tempDataDir } from "../e2e/support/server.ts";
import { ms } from "./measure.ts";
import type { BenchSuite } from "./suite.ts";

const planningAreas = 542;
const redrawTargetMs = 150;
const firstScreenTargetKb = 200;
const coldLoads = 5;
const redrawSamples = 20;
/** Alternated for the redraw samples (both are shares per Planungsraum with 542 values). */
const alternating = ["mss2021.s4", "mss2021.s1"] as const;
/** Each shown once, for the cost of a first visit (values fetched from the server, then drawn). */
const firstVisits = ["mss2021.s3", "mss2021.ki01", "mss2021.ki02", "mss2021.ki03", "ew"] as const;
const viewport = { width: 1280, height: 900 };

// page.evaluate runs in the browser; the bench's tsconfig has no DOM types.
interface PerformanceEntryLike {
  name: string;
  startTime: number;
  duration: number;
}
interface ResourceEntryLike extends PerformanceEntryLike {
  encodedBodySize: number;
  decodedBodySize: number;
}
interface BrowserGlobals {
  performance: {
    getEntriesByName(name: string, type?: string): PerformanceEntryLike[];
    getEntriesByType(type: string): PerformanceEntryLike[];
    clearMeasures(name?: string): void;
  };
  document: { querySelectorAll(selector: string): { length: number } };
}
// Functions passed to the page are serialised: each names `globalThis` itself, no helper from here.

const areaPaths = ".area-map__areas path[data-code]";

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const quantile = (values: readonly number[], q: number) => {
  const list = sorted(values);
  return list[Math.min(list.length - 1, Math.max(0, Math.ceil(q * list.length) - 1))] ?? Number.NaN;
};
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Size of a response body as the server sends it to a client that accepts gzip (what the target is about). */
function gzipBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      // Files under the compression threshold (1 KB) are sent as they are.
      response.on("end", () => resolve(bytes));
    });
    req.on("error", reject);
    req.end();
  });
}

interface ColdLoad {
  firstRenderMs: number;
  domContentLoadedMs: number;
  scripts: Array<{ url: string; transferred: number; decoded: number }>;
  /** Content encodings the server chose for the scripts Chromium asked for (e.g. br). */
  encodings: string[];
}

/** A fresh browser context (empty cache) loading the atlas until the first full map is painted. */
async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport, locale: "de-DE" });
  try {
    const page = await context.newPage();
    const encodings = new Set<string>();
    page.on("response", (response) => {
      if (/\.m?js(\?|$)/.test(response.url())) encodings.add(response.headers()["content-encoding"] ?? "identity");
    });
    await page.goto(url);
    await page.waitForFunction(
      ({ selector, count }) => {
        const { document, performance } = globalThis as unknown as BrowserGlobals;
        return (
          document.querySelectorAll(selector).length === count &&
          performance.getEntriesByName("atlas:first-render").length > 0
        );
      },
      { selector: areaPaths, count: planningAreas },
      { timeout: 60_000 },
    );
    const measured = await page.evaluate(() => {
      const { performance } = globalThis as unknown as BrowserGlobals;
      const firstRender = performance.getEntriesByName("atlas:first-render")[0]?.startTime ?? Number.NaN;
      const navigation = performance.getEntriesByType("navigation")[0] as unknown as {
        domContentLoadedEventEnd: number;
      };
      const scripts = (performance.getEntriesByType("resource") as ResourceEntryLike[])
        .filter((entry) => /\.m?js(\?|$)/.test(entry.name) && entry.startTime <= firstRender)
        .map((entry) => ({ url: entry.name, transferred: entry.encodedBodySize, decoded: entry.decodedBodySize }));
      return { firstRenderMs: firstRender, domContentLoadedMs: navigation.domContentLoadedEventEnd, scripts };
    });
    return { ...measured, encodings: [...encodings].sort() };
  } finally {
    await context.close();
  }
}

/** Chooses an indicator in the atlas's select and returns the page's own measure of the redraw. */
async function changeIndicator(page: Page, key: string): Promise<number> {
  await page.evaluate(() => (globalThis as unknown as BrowserGlobals).performance.clearMeasures("atlas:redraw"));
  await page.getByLabel("Indikator oder Index").selectOption(key);
  await page.waitForFunction(
    () => (globalThis as unknown as BrowserGlobals).performance.getEntriesByName("atlas:redraw").length > 0,
    null,
    { timeout: 30_000 },
  );
  const duration = await page.evaluate(
    () =>
      (globalThis as unknown as BrowserGlobals).performance.getEntriesByName("atlas:redraw")[0]?.duration ?? Number.NaN,
  );
  const painted = await page.evaluate(
    (selector) => (globalThis as unknown as BrowserGlobals).document.querySelectorAll(selector).length,
    areaPaths,
  );
  if (painted !== planningAreas) throw new Error(`expected ${planningAreas} areas after the change, found ${painted}`);
  return duration;
}

function ensureBuild(repoRoot: string): void {
  if (existsSync(join(repoRoot, "apps/web/dist/index.html"))) return;
  console.error("bench: apps/web/dist is missing, running pnpm build …");
  const result = spawnSync("pnpm", ["build"], { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error("pnpm build failed");
}

export const browserSuite: BenchSuite = {
  name: "browser",
  title: "Atlas in headless Chromium (real server, Berlin demo data)",
  async run({ repoRoot }) {
    ensureBuild(repoRoot);
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    try {
      server = await startServer({ dataDir: tempDataDir() });
      browser = await launchChromium();
      const atlasUrl = `${server.url}/?indikator=${alternating[0]}`;

      // (a) and (c): cold loads; the first one also warms the server (database pages, query plans).
      const loads: ColdLoad[] = [];
      for (let i = 0; i < coldLoads + 1; i++) loads.push(await coldLoad(browser, atlasUrl));
      const [serverCold, ...warm] = loads;
      if (!serverCold) throw new Error("no cold load measured");
      const firstRender = warm.map((load) => load.firstRenderMs);
      const scripts = serverCold.scripts;
      const gzip = await Promise.all(scripts.map((script) => gzipBytes(script.url)));
      const gzipTotal = gzip.reduce((sum, bytes) => sum + bytes, 0);
      const transferredTotal = scripts.reduce((sum, script) => sum + script.transferred, 0);
      const decodedTotal = scripts.reduce((sum, script) => sum + script.decoded, 0);

      // (b) redraws in one page: first visits fetch their values, then alternate between two indicators.
      const context = await browser.newContext({ viewport, locale: "de-DE" });
      const page = await context.newPage();
      await page.goto(atlasUrl);
      await page
        .locator(areaPaths)
        .nth(planningAreas - 1)
        .waitFor({ timeout: 60_000 });
      const firstVisit: number[] = [];
      for (const key of [alternating[1], ...firstVisits]) firstVisit.push(await changeIndicator(page, key));
      const redraws: number[] = [];
      for (let i = 0; i < redrawSamples; i++) {
        redraws.push(await changeIndicator(page, alternating[i % 2 === 0 ? 0 : 1]));
      }
      await context.close();

      const redrawP95 = quantile(redraws, 0.95);
      const firstVisitP95 = quantile(firstVisit, 0.95);
      const firstScreenKb = gzipTotal / 1000;
      const met = redrawP95 < redrawTargetMs && firstVisitP95 < redrawTargetMs && firstScreenKb <= firstScreenTargetKb;
      const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
      const lines = [
        "Method: `pnpm bench browser` starts the real server (`main.ts serve --demo-data`, PGlite, temp data",
        "directory) with the built web app and drives Debian's Chromium (headless, 1280×900, de-DE) with",
        "playwright-core. Times come from the page's own performance marks: `atlas:first-render` is set",
        "after the first full map (542 Planungsräume with their fills) has been painted; `atlas:redraw`",
        "measures from the `change` event of the indicator select to the paint after the new fills were",
        "committed (request, classification, React commit and paint included). Sizes come from the Resource",
        "Timing API (scripts requested before the first full map); the gzip size of each of those scripts is",
        "what the server sends for `Accept-Encoding: gzip`; Chromium itself may be served another encoding.",
        "",
        "| measurement | samples | median | p95 | max | target |",
        "|---|---:|---:|---:|---:|---|",
        `| cold load → first full map (empty browser cache, warm server), ms | ${firstRender.length} | ${ms(quantile(firstRender, 0.5))} | ${ms(quantile(firstRender, 0.95))} | ${ms(Math.max(...firstRender))} | — |`,
        `| the same on a cold server (first request after start), ms | 1 | ${ms(serverCold.firstRenderMs)} | — | — | — |`,
        `| redraw after an indicator change, values cached (alternating ${alternating.join(" / ")}), ms | ${redraws.length} | ${ms(quantile(redraws, 0.5))} | ${ms(redrawP95)} | ${ms(Math.max(...redraws))} | p95 < ${redrawTargetMs} ms: ${verdict(redrawP95 < redrawTargetMs)} |`,
        `| redraw after an indicator change, first visit (values fetched), ms | ${firstVisit.length} | ${ms(quantile(firstVisit, 0.5))} | ${ms(firstVisitP95)} | ${ms(Math.max(...firstVisit))} | p95 < ${redrawTargetMs} ms: ${verdict(firstVisitP95 < redrawTargetMs)} |`,
        "",
        `| first screen JavaScript | files | gzip KB | transferred to Chromium KB (${serverCold.encodings.join(", ")}) | uncompressed KB | target |`,
        "|---|---:|---:|---:|---:|---|",
        `| scripts loaded before the first full map | ${scripts.length} | ${kb(gzipTotal)} | ${kb(transferredTotal)} | ${kb(decodedTotal)} | ≤ ${firstScreenTargetKb} KB gzip: ${verdict(firstScreenKb <= firstScreenTargetKb)} |`,
        "",
        "<details><summary>Scripts of the first screen (gzip bytes)</summary>",
        "",
        ...scripts.map((script, index) => `- ${new URL(script.url).pathname}: ${gzip[index]?.toLocaleString("en")}`),
        "",
        "</details>",
      ];
      return { markdown: lines.join("\n"), met };
    } finally {
      await browser?.close();
      await server?.stop();
    }
  },
};
