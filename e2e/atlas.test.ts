import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const screenshots = join(repoRoot, "test-results");

describe("atlas in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];

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

  it("draws the 542 Planungsräume of Berlin without any request outside the app", async () => {
    await page.goto(server.url);
    const planungsraeume = page.locator('svg path[data-code^="0"], svg path[data-code^="1"]').filter({
      has: page.locator("xpath=self::*[string-length(@data-code) = 8]"),
    });
    await expect.poll(() => planungsraeume.count(), { timeout: 30_000 }).toBe(542);
    await page.screenshot({ path: join(screenshots, "atlas.png") });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("opens an area's page from the map and shows its place in the hierarchy", async () => {
    await page.locator('svg path[data-code="01100101"]').click();
    await page.waitForURL(/\/gebiete\/01100101$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Stülerstraße");
    await expect
      .poll(() => page.getByRole("navigation", { name: /Brotkrumen|Breadcrumb/i }).textContent())
      .toContain("Tiergarten Süd");
    await page.screenshot({ path: join(screenshots, "area.png") });
  });

  it("keeps deep links working on reload (history API fallback)", async () => {
    await page.goto(`${server.url}/gebiete?level=BEZIRK`);
    // The profile opened before may still keep the API busy (its key figures ask for much).
    await expect
      .poll(() => page.getByRole("link", { name: "Friedrichshain-Kreuzberg" }).count(), { timeout: 30_000 })
      .toBe(1);
  });
});
