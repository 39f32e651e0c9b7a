import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/browser.ts";
import { type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const screenshots = join(repoRoot, "test-results");

// The planner's workbench with the real Berlin demo data: a copy of the published MSS 2021
// index with a changed threshold, computed and compared with the original; then the upload of
// indicator values, first a malformed file (rejected, nothing written), then a good one.
const malformedCsv = [
  "PLR_ID;PLR_NAME;Stichtag;S1;S4",
  "01100101;Stülerstraße;31.12.2022;2,5;10,1",
  "01100102;Großer Tiergarten;31.12.2022;zwei;3",
  "99999999;Nirgendwo;31.12.2022;1;1",
].join("\n");
const goodCsv = [
  "PLR_ID;PLR_NAME;Stichtag;S1;S4",
  "01100101;Stülerstraße;31.12.2022;2,5;10,1",
  "01100102;Großer Tiergarten;31.12.2022;1,5;3",
  "01100103;Lützowstraße;31.12.2022;4;12,25",
].join("\n");

describe("index workbench and data upload in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];

  /** Values of an indicator stored for a Stichtag, asked through the API with the planner's session. */
  const storedValues = (key: string, date: string) =>
    page.evaluate(
      async ({ key, date }) => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query:
              "query($key: String!, $date: Date!) { indicatorByKey(key: $key) { observations(referenceDate: $date) { value area { code } } } }",
            variables: { key, date },
          }),
        });
        const body = (await response.json()) as {
          data: { indicatorByKey: { observations: Array<{ value: number | null; area: { code: string } }> } };
        };
        return body.data.indicatorByKey.observations.map((o) => [o.area.code, o.value]);
      },
      { key, date },
    );

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startServer({ dataDir: tempDataDir() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith("data:"))
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

  it("signs in as the demo planner and finds the workbench in the navigation", async () => {
    await page.goto(`${server.url}/anmelden`);
    await page.getByLabel("E-Mail-Adresse").fill("planung@example.org");
    await page.getByLabel("Passwort", { exact: true }).fill("demo-planung-2026");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Indizes" }).click();
    await page.waitForURL(/\/indizes$/);
    await page.getByRole("table", { name: "Indexdefinitionen" }).getByText("mss-2021").waitFor();
  });

  it("copies mss-2021, changes a threshold, computes the copy and lists the areas that changed class", async () => {
    await page.getByRole("link", { name: "Kopie anlegen: Monitoring Soziale Stadtentwicklung 2021" }).click();
    const key = page.getByLabel("Schlüssel", { exact: true });
    await key.waitFor();
    expect(await key.inputValue()).toBe("mss-2021-kopie");
    // The published thresholds are −1 / 1 / 1.5; a lower upper bound of "2 mittel" moves areas to "3 niedrig".
    expect(await page.getByLabel("2 mittel bis").inputValue()).toBe("1");
    await page.getByLabel("2 mittel bis").fill("0,8");
    await page.getByRole("button", { name: "Definition anlegen" }).click();
    await page.waitForURL(/\/indizes\/mss-2021-kopie$/);
    await page.getByText("Diese Definition wurde noch nicht berechnet.", { exact: false }).waitFor();

    // The Stichtag defaults to the newest one with a run (the MSS Stichtag).
    await expect.poll(() => page.getByLabel("Stichtag").inputValue()).toBe("2020-12-31");
    await page.getByRole("button", { name: "Index berechnen" }).click();
    await page.waitForURL(/\/indizes\/mss-2021-kopie\?run=/);
    const map = page.getByRole("group", { name: /^Karte: Monitoring Soziale Stadtentwicklung 2021 \(Kopie\)/ });
    await expect.poll(() => map.locator("path[data-code]").count(), { timeout: 30_000 }).toBe(542);
    // The first run of the copy has no predecessor: compare it with the published index.
    await page.getByText("Dies ist der erste Lauf dieser Definition.", { exact: false }).waitFor();
    const compare = page.getByLabel("Verglichen mit");
    const original = (await compare.locator("option").allTextContents()).find((text) =>
      text.startsWith("Monitoring Soziale Stadtentwicklung 2021 (Version 1)"),
    );
    expect(original).toBeDefined();
    await compare.selectOption({ label: original ?? "" });
    const changes = page.getByRole("table", { name: "Gebiete mit Klassenwechsel" });
    await changes.waitFor();
    const rows = await changes.locator("tbody tr").allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    // Only the boundary between 2 and 3 moved down: every change is 2 mittel → 3 niedrig, a worsening.
    for (const row of rows) {
      expect(row).toContain("2 mittel → 3 niedrig");
      expect(row).toContain("verschlechtert");
    }
    expect(await page.getByText(/^\d+ Gebiete? ha(t|ben) die Klasse gewechselt:/).textContent()).toContain(
      `${rows.length} verschlechtert`,
    );
    expect(page.url()).toMatch(/compare=/);
    await page.screenshot({ path: join(screenshots, "index-workbench-changes.png"), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("shows the method sheet of the copy with the changed threshold", async () => {
    await page.getByRole("tab", { name: "Methodenblatt" }).click();
    const sheet = page.locator(".method-sheet");
    await sheet
      .getByRole("heading", { name: "Monitoring Soziale Stadtentwicklung 2021 (Kopie) (mss-2021-kopie)" })
      .waitFor();
    await sheet.getByRole("heading", { name: "Status-Klassen" }).waitFor();
    expect(await sheet.textContent()).toContain("2 mittel: -1 ≤ Index ≤ 0,8");
    await page.screenshot({ path: join(screenshots, "index-workbench-method.png"), fullPage: true });
  });

  it("rejects a malformed CSV with line-precise problems and imports nothing", async () => {
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Daten" }).click();
    await page.waitForURL(/\/daten$/);
    await page
      .getByLabel("CSV-Datei", { exact: true })
      .setInputFiles({ name: "werte-fehler.csv", mimeType: "text/csv", buffer: Buffer.from(malformedCsv) });
    await expect.poll(() => page.getByLabel("Indikator der Spalte S1").inputValue()).toBe("mss2021.s1");
    expect(await page.getByLabel("Indikator der Spalte S4").inputValue()).toBe("mss2021.s4");
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    const problems = page.getByRole("table", { name: "Probleme mit Zeile und Spalte" });
    await problems.waitFor();
    expect(await problems.locator("tbody tr").allInnerTexts()).toEqual([
      'Zeile 3, Spalte S1\tvalue "zwei" is not a number',
      "Zeile 4, Spalte PLR_ID\tunknown area code 99999999: no PLANUNGSRAUM has this code",
    ]);
    await page.getByText("Die Datei wird so nicht importiert: 2 Probleme.").waitFor();
    expect(await page.getByRole("button", { name: "Jetzt importieren" }).count()).toBe(0);
    expect(await storedValues("mss2021.s1", "2022-12-31")).toEqual([]);
    await page.screenshot({ path: join(screenshots, "data-upload-rejected.png"), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("imports a good CSV: the progress reaches 100 % and the summary counts the values", async () => {
    await page
      .getByLabel("CSV-Datei", { exact: true })
      .setInputFiles({ name: "werte.csv", mimeType: "text/csv", buffer: Buffer.from(goodCsv) });
    await expect.poll(() => page.getByLabel("Indikator der Spalte S1").inputValue()).toBe("mss2021.s1");
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await page.getByText("Die Datei kann importiert werden.").waitFor();
    await page.getByRole("button", { name: "Jetzt importieren" }).click();
    await page.getByText("100 % – fertig").waitFor();
    expect(await page.getByRole("progressbar", { name: "Fortschritt des Imports" }).getAttribute("value")).toBe("100");
    await page.getByText("werte.csv wurde importiert.").waitFor();
    expect(await page.getByText("6 Werte neu, 0 geändert, 0 unverändert.").count()).toBe(1);
    expect(await storedValues("mss2021.s1", "2022-12-31")).toEqual([
      ["01100101", 2.5],
      ["01100102", 1.5],
      ["01100103", 4],
    ]);
    await page.screenshot({ path: join(screenshots, "data-upload-imported.png"), fullPage: true });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
