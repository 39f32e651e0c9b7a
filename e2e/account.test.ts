import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { type RunningServer, repoRoot, startServer, tempDataDir } from "./support/server.ts";

const screenshots = join(repoRoot, "test-results");

// One flow through the real server and its demo accounts: an administrator invites a new
// user, the new user accepts the invitation and is signed in.
describe("accounts in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let invitationPath = "";
  const consoleErrors: string[] = [];

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

  it("signs in as the demo administrator through the form", async () => {
    await page.goto(`${server.url}/anmelden`);
    await page.getByLabel("E-Mail-Adresse").fill("admin@example.org");
    await page.getByLabel("Passwort", { exact: true }).fill("demo-admin-2026");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("button", { name: /Demo Admin/ }).waitFor();
    await page.waitForURL(`${server.url}/`);
  });

  it("creates a user in the administration and generates an invitation link", async () => {
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Verwaltung" }).click();
    await page.waitForURL(/\/verwaltung\/benutzer$/);
    await page.getByRole("table").getByText("rat@example.org").waitFor();

    await page.getByRole("link", { name: "Benutzer anlegen" }).click();
    await page.getByLabel("E-Mail-Adresse").fill("erika.einladung@example.org");
    await page.getByLabel("Name").fill("Erika Einladung");
    await page.getByLabel("Rolle").selectOption("PROVIDER");
    await page.getByRole("searchbox", { name: "Organisation suchen" }).fill("Tafel");
    await page.getByRole("checkbox", { name: /Tafel Kiez/ }).check();
    await page.getByRole("button", { name: "Benutzer anlegen" }).click();

    await page.getByRole("heading", { level: 1, name: "Erika Einladung" }).waitFor();
    await page.getByRole("button", { name: "Einladungslink erzeugen" }).click();
    const link = page.getByRole("textbox", { name: "Einladungslink" });
    await link.waitFor();
    const url = new URL(await link.inputValue());
    expect(url.pathname).toBe("/einladung");
    expect(url.searchParams.get("token")).toMatch(/^[\w-]{40,}$/);
    invitationPath = `${url.pathname}${url.search}`;
    await page.screenshot({ path: join(screenshots, "account-invitation-link.png"), fullPage: true });
  });

  it("signs out from the account menu", async () => {
    await page.getByRole("button", { name: /Demo Admin/ }).click();
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.getByRole("link", { name: "Anmelden" }).waitFor();
    // Back on the start page (the atlas may add its view state as query parameters).
    await page.waitForURL((url) => url.pathname === "/");
    const nav = await page.getByRole("navigation", { name: "Hauptnavigation" }).textContent();
    expect(nav).not.toContain("Verwaltung");
  });

  it("lets the invited user set a password and signs them in", async () => {
    // The server builds links with PUBLIC_URL (localhost); open the same path on this origin.
    await page.goto(`${server.url}${invitationPath}`);
    await page.getByRole("heading", { level: 1, name: "Einladung annehmen" }).waitFor();
    await page.getByLabel("Neues Passwort", { exact: true }).fill("erika-hat-ein-langes-passwort");
    await page.getByLabel("Neues Passwort wiederholen").fill("erika-hat-ein-langes-passwort");
    await page.getByRole("button", { name: "Passwort festlegen und anmelden" }).click();

    await page.getByText("Willkommen, Erika Einladung!").waitFor();
    await page.getByRole("button", { name: /Erika Einladung/ }).waitFor();
    await page.screenshot({ path: join(screenshots, "account-welcome.png") });

    // A provider sees the public sections only, as the API allows.
    const nav = await page.getByRole("navigation", { name: "Hauptnavigation" }).textContent();
    expect(nav).toContain("Träger & Angebote");
    expect(nav).not.toContain("Programme");

    // The link works once.
    await page.goto(`${server.url}${invitationPath}`);
    await page.getByLabel("Neues Passwort", { exact: true }).fill("noch-ein-langes-passwort");
    await page.getByLabel("Neues Passwort wiederholen").fill("noch-ein-langes-passwort");
    await page.getByRole("button", { name: "Passwort festlegen und anmelden" }).click();
    await page.getByText("Dieser Link ist ungültig oder abgelaufen.").waitFor();
  });

  it("logged no errors (e.g. CSP violations) in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
