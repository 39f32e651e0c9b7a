// The public offer directory in Chromium against the real server with the demo data, without
// signing in: search, filters, the offer page, keyboard use and accessibility (phone and desktop).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/browser.ts";
import { graphql, type RunningServer, startServer, tempDataDir } from "./support/server.ts";

const slow = { timeout: 60_000 };
const usable = "status: [ACTIVE, TEMPORARILY_CLOSED]";

describe("public offer directory in Chromium (demo data, not signed in)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  /** The number the page says it found ("12 Angebote"). */
  const shownCount = async () => {
    const text = (await page.locator(".result-count strong").textContent()) ?? "";
    return Number(text.replace(/\D/g, ""));
  };
  const cardTitles = () => page.locator(".offer-card__title").allTextContents();
  /** The width of the page's content (wider than the viewport means sideways scrolling). */
  const pageWidth = () =>
    page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    );
  const resultsReady = () => page.locator(".result-count strong").waitFor(slow);

  /** What the API says an anonymous visitor finds with this filter. */
  const apiCount = async (filter: string) =>
    (await graphql<{ offers: { totalCount: number } }>(server.url, `{ offers(filter: { ${filter} }) { totalCount } }`))
      .offers.totalCount;

  beforeAll(async () => {
    server = await startServer({ dataDir: tempDataDir() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith("data:")) {
        foreignRequests.push(request.url());
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists the published demo offers with the number the API reports", async () => {
    await page.goto(`${server.url}/angebote`);
    await resultsReady();
    const total = await apiCount(usable);
    expect(total).toBeGreaterThan(20);
    expect(await shownCount()).toBe(total);
    // One page first, then more on request.
    expect(await cardTitles()).toHaveLength(20);
    await page.getByRole("button", { name: "Mehr anzeigen" }).click();
    await expect.poll(async () => (await cardTitles()).length, slow).toBe(Math.min(40, total));
    expect(new URL(page.url()).searchParams.get("seite")).toBe("2");
    // Every offer of the list is on the map too.
    expect(await page.locator(".directory-map__points circle").count()).toBeGreaterThanOrEqual(Math.min(40, total));
  });

  it("searches by text", async () => {
    await page.goto(`${server.url}/angebote`);
    await resultsReady();
    const searchBox = page.getByRole("searchbox", { name: /Suchbegriff/ });
    await searchBox.fill("Schuldner");
    await searchBox.press("Enter");
    await page.waitForURL(/[?&]q=Schuldner/);
    await expect.poll(shownCount, slow).toBe(await apiCount(`${usable}, search: "Schuldner"`));
    const titles = await cardTitles();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/Schuldner/);
  });

  it("filters by cost", async () => {
    await page.goto(`${server.url}/angebote`);
    await resultsReady();
    const all = await shownCount();
    await page.getByText("Filter", { exact: true }).click();
    await page.getByRole("checkbox", { name: "Kostenlos" }).check();
    await page.getByRole("button", { name: "Suchen" }).first().click();
    await page.waitForURL(/[?&]kosten=FREE/);
    const free = await apiCount(`${usable}, cost: [FREE]`);
    expect(free).toBeGreaterThan(0);
    expect(free).toBeLessThan(all);
    await expect.poll(shownCount, slow).toBe(free);
    const costs = await page.locator(".offer-card__cost").allTextContents();
    for (const cost of costs) expect(cost).toMatch(/^Kostenlos/);
  });

  it("searches near a point, nearest first, with distances", async () => {
    // Near Rollberg in Neukölln, where several demo offers are.
    await page.goto(`${server.url}/angebote?nahe=52.4769,13.4338&radius=2`);
    await resultsReady();
    const distances = (await page.locator(".offer-card__distance").allTextContents()).map((text) =>
      Number(text.replace(/[^\d,]/g, "").replace(",", ".")),
    );
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(2);
    // The form shows the point it searches around.
    await expect.poll(() => page.getByRole("textbox", { name: /Koordinaten/ }).inputValue()).toBe("52.4769, 13.4338");
  });

  it("reaches the first result by keyboard and opens it with Enter", async () => {
    await page.goto(`${server.url}/angebote?q=Schuldner`);
    await resultsReady();
    const first = page.locator(".offer-card__title a").first();
    const name = (await first.textContent()) ?? "";
    const isFirstFocused = () =>
      first.evaluate((element) => {
        // Runs in the browser; the e2e tsconfig has no DOM types.
        const link = element as unknown as { ownerDocument: { activeElement: unknown } };
        return link === link.ownerDocument.activeElement;
      });
    let presses = 0;
    while (!(await isFirstFocused())) {
      await page.keyboard.press("Tab");
      presses += 1;
      if (presses > 60) throw new Error("the first result was not reached with the Tab key");
    }
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/angebote\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name }).waitFor(slow);
  });

  it("shows an offer's details: hours with today, accessibility, contact links", async () => {
    await page.goto(`${server.url}/angebote?q=Schuldner`);
    await resultsReady();
    await page.locator(".offer-card__title a").first().click();
    await page.getByRole("table", { name: "Öffnungszeiten nach Wochentag" }).waitFor(slow);
    expect(await page.locator(".offer-detail__hours tbody tr").count()).toBe(7);
    expect(await page.locator(".offer-detail__hours tr.is-today").count()).toBe(1);
    expect(await page.locator(".offer-detail__hours tr.is-today th").textContent()).toMatch(/\(heute\)$/);
    expect(await page.getByText(/^Jetzt (geöffnet|geschlossen)$/).count()).toBe(1);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(1);
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(1);
    const accessibility = page.getByRole("region", { name: "Barrierefreiheit" });
    expect(await accessibility.locator("dt").count()).toBeGreaterThanOrEqual(4);
    for (const value of await accessibility.locator("dd").allTextContents()) {
      expect(value).toMatch(/^(ja|nein|unbekannt)$|.{6,}/);
    }
    expect(await page.getByText("Beispieldaten", { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("textbox", { name: "Link zu diesem Angebot" }).inputValue()).toBe(page.url());
  });

  it("says so for an offer that does not exist", async () => {
    await page.goto(`${server.url}/angebote/00000000-0000-4000-8000-000000000000`);
    await page.getByRole("heading", { level: 1, name: "Angebot nicht gefunden" }).waitFor(slow);
  });

  for (const viewport of [
    { name: "desktop", width: 1280, height: 900 },
    { name: "phone", width: 375, height: 740 },
  ]) {
    it(`has no serious or critical accessibility violations (${viewport.name})`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(`${server.url}/angebote?kosten=FREE,REDUCED&barrierefrei=stepFree`);
      await resultsReady();
      await page
        .locator(".directory-map__points circle")
        .first()
        .waitFor({ state: "attached", ...slow });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      // Nothing wider than the screen on a phone.
      expect(await pageWidth()).toBeLessThanOrEqual(viewport.width);

      await page.locator(".offer-card__title a").first().click();
      await page.getByRole("table", { name: "Öffnungszeiten nach Wochentag" }).waitFor(slow);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(await pageWidth()).toBeLessThanOrEqual(viewport.width);
    });
  }

  it("logged no errors in the browser console and made no request elsewhere", () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
