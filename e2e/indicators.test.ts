import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { graphql, type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const screenshots = join(repoRoot, "test-results");

interface Values {
  s1: { observations: Array<{ value: number | null; area: { code: string } }> };
  s4: { observations: Array<{ value: number | null; area: { code: string } }> };
}

// The indicator explorer on the real Berlin demo data (542 Planungsräume, MSS 2021, one
// Stichtag), then a planner changes an indicator's licence.
describe("indicator explorer in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const failedResponses: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
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
    page.on("response", async (response) => {
      if (response.status() >= 400) {
        const body = await response.text().catch(() => "");
        failedResponses.push(
          `${response.status()} ${response.request().postData()?.slice(0, 120)} → ${body.slice(0, 300)}`,
        );
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The panel of a chart, by its title. */
  const panel = (title: string): Locator =>
    page
      .locator("section.chart-panel")
      .filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });

  it("chooses two indicators and two areas; the choice is in the URL", async () => {
    await page.goto(`${server.url}/indikatoren`);
    await page.getByRole("checkbox", { name: "Arbeitslosigkeit", exact: true }).check();
    await page.getByRole("checkbox", { name: "Kinderarmut", exact: true }).check();

    const search = page.getByRole("searchbox", { name: "Gebiet suchen" });
    await search.fill("Stülerstraße");
    await page.getByRole("checkbox", { name: "Stülerstraße 01100101" }).check();
    await search.fill("02100102");
    await page.getByRole("checkbox", { name: "Mehringplatz 02100102" }).check();

    await expect.poll(() => new URL(page.url()).searchParams.getAll("area")).toEqual(["01100101", "02100102"]);
    expect(new URL(page.url()).searchParams.getAll("ind")).toEqual(["mss2021.s1", "mss2021.s4"]);
    const chosen = page.getByRole("list", { name: "Gewählte Gebiete" });
    expect(await chosen.getByRole("listitem").allTextContents()).toEqual(["Stülerstraße×", "Mehringplatz×"]);
  });

  it("shows the time series with the one Stichtag as points and the median as reference", async () => {
    const series = panel("Arbeitslosigkeit (%)");
    await series.getByText(/^Nur ein Stichtag vorhanden \(31\.12\.2020\)/).waitFor({ timeout: 30_000 });
    await series
      .getByText("Berlin: nicht aus Anteilen berechenbar – als Bezug dient der Median der Planungsräume.")
      .waitFor();
    await series.getByRole("button", { name: "Tabelle anzeigen" }).click();
    const header = await series.getByRole("table").locator("thead th").allTextContents();
    expect(header).toEqual([
      "Stichtag",
      "Stülerstraße",
      "Mehringplatz",
      "Median der Planungsräume",
      "Median der Planungsräume in Mitte",
      "Median der Planungsräume in Friedrichshain-Kreuzberg",
    ]);
    expect(await series.getByRole("table").locator("tbody tr").first().locator("td").first().textContent()).toBe(
      "4,23",
    );
  });

  it("draws the scatter of the 536 Planungsräume with values, shows r and the table", async () => {
    const scatter = panel("Kinderarmut nach Arbeitslosigkeit");
    const plot = scatter.getByRole("group", { name: /^Streudiagramm Kinderarmut \(%\) nach Arbeitslosigkeit \(%\)/ });
    await plot.waitFor({ timeout: 30_000 });
    expect(await plot.getAttribute("aria-label")).toBe(
      "Streudiagramm Kinderarmut (%) nach Arbeitslosigkeit (%), 536 Punkte (Planungsräume)",
    );
    await expect.poll(() => plot.locator("circle.scatter-point").count()).toBe(536);
    expect(await scatter.getByText(/^Korrelationskoeffizient nach Pearson: r = 0,\d\d \(536 Gebiete/).count()).toBe(1);
    await scatter.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, "indicators-scatter.png") });

    await scatter.getByRole("button", { name: "Tabelle anzeigen" }).click();
    const rows = scatter.getByRole("table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(542);
    // The chosen areas come first.
    expect(await rows.first().locator("th, td").allTextContents()).toEqual([
      "Stülerstraße gewählt",
      "01100101",
      "4,23",
      "19,40",
    ]);
    await page.screenshot({ path: join(screenshots, "indicators-explorer.png"), fullPage: true });
  });

  it("downloads the scatter's CSV with every area's values as the API has them", async () => {
    const scatter = panel("Kinderarmut nach Arbeitslosigkeit");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      scatter.getByRole("button", { name: "CSV herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("streuung_mss2021.s1_mss2021.s4_planungsraum_2020-12-31.csv");
    const path = await download.path();
    const text = readFileSync(path, "utf8");
    expect(text.startsWith("\ufeff")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "Stichtag,Schlüssel,Gebiet,Gewählt,Arbeitslosigkeit (%),Hinweis Arbeitslosigkeit,Kinderarmut (%),Hinweis Kinderarmut",
    );
    expect(lines).toHaveLength(543);

    // Every value at full precision, exactly as the API gives it to the public.
    const values = await graphql<Values>(
      server.url,
      `{ s1: indicatorByKey(key: "mss2021.s1") { observations { value area { code } } }
         s4: indicatorByKey(key: "mss2021.s4") { observations { value area { code } } } }`,
    );
    const s1 = new Map(values.s1.observations.map((o) => [o.area.code, o.value]));
    const s4 = new Map(values.s4.observations.map((o) => [o.area.code, o.value]));
    const byCode = new Map(lines.slice(1).map((line) => [line.split(",")[1] ?? "", line]));
    expect(byCode.get("01100101")).toBe(
      `2020-12-31,01100101,Stülerstraße,ja,${s1.get("01100101")},,${s4.get("01100101")},`,
    );
    expect(byCode.get("02100102")).toBe(
      `2020-12-31,02100102,Mehringplatz,ja,${s1.get("02100102")},,${s4.get("02100102")},`,
    );
    // Areas without a value say why instead of showing an empty cell or a 0.
    const missing = lines.filter((line) => line.includes("keine Angabe: ungültig"));
    expect(missing.length).toBe(542 - 536);
    expect(missing.every((line) => /,nein,,keine Angabe: ungültig [^,]+,,keine Angabe: ungültig/.test(line))).toBe(
      true,
    );
  });

  it("lets a planner change an indicator's licence", async () => {
    // Signing in leads back to the indicator's page.
    await page.goto(`${server.url}/anmelden?next=${encodeURIComponent("/indikatoren/mss2021.s1")}`);
    await page.getByLabel("E-Mail-Adresse").fill("planung@example.org");
    await page.getByLabel("Passwort", { exact: true }).fill("demo-planung-2026");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("button", { name: /Demo Sozialplanung/ }).waitFor();
    await page.waitForURL(/\/indikatoren\/mss2021\.s1$/);

    await page.getByRole("link", { name: "Definition bearbeiten" }).click();
    await page.waitForURL(/\/indikatoren\/mss2021\.s1\/bearbeiten$/);
    const licence = page.getByRole("textbox", { name: "Lizenz" });
    await licence.fill("Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByText("Die Definition ist gespeichert.").waitFor();
    await page.screenshot({ path: join(screenshots, "indicator-edit.png"), fullPage: true });

    await page.getByRole("link", { name: "Zurück zur Definition" }).click();
    await page
      .getByRole("region", { name: "Definition" })
      .getByText("Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)")
      .waitFor();
    const stored = await graphql<{ indicatorByKey: { licence: string } }>(
      server.url,
      '{ indicatorByKey(key: "mss2021.s1") { licence } }',
    );
    expect(stored.indicatorByKey.licence).toBe("Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)");

    expect(foreignRequests).toEqual([]);
    expect(failedResponses).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
