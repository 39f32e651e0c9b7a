import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/browser.ts";
import { type RunningServer, startServer, tempDataDir } from "./support/server.ts";

// Every screen, checked by axe-core in real Chromium: no serious or critical WCAG 2.1 A/AA violation.
const publicScreens = [
  // The atlas: ready once its ranking table (drawn after the map) has rows.
  { path: "/", ready: ".atlas-ranking tbody tr" },
  { path: "/?indikator=mss2021.s4&angebote=1", ready: ".atlas-offers circle" },
  { path: "/?ebene=BEZIRK&indikator=mss2021.s4&klassen=intervalle&anzahl=3", ready: ".atlas-ranking tbody tr" },
  { path: "/gebiete", ready: "table" },
  { path: "/gebiete/01100101", ready: "svg.spine-chart" },
  { path: "/vergleich?gebiete=01100101,01100102,02500835", ready: ".small-multiple svg" },
  { path: "/anmelden", ready: "form" },
  { path: "/indikatoren", ready: 'input[type="checkbox"]' },
  {
    path: "/indikatoren?ind=mss2021.s1&ind=mss2021.s4&area=01100101&area=02100102",
    ready: "circle.scatter-point",
  },
  { path: "/indikatoren/mss2021.s1", ready: "dl" },
];

// Screens for planners and admins, checked after signing in as the demo planner.
const planningScreens = [
  // The district profile with programmes, measures and conference findings (council staff and planners).
  { path: "/gebiete/08", ready: "#konferenzen .card-list" },
  // The atlas with the programmes' funding areas outlined (council staff and planners only).
  { path: "/?indikator=index:mss-2021:status&programme=1", ready: ".atlas-programmes path" },
  { path: "/indizes", ready: "table" },
  { path: "/indizes/mss-2021", ready: 'svg path[data-code="01100101"]' },
  { path: "/indizes/mss-2021?tab=definition", ready: "form select" },
  { path: "/indizes/mss-2021?tab=method", ready: ".method-sheet" },
  { path: "/indizes?neu=1&vorlage=mss-2021", ready: "form select" },
  { path: "/daten", ready: 'input[type="file"]' },
  { path: "/indikatoren/mss2021.s1/bearbeiten", ready: "form textarea" },
  { path: "/indikatoren/neu", ready: "form textarea" },
];

describe("accessibility (axe-core in Chromium)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ dataDir: tempDataDir() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("finds a known violation (the check itself works)", async () => {
    await page.setContent(
      '<html lang="de"><head><title>t</title></head><body><main><img src="x.png"></main></body></html>',
    );
    expect((await seriousAccessibilityViolations(page)).map((violation) => violation.id)).toContain("image-alt");
  });

  for (const screen of publicScreens) {
    it(`${screen.path} has no serious or critical violations`, async () => {
      await page.goto(`${server.url}${screen.path}`);
      await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  }

  describe("signed in as the demo planner", () => {
    beforeAll(async () => {
      await page.goto(`${server.url}/anmelden`);
      await page.getByLabel("E-Mail-Adresse").fill("planung@example.org");
      await page.getByLabel("Passwort", { exact: true }).fill("demo-planung-2026");
      await page.getByRole("button", { name: "Anmelden" }).click();
      await page.waitForURL(`${server.url}/`);
    });

    for (const screen of planningScreens) {
      it(`${screen.path} has no serious or critical violations`, async () => {
        await page.goto(`${server.url}${screen.path}`);
        await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      });
    }
  });
});
