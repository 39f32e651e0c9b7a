import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { detailOffer, useOfferDetailHandler } from "../test/directory.ts";
import { renderApp } from "../test/renderApp.tsx";

describe("Angebot (offer detail)", () => {
  beforeEach(() => {
    // Tuesday 12 May 2026, 12:30 in Berlin. Only Date is faked: timers keep running for the app.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-05-12T10:30:00Z") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows everything a citizen needs, with unknown accessibility said as such", async () => {
    useOfferDetailHandler(detailOffer());
    renderApp("/angebote/offer-1");

    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Schuldner- und Insolvenzberatung Rollberg (Beispiel)" },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Diakonisches Nachbarschaftswerk (Beispiel)", { selector: ".page-header__lead" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Dieses Angebot ist ein erfundenes Beispiel. Es gibt es nicht wirklich."),
    ).toBeInTheDocument();
    expect(screen.getByText(/Haushaltsplan, Verhandlung mit Gläubigern/)).toBeInTheDocument();

    // Contact as links a phone can dial and a mail program can open.
    expect(screen.getByRole("link", { name: "030 23125 300" })).toHaveAttribute("href", "tel:03023125300");
    expect(screen.getByRole("link", { name: "schuldner@example.org" })).toHaveAttribute(
      "href",
      "mailto:schuldner@example.org",
    );

    // Languages by name, ages, cost and social pass.
    const forWhom = screen.getByRole("region", { name: "Für wen" });
    expect(within(forWhom).getByText("Deutsch, Türkisch")).toBeInTheDocument();
    expect(within(forWhom).getByText("ab 18 Jahren")).toBeInTheDocument();
    const cost = screen.getByRole("region", { name: "Kosten" });
    expect(cost).toHaveTextContent("Ermäßigt oder kleiner Beitrag: 1 € je Termin");
    expect(cost).toHaveTextContent("Akzeptierte Sozialpässe: berlinpass");

    // Accessibility: yes, no, and "unbekannt" where nothing is known.
    const accessibility = screen.getByRole("region", { name: "Barrierefreiheit" });
    const facts = Object.fromEntries(
      within(accessibility)
        .getAllByRole("term")
        .map((term) => [term.textContent?.trim(), term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      "Stufenlos erreichbar": "ja",
      "Rollstuhlgerechtes WC": "nein",
      "Induktionsschleife (Höranlage)": "unbekannt",
      "Leichte Sprache": "unbekannt",
      "Weitere Hinweise": "Klingel für die Rampe",
    });

    // Opening hours by weekday, today (Tuesday) marked, open now.
    const hours = screen.getByRole("table", { name: "Öffnungszeiten nach Wochentag" });
    const rows = within(hours)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "Montaggeschlossen",
      "Dienstag (heute)09:00–12:00 Uhr · offene Sprechstunde",
      "Mittwochgeschlossen",
      "Donnerstag14:00–18:00 Uhr",
      "Freitaggeschlossen",
      "Samstaggeschlossen",
      "Sonntaggeschlossen",
    ]);
    expect(screen.getByText("Jetzt geöffnet")).toBeInTheDocument();

    // The place with a small map and its Planungsraum.
    expect(screen.getByRole("img", { name: /Lage von .* im Planungsraum Rollberg/ })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Planungsraum: Rollberg" })).toHaveAttribute("href", "/gebiete/08100521");

    expect(screen.getByText("Zuletzt geprüft am 02.03.2026")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Link zu diesem Angebot" })).toHaveValue(
      "http://localhost:3000/angebote/offer-1",
    );
  });

  it("says when an offer is closed now and when nothing is known about it", async () => {
    useOfferDetailHandler(
      detailOffer({
        isOpenAt: false,
        isExample: false,
        stepFree: null,
        accessibleToilet: null,
        accessibilityNote: null,
        schedules: [],
        phone: null,
        email: null,
        url: null,
        lastVerifiedAt: null,
        status: "TEMPORARILY_CLOSED",
      }),
    );
    renderApp("/angebote/offer-1");
    await screen.findByRole("heading", { level: 1 }, { timeout: 5000 });
    expect(screen.getByText("vorübergehend geschlossen")).toBeInTheDocument();
    expect(screen.getByText("Keine Öffnungszeiten angegeben. Bitte fragen Sie nach.")).toBeInTheDocument();
    expect(screen.getByText("Keine Kontaktdaten angegeben.")).toBeInTheDocument();
    expect(screen.getByText("Die Angaben wurden noch nicht geprüft.")).toBeInTheDocument();
    expect(screen.queryByText(/erfundenes Beispiel/)).not.toBeInTheDocument();
    const accessibility = screen.getByRole("region", { name: "Barrierefreiheit" });
    expect(within(accessibility).getAllByText("unbekannt")).toHaveLength(4);
  });

  it("shows a friendly page for an unknown offer", async () => {
    useOfferDetailHandler(detailOffer());
    renderApp("/angebote/gibt-es-nicht");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Angebot nicht gefunden" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/gibt es nicht oder nicht mehr/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zurück zur Suche" })).toHaveAttribute("href", "/angebote");
  });
});
