import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/browser.ts";
import { type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const screenshots = join(repoRoot, "test-results");

// The planner's gap analysis with the real Berlin demo data (542 Planungsräume, the MSS 2021
// run as need, the demo offers as supply): the ranked list, a wider catchment radius and a
// scenario with a planned offer that changes the supply rate of the areas it reaches.
describe("gap analysis in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  const table = () => page.getByRole("table", { name: /^Bedarfslücken · Planungsräume/ });
  const rows = () => table().locator("tbody tr");

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startServer({ dataDir: tempDataDir() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in as the planner and opens the gap analysis from the navigation", async () => {
    await page.goto(`${server.url}/anmelden`);
    await page.getByLabel("E-Mail-Adresse").fill("planung@example.org");
    await page.getByLabel("Passwort", { exact: true }).fill("demo-planung-2026");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL(`${server.url}/`);
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Bedarfslücken" })
      .click();
    await page.waitForURL(/\/bedarfsluecken$/);
    await page.getByRole("heading", { level: 1, name: "Bedarfslücken" }).waitFor();
  });

  it("ranks all 542 Planungsräume, largest gap first, on the bivariate map and in the table", async () => {
    await table().waitFor();
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => { length: number } } })
        .document;
      return doc.querySelectorAll(".gap-table__table tbody tr").length === 542;
    });
    expect(await rows().count()).toBe(542);
    expect((await rows().first().locator("td").first().textContent())?.trim()).toBe("1");
    const map = page.getByRole("group", { name: "Karte der Planungsräume: hoher Bedarf × geringes Angebot" });
    expect(await map.getByRole("link").count()).toBe(542);
    await page.getByRole("region", { name: "Kennzahlen" }).getByText("Angebote gezählt").waitFor();
    await page.screenshot({ path: join(screenshots, "gap-analysis.png"), fullPage: false });
  });

  it("widens the catchment radius: the request, the URL and the caption follow", async () => {
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith("/graphql") &&
        (response.request().postData() ?? "").includes('"radiusKm":2.5') &&
        response.status() === 200,
    );
    const radius = page.getByRole("spinbutton", { name: "Einzugsradius (km)" });
    await radius.fill("2.5");
    await answered;
    await page.waitForURL(/radius=2\.5/);
    await page.getByText("Bedarf × Angebot · Planungsräume · Radius 2,5 km").waitFor();
    expect(await rows().count()).toBe(542);
  });

  it("adds a planned offer as a scenario and shows the change of the supply rate", async () => {
    const scenario = page.getByRole("region", { name: "Szenario: Angebot hinzufügen" });
    // Alexanderplatz: inside Berlin, so the 2.5 km catchment reaches several Planungsräume.
    await scenario.getByLabel("Bezeichnung").fill("Neue Beratungsstelle");
    await scenario.getByLabel("Breitengrad").fill("52.5219");
    await scenario.getByLabel("Längengrad").fill("13.4132");
    await scenario.getByRole("button", { name: "Zum Szenario hinzufügen" }).click();

    await page.getByText("Szenario aktiv: 1 geplantes Angebot. Nichts davon wird gespeichert.").waitFor();
    const changes = scenario.getByRole("table", { name: "Veränderung durch das Szenario" });
    await changes.waitFor();
    const first = changes.locator("tbody tr").first();
    const rate = (await first.locator("td").first().textContent()) ?? "";
    const [before, after] = rate.split("→").map((part) => part.trim());
    expect(before).toBeTruthy();
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect(await changes.locator("tbody tr").count()).toBeGreaterThan(0);
  });

  it("has no serious or critical accessibility violations and no console errors", async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
