// The offer workflow of issue 7 in Chromium against the real server with the demo data: a
// provider creates an offer and submits it, a planner publishes it, the public finds it with
// the right filters; a provider cannot see or change another organisation's offers (UI and API).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/browser.ts";
import { graphql, type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const screenshots = join(repoRoot, "test-results");
const slow = { timeout: 60_000 };
const providerOrganisation = "Tafel Kiez e. V. (Beispiel)";

describe("offer workflow in Chromium (provider → planner → public directory)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  // Unique per run, so the public search finds exactly this offer.
  const offerName = `Sprachcafé E2E ${Date.now().toString(36)}`;
  let offerPath = "";
  let other: { id: string; name: string; organisation: { id: string; name: string } };

  const signIn = async (email: string, password: string, name: RegExp) => {
    await page.goto(`${server.url}/anmelden`);
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("button", { name }).waitFor(slow);
  };
  const signOut = async (name: RegExp) => {
    await page.getByRole("button", { name }).click();
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.getByRole("link", { name: "Anmelden" }).waitFor(slow);
  };
  const expectAccessible = async () => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startServer({ dataDir: tempDataDir() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    // A published demo offer of an organisation the demo provider does not belong to.
    const { offers } = await graphql<{ offers: { edges: Array<{ node: typeof other }> } }>(
      server.url,
      "{ offers(first: 200) { edges { node { id name organisation { id name } } } } }",
    );
    const foreign = offers.edges
      .map((edge) => edge.node)
      .find((offer) => offer.organisation.name !== providerOrganisation);
    if (!foreign) throw new Error("the demo data has no offer of another organisation");
    other = foreign;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows a provider only their own organisation's offers", async () => {
    await signIn("traeger@example.org", "demo-traeger-2026", /Demo Träger/);
    await page.goto(`${server.url}/angebote/verwalten`);
    await page.getByRole("heading", { level: 1, name: "Angebote verwalten" }).waitFor(slow);
    // Either the table of the organisation's offers or the empty state.
    await page
      .locator(".offer-dashboard__results table, .offer-dashboard__results .state--empty")
      .first()
      .waitFor(slow);
    const organisations = await page.locator(".offer-dashboard__results tbody tr td:first-of-type").allTextContents();
    for (const organisation of organisations) expect(organisation).toBe(providerOrganisation);
    expect(await page.getByRole("link", { name: other.name, exact: true }).count()).toBe(0);
    await expectAccessible();
  });

  it("lets the provider create an offer with category, target group, location and opening hours", async () => {
    await page.getByRole("link", { name: "Neues Angebot" }).click();
    await page.getByRole("heading", { level: 1, name: "Neues Angebot" }).waitFor(slow);
    expect(await page.getByLabel("Organisation").locator("option:checked").textContent()).toBe(providerOrganisation);
    await page.getByLabel("Name", { exact: true }).fill(offerName);
    await page.getByLabel("Beschreibung").fill("Deutsch sprechen üben bei Kaffee und Kuchen, ohne Anmeldung.");
    await page.getByLabel("Kategorien").fill("Sprachkurs, Begegnung");
    await page.getByLabel("Zielgruppen").fill("Zugewanderte");
    await page.getByLabel("Sprachen").fill("de, ar");

    await page.getByRole("button", { name: "Standort hinzufügen" }).click();
    await page.getByLabel("Straße und Hausnummer").fill("Invalidenstraße 10");
    await page.getByLabel("Postleitzahl").fill("10115");
    await page.getByLabel("Ort", { exact: true }).fill("Berlin");
    // Picking on the map fills the coordinates with a point in Berlin …
    await page.getByRole("button", { name: "Auf der Karte wählen" }).click();
    const map = page.getByRole("img", { name: "Karte der Bezirke zur Wahl von Standort 1" });
    await map.waitFor(slow);
    await map.click();
    await expect
      .poll(async () => Number(await page.getByLabel("Breitengrad").inputValue()), slow)
      .toBeGreaterThan(52.3);
    expect(Number(await page.getByLabel("Breitengrad").inputValue())).toBeLessThan(52.7);
    const longitude = Number(await page.getByLabel("Längengrad").inputValue());
    expect(longitude).toBeGreaterThan(13);
    expect(longitude).toBeLessThan(13.8);
    // … and the numeric fields take exact coordinates.
    await page.getByLabel("Breitengrad").fill("52.5303");
    await page.getByLabel("Längengrad").fill("13.3791");

    await page.getByRole("button", { name: "Öffnungszeit hinzufügen" }).click();
    await page.getByLabel("Wochentag").selectOption("3");
    await page.getByLabel("Öffnet").fill("15:00");
    await page.getByLabel("Schließt").fill("18:00");
    await expectAccessible();
    await page.screenshot({ path: join(screenshots, "offer-editor.png"), fullPage: true });

    await page.getByRole("button", { name: "Angebot anlegen" }).click();
    await page.getByText(`Das Angebot „${offerName}“ ist angelegt.`).waitFor(slow);
    await page.waitForURL(/\/angebote\/[0-9a-f-]{36}\/bearbeiten$/);
    offerPath = new URL(page.url()).pathname;
    await page.getByText(/Liegt im Planungsraum /).waitFor(slow);
    await expectAccessible();
  });

  it("lets the provider submit the offer for review", async () => {
    const panel = page.getByRole("region", { name: "Prüfung und Veröffentlichung" });
    await panel.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
    await panel.getByText("Das Angebot ist zur Prüfung eingereicht.").waitFor(slow);
    await panel.getByText("Eingereicht", { exact: true }).waitFor();

    await page.goto(`${server.url}/angebote/verwalten`);
    await page.getByRole("link", { name: offerName }).waitFor(slow);
  });

  it("does not open another organisation's offer for the provider", async () => {
    await page.goto(`${server.url}/angebote/${other.id}/bearbeiten`);
    await page.getByRole("heading", { level: 1, name: "Angebot nicht gefunden" }).waitFor(slow);
    expect(await page.getByLabel("Beschreibung").count()).toBe(0);
  });

  it("refuses the provider's update of another organisation's offer in the API", async () => {
    // The browser's session cookie, sent the way the app sends requests.
    const response = await page.request.post(`${server.url}/graphql`, {
      headers: { "content-type": "application/json" },
      data: {
        query: "mutation ($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { id } }",
        variables: {
          id: other.id,
          input: {
            organisationId: other.organisation.id,
            name: "Übernommen",
            description: "Nicht erlaubt",
            cost: "FREE",
          },
        },
      },
    });
    const body = (await response.json()) as { data: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const { offer } = await graphql<{ offer: { name: string } }>(server.url, `{ offer(id: "${other.id}") { name } }`);
    expect(offer.name).toBe(other.name);
    await signOut(/Demo Träger/);
  });

  it("lets a planner publish the offer from the review tab", async () => {
    await signIn("planung@example.org", "demo-planung-2026", /Demo Sozialplanung/);
    await page.goto(`${server.url}/angebote/verwalten`);
    const reviewTab = page.getByRole("tab", { name: "Zur Prüfung" });
    await reviewTab.waitFor(slow);
    expect(await reviewTab.getAttribute("aria-selected")).toBe("true");
    await page.getByRole("link", { name: offerName }).click();
    await page.waitForURL(`${server.url}${offerPath}`);
    const panel = page.getByRole("region", { name: "Prüfung und Veröffentlichung" });
    await panel.getByRole("button", { name: "Veröffentlichen" }).click();
    await panel.getByText("Das Angebot ist veröffentlicht.").waitFor(slow);
    await expectAccessible();
    await signOut(/Demo Sozialplanung/);
  });

  it("lists the published offer in the public directory with matching filters only", async () => {
    const link = page.getByRole("link", { name: offerName });
    const noResults = page.getByText("Keine Angebote gefunden").first();
    const q = encodeURIComponent(offerName);

    await page.goto(`${server.url}/angebote?q=${q}`);
    await link.waitFor(slow);
    await page.goto(
      `${server.url}/angebote?q=${q}&kategorie=Sprachkurs&zielgruppe=Zugewanderte&kosten=FREE&sprache=ar&gebiet=01`,
    );
    await link.waitFor(slow);
    await expectAccessible();

    // Filters the offer does not meet: it costs nothing, and it is no debt counselling.
    for (const filter of ["kosten=FEE", "kategorie=Schuldnerberatung", "zielgruppe=Senioren"]) {
      await page.goto(`${server.url}/angebote?q=${q}&${filter}`);
      await noResults.waitFor(slow);
      expect(await link.count()).toBe(0);
    }
  });

  it("logged no errors in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
