import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const results = join(repoRoot, "test-results");
// The API answers one request at a time (embedded PGlite): a profile asks for ~30 things.
const slow = { timeout: 60_000 };

describe("district profile and comparison in Chromium (Berlin demo data)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  let similarName = "";
  let similarCode = "";

  beforeAll(async () => {
    mkdirSync(results, { recursive: true });
    server = await startServer({ dataDir: tempDataDir() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE", acceptDownloads: true });
    page.on("request", (request) => {
      if (
        !request.url().startsWith(server.url) &&
        !request.url().startsWith("data:") &&
        !request.url().startsWith("blob:")
      )
        foreignRequests.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens a profile with its values, their distribution and its index class", async () => {
    await page.goto(`${server.url}/gebiete/01100101`);
    await page.getByRole("heading", { level: 1, name: "Stülerstraße" }).waitFor(slow);

    const work = page.getByRole("table", { name: "Kennzahlen: Arbeit" });
    await work.waitFor(slow);
    const unemployment = work.getByRole("row", { name: /^Arbeitslosigkeit/ });
    await expect.poll(() => unemployment.locator("td").first().textContent(), slow).toBe("4,23");
    // MSS shares come without counts: the city's value is not invented from them.
    await expect
      .poll(() => unemployment.locator("td").nth(2).textContent(), slow)
      .toBe("nicht aus Anteilen berechenbar");
    // Where it stands among the 542 Planungsräume (536 with a value).
    await expect
      .poll(() => page.getByRole("img", { name: /^Stülerstraße: 4,23;/ }).getAttribute("aria-label"), slow)
      .toMatch(/536 Werte der Planungsräume: Median/);

    const index = page.getByRole("article", { name: "Monitoring Soziale Stadtentwicklung 2021" });
    await expect.poll(() => index.locator(".index-card__code").textContent(), slow).toBe("Gesamtklasse 2-");
    expect(await index.textContent()).toContain("289 von 536");
    await page.screenshot({ path: join(results, "profile.png"), fullPage: true });
  });

  it("adds the area and a similar area to the comparison and shows both side by side", async () => {
    await page.getByRole("button", { name: "Zum Vergleich hinzufügen", exact: true }).click();
    await page.getByText("Stülerstraße ist im Vergleich (1 von 6).").waitFor();

    const similar = page.getByRole("region", { name: "Ähnliche Gebiete" });
    const first = similar.locator(".similar-list__item").first();
    await first.waitFor(slow);
    similarName = (await first.getByRole("link").textContent()) ?? "";
    similarCode = ((await first.locator(".code").textContent()) ?? "").trim();
    expect(similarCode).toMatch(/^\d{8}$/);
    await first.getByRole("button", { name: `Zum Vergleich hinzufügen: ${similarName}` }).click();

    await page.getByRole("link", { name: "Vergleich öffnen (2 Gebiete)" }).click();
    await page.waitForURL(`${server.url}/vergleich?gebiete=01100101,${similarCode}`);
    const table = page.getByRole("table", { name: "Vergleich der Gebiete" });
    await table.waitFor(slow);
    const header = table.locator("thead th");
    await expect
      .poll(() => header.allTextContents())
      .toEqual(["Indikator", "Stülerstraße01100101", `${similarName}${similarCode}`, "Median Planungsräume", "Berlin"]);
    await expect
      .poll(
        () =>
          table
            .getByRole("row", { name: /^Kinderarmut/ })
            .locator("td")
            .first()
            .textContent(),
        slow,
      )
      .toMatch(/^19,40/);
    await page.getByRole("img", { name: /^Kinderarmut:/ }).waitFor(slow);
    await page.screenshot({ path: join(results, "compare.png"), fullPage: true });
  });

  it("downloads the comparison as CSV", async () => {
    const table = page.getByRole("table", { name: "Vergleich der Gebiete" });
    await expect.poll(() => table.locator('[aria-busy="true"]').count(), slow).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Vergleich als CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("vergleich-2020-12-31.csv");
    const path = join(results, "vergleich.csv");
    await download.saveAs(path);
    const lines = readFileSync(path, "utf8")
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(
      `Indikator-Schlüssel,Indikator,Thema,Einheit,Stichtag,Stülerstraße (01100101),Stülerstraße (01100101): Hinweis,` +
        `${similarName} (${similarCode}),${similarName} (${similarCode}): Hinweis,Median Planungsräume,Berlin`,
    );
    const childPoverty = lines.find((line) => line.startsWith("mss2021.s4,"))?.split(",");
    expect(childPoverty?.slice(0, 7)).toEqual([
      "mss2021.s4",
      "Kinderarmut",
      "Armut",
      "%",
      "2020-12-31",
      "19.39799",
      "",
    ]);
    expect(childPoverty?.at(-1)).toBe("nicht aus Anteilen berechenbar");
    const residents = lines.find((line) => line.startsWith("ew,"))?.split(",");
    expect(residents?.[5]).toBe("3419");
    expect(residents?.at(-1)).toBe("3769962");
    // One line per indicator of the MSS demo data, plus the header.
    expect(lines).toHaveLength(22);
  });

  it("prints the profile to an A4 PDF", async () => {
    await page.goto(`${server.url}/gebiete/01100101`);
    await page.getByRole("table", { name: "Kennzahlen: Wohnen" }).waitFor(slow);
    await expect.poll(() => page.locator("svg.spine-chart").count(), slow).toBe(21);
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), slow).toBe(0);
    await page.locator(".similar-list__item").first().waitFor(slow);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(results, "profile.pdf"), pdf);
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    const pages = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [, width, height] of pages) {
      // A4 is 595 × 842 points.
      expect(Math.round(Number(width))).toBe(595);
      expect(Math.round(Number(height))).toBe(842);
    }
    expect(pdf.length).toBeGreaterThan(50_000);

    // What the print stylesheet hides and shows, as Chromium lays it out for print.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Zum Vergleich hinzufügen", exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(false);
    expect(await page.getByRole("heading", { name: "Quellen" }).isVisible()).toBe(true);
    await page.screenshot({ path: join(results, "profile-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
