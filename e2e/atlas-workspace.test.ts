// The planner workspace flow of issue 6 in real Chromium on the real Berlin demo data:
// open the atlas → switch indicator and level → click an area → its profile shows its values →
// add it to the comparison → download CSV (file content checked), plus keyboard use of the map
// and the ranking, and that a link restores the view.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const results = join(repoRoot, "test-results");
// The embedded database answers one request at a time; the first map loads 542 boundaries.
const slow = { timeout: 60_000 };
const planningAreaPaths = ".area-map__areas path[data-code]";

describe("atlas workspace in Chromium (Berlin demo data)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];

  const caption = () => page.locator(".atlas__caption > span").first().textContent();
  const rankingRows = () => page.locator(".atlas-ranking tbody tr");
  /** Waits until the ranking has caught up with the map (it follows the map's paint). */
  const rankingSettled = () =>
    expect.poll(() => page.locator('.atlas-ranking__scroll[aria-busy="false"]').count(), slow).toBe(1);

  beforeAll(async () => {
    mkdirSync(results, { recursive: true });
    server = await startServer({ dataDir: tempDataDir() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE", acceptDownloads: true });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        foreignRequests.push(url);
      }
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens on the MSS classes of the stored index run, with legend and ranking", async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator(planningAreaPaths).count(), slow).toBe(542);
    await expect
      .poll(caption, slow)
      .toBe(
        "Monitoring Soziale Stadtentwicklung 2021: Status/Dynamik (MSS-Klassen) · Planungsräume · Stichtag 31.12.2020",
      );
    // 536 classified areas and 6 „ohne Zuordnung“ (5 with fewer than 300 residents, 1 outlier).
    const legend = page.getByRole("region", { name: "Legende" });
    expect(await legend.getByRole("listitem").filter({ hasText: "ohne Zuordnung" }).textContent()).toContain(
      "6 Gebiete",
    );
    await rankingSettled();
    expect(await rankingRows().count()).toBe(542);
    expect(await rankingRows().first().locator("td").first().textContent()).toBe("1");
  });

  it("switches the indicator and the level; the URL keeps the view", async () => {
    await page.getByLabel("Indikator oder Index").selectOption("mss2021.s4");
    await expect.poll(caption, slow).toBe("Kinderarmut · Planungsräume · Stichtag 31.12.2020");
    expect(new URL(page.url()).search).toBe("?indikator=mss2021.s4");
    await rankingSettled();
    // The highest child poverty first: Schulenburgpark (Neukölln), 74,68 %.
    const first = rankingRows().first();
    expect(await first.getByRole("link").textContent()).toBe("Schulenburgpark");
    expect(await first.locator("td").nth(1).textContent()).toBe("74,68 %");
    // Fills come from five quantile classes; dark = more child poverty.
    const fill = (code: string) =>
      page
        .locator(`${planningAreaPaths}[data-code="${code}"]`)
        // Runs in the browser; the e2e tsconfig has no DOM types.
        .evaluate((path) => (path as unknown as { style: { fill: string } }).style.fill);
    const topCode = (await first.getByRole("link").getAttribute("href"))?.split("/").at(-1) ?? "";
    expect(topCode).toMatch(/^\d{8}$/);
    expect(await fill(topCode)).toBe("rgb(37, 52, 148)");
    expect(await fill("01100101")).not.toBe(await fill(topCode));

    await page.getByLabel("Ebene").selectOption("BEZIRK");
    await expect.poll(caption, slow).toBe("Kinderarmut · Bezirke · Stichtag 31.12.2020");
    expect(await page.locator(planningAreaPaths).count()).toBe(12);
    // Shares without counts cannot be added up for a Bezirk: grey, with the reason.
    await page.getByText(/12 Gebiete bleiben grau/).waitFor(slow);
    expect(await page.locator(`${planningAreaPaths}[data-code="01"]`).getAttribute("aria-label")).toBe(
      "Mitte, Schlüssel 01, kein Wert: nicht aus Anteilen berechenbar",
    );

    // Residents are counts: they add up from the Planungsräume.
    await page.getByLabel("Indikator oder Index").selectOption("ew");
    await expect.poll(caption, slow).toBe("Einwohnerinnen und Einwohner · Bezirke · Stichtag 31.12.2020");
    await rankingSettled();
    await page.getByRole("button", { name: /^Wert/ }).click();
    expect(new URL(page.url()).searchParams.get("sortierung")).toBe("wert");
    await expect.poll(() => rankingRows().first().getByRole("link").textContent()).toBe("Pankow");
    expect(await rankingRows().first().locator("td").nth(1).textContent()).toBe("410.716 Personen");
    await page.screenshot({ path: join(results, "atlas-bezirke.png"), fullPage: true });

    // The link restores the view on reload.
    await page.reload();
    await expect.poll(caption, slow).toBe("Einwohnerinnen und Einwohner · Bezirke · Stichtag 31.12.2020");
    expect(await page.getByLabel("Ebene").inputValue()).toBe("BEZIRK");
    await rankingSettled();
    expect(await rankingRows().first().getByRole("link").textContent()).toBe("Pankow");
  });

  it("shows value and class on keyboard focus and opens the profile with Enter", async () => {
    await page.goto(`${server.url}/?indikator=mss2021.s4`);
    await expect.poll(caption, slow).toBe("Kinderarmut · Planungsräume · Stichtag 31.12.2020");
    const stueler = page.locator(`${planningAreaPaths}[data-code="01100101"]`);
    await stueler.focus();
    const tooltip = page.getByRole("tooltip");
    await expect.poll(() => tooltip.textContent()).toContain("Stülerstraße");
    expect(await tooltip.textContent()).toContain("19,40 %");
    expect(await tooltip.textContent()).toMatch(/Klasse \d von 5/);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}/gebiete/01100101`);
    await page.goBack();
    await expect.poll(caption, slow).toBe("Kinderarmut · Planungsräume · Stichtag 31.12.2020");
  });

  it("clicks an area, whose profile shows its values, and adds it to the comparison", async () => {
    await page.locator(`${planningAreaPaths}[data-code="01100101"]`).click();
    await page.waitForURL(`${server.url}/gebiete/01100101`);
    await page.getByRole("heading", { level: 1, name: "Stülerstraße" }).waitFor(slow);
    const poverty = page.getByRole("table", { name: "Kennzahlen: Armut" }).getByRole("row", { name: /^Kinderarmut/ });
    await expect.poll(() => poverty.locator("td").first().textContent(), slow).toBe("19,40");
    await page.getByRole("button", { name: "Zum Vergleich hinzufügen", exact: true }).click();
    await page.getByText("Stülerstraße ist im Vergleich (1 von 6).").waitFor();

    // A second area from the atlas: Mehringplatz, through the map with the keyboard.
    await page.goto(`${server.url}/?indikator=mss2021.s4`);
    await expect.poll(caption, slow).toBe("Kinderarmut · Planungsräume · Stichtag 31.12.2020");
    await page.locator(`${planningAreaPaths}[data-code="02100102"]`).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Mehringplatz" }).waitFor(slow);
    await page.getByRole("button", { name: "Zum Vergleich hinzufügen", exact: true }).click();
    await page.getByRole("link", { name: "Vergleich öffnen (2 Gebiete)" }).click();
    await page.waitForURL(`${server.url}/vergleich?gebiete=01100101,02100102`);
    const table = page.getByRole("table", { name: "Vergleich der Gebiete" });
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
  });

  it("downloads the comparison and the atlas ranking as CSV", async () => {
    const table = page.getByRole("table", { name: "Vergleich der Gebiete" });
    await expect.poll(() => table.locator('[aria-busy="true"]').count(), slow).toBe(0);
    const [comparison] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Vergleich als CSV" }).click(),
    ]);
    const comparisonPath = join(results, "atlas-workspace-vergleich.csv");
    await comparison.saveAs(comparisonPath);
    const comparisonLines = readFileSync(comparisonPath, "utf8")
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(comparisonLines[0]).toContain("Stülerstraße (01100101)");
    expect(comparisonLines[0]).toContain("Mehringplatz (02100102)");
    expect(comparisonLines.find((line) => line.startsWith("mss2021.s4,"))?.split(",")[5]).toBe("19.39799");

    await page.goto(`${server.url}/?indikator=mss2021.s4&sortierung=name`);
    await expect.poll(caption, slow).toBe("Kinderarmut · Planungsräume · Stichtag 31.12.2020");
    await rankingSettled();
    const [ranking] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "CSV herunterladen" }).click(),
    ]);
    expect(ranking.suggestedFilename()).toBe("atlas-mss2021.s4-planungsraum-2020-12-31.csv");
    const rankingPath = join(results, "atlas-kinderarmut.csv");
    await ranking.saveAs(rankingPath);
    const raw = readFileSync(rankingPath, "utf8");
    // UTF-8 with a byte-order mark, so spreadsheet programs read the umlauts.
    expect(raw.startsWith("\ufeff")).toBe(true);
    const lines = raw
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("Rang,Schlüssel,Gebiet,Wert,Einheit,Klasse,Hinweis");
    expect(lines).toHaveLength(543);
    const stueler = lines.find((line) => line.includes(",01100101,"))?.split(",");
    expect(stueler?.slice(1, 5)).toEqual(["01100101", "Stülerstraße", "19.39799", "%"]);
    expect(stueler?.[5]).toMatch(/^Klasse \d von 5$/);
    // Areas without a value keep their reason (the MSS marks 6 Planungsräume as invalid).
    expect(lines.filter((line) => line.includes("kein Wert")).length).toBeGreaterThan(0);
    // Sorted by name, as shown.
    const names = lines.slice(1).map((line) => line.split(",")[2] ?? "");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de")));
    await page.screenshot({ path: join(results, "atlas-workspace.png"), fullPage: true });

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
