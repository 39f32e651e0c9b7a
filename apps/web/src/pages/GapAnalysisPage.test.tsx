import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { graphqlError, testViewer, useViewerHandler } from "../test/accounts.ts";
import { serveGapApi } from "../test/gaps.ts";
import { renderApp } from "../test/renderApp.tsx";

/** The rows of the ranked list (without the header row). */
function tableRows(): HTMLElement[] {
  return within(screen.getByRole("table", { name: /Bedarfslücken · / }))
    .getAllByRole("row")
    .slice(1);
}

/** The ranked list's areas, in the order shown. */
function tableAreas(): string[] {
  return tableRows().map((row) => within(row).getByRole("rowheader").querySelector("a")?.textContent ?? "");
}

/** Opens the page as a planner (the viewer handler is set by the test) with the fixtures' API. */
async function openAsPlanner(path = "/bedarfsluecken") {
  const handlers = serveGapApi();
  const user = userEvent.setup();
  const view = renderApp(path);
  await screen.findByRole("table", { name: /Bedarfslücken · Planungsräume/ });
  return { ...view, handlers, user };
}

describe("GapAnalysisPage", () => {
  it("sends the public to the sign-in page and tells council staff they may not use it", async () => {
    const viewer = useViewerHandler(null);
    serveGapApi();
    const { router } = renderApp("/bedarfsluecken?ebene=BEZIRK");
    await waitFor(() => expect(router.state.location.pathname).toBe("/anmelden"));

    viewer.set(testViewer("VIEWER"));
    renderApp("/bedarfsluecken");
    expect(await screen.findByRole("heading", { name: "Keine Berechtigung" })).toBeInTheDocument();
  });

  it("asks with the defaults (newest index run of the level) and lists the gaps by rank with findings", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const { handlers } = await openAsPlanner();
    expect(handlers.inputs[0]).toEqual({
      level: "PLANUNGSRAUM",
      supplyMeasure: "OFFERS",
      populationIndicatorKey: "ew",
      per: 10000,
      radiusKm: 1,
      needIndexRunId: "run-2021",
    });
    expect(screen.getByRole("heading", { level: 1, name: "Bedarfslücken" })).toBeInTheDocument();
    expect(tableAreas()).toEqual(["Lützowstraße", "Stülerstraße", "Großer Tiergarten", "Körnerstraße"]);
    const first = tableRows()[0];
    if (!first) throw new Error("no row");
    const cells = within(first)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    // Rang, Zielbevölkerung, Angebot, je 10.000, Bedarf, Lücke, Befunde
    expect(cells).toEqual([
      "1",
      "2.000",
      "0,50",
      "2,50",
      "31,50",
      "0,75",
      "Lücke: Betreuungsplätze fehlen in Nordwest (Sozialraumkonferenz Mitte, 12.03.2025)",
    ]);
    expect(within(first).getByRole("link", { name: "Lützowstraße" })).toHaveAttribute("href", "/gebiete/01100103");

    // Headline figures.
    const figures = screen.getByRole("region", { name: "Kennzahlen" });
    expect(figures).toHaveTextContent("Angebote gezählt2");
    expect(figures).toHaveTextContent("Versorgung gesamt5,26 Angebote je 10.000");
    expect(figures).not.toHaveTextContent("ohne Platzzahl");

    // The map: every area with its classes in its name, the one without values hatched.
    const map = screen.getByRole("group", { name: /hoher Bedarf × geringes Angebot/ });
    expect(
      within(map).getByRole("link", { name: /Lützowstraße, Bedarf hoch, Angebot niedrig, Lücke: Rang 1 von 3/ }),
    ).toHaveStyle({
      fill: "#f3742d",
    });
    expect(
      within(map)
        .getByRole("link", { name: /Körnerstraße, ohne Klasse/ })
        .getAttribute("style"),
    ).toContain("#atlas-pattern-suppressed");
    // The legend counts the areas per cell.
    expect(screen.getByText("Bedarf hoch, Angebot niedrig: 1 Gebiete (Lücke)")).toBeInTheDocument();
    expect(screen.getByText("ohne Klasse: 1 Gebiet")).toBeInTheDocument();
  });

  it("turns the controls into the request and keeps them in the URL", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const { handlers, user, router } = await openAsPlanner();

    await user.selectOptions(screen.getByLabelText("Angebot zählen als"), "PLACES");
    await waitFor(() => expect(handlers.inputs.at(-1)?.supplyMeasure).toBe("PLACES"));
    expect(await screen.findByText("Angebote ohne Platzzahl")).toBeInTheDocument();

    await user.click(screen.getByText("Kategorien", { selector: "summary span" }));
    await user.click(screen.getByRole("checkbox", { name: "Kita" }));
    await waitFor(() => expect(handlers.inputs.at(-1)?.categories).toEqual(["Kita"]));

    await user.selectOptions(screen.getByLabelText("Versorgung je"), "100");
    await user.selectOptions(screen.getByLabelText("Zielbevölkerung"), "ew.u6");
    await user.type(screen.getByLabelText(/Alter/), "4");
    await user.selectOptions(screen.getByLabelText("Bedarf"), "mss2021.s4");
    const radius = screen.getByRole("spinbutton", { name: /Einzugsradius/ });
    await user.clear(radius);
    await user.type(radius, "2.5");
    await waitFor(() => expect(handlers.inputs.at(-1)?.radiusKm).toBe(2.5));
    expect(handlers.inputs.at(-1)).toEqual({
      level: "PLANUNGSRAUM",
      supplyMeasure: "PLACES",
      populationIndicatorKey: "ew.u6",
      per: 100,
      radiusKm: 2.5,
      categories: ["Kita"],
      age: 4,
      needIndicatorKey: "mss2021.s4",
    });
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({
      angebot: "plaetze",
      kategorie: "Kita",
      je: "100",
      bevoelkerung: "ew.u6",
      alter: "4",
      bedarf: "mss2021.s4",
      radius: "2.5",
    });

    // A change of level drops the index run (it belongs to one level) and keeps the rest.
    await user.selectOptions(screen.getByLabelText("Ebene"), "BEZIRKSREGION");
    await waitFor(() => expect(handlers.inputs.at(-1)?.level).toBe("BEZIRKSREGION"));
    expect(handlers.inputs.at(-1)?.needIndicatorKey).toBe("mss2021.s4");
  }, 20_000);

  it("reads the settings from a link and sorts the table by a column", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const { handlers, user, router } = await openAsPlanner(
      "/bedarfsluecken?angebot=plaetze&je=1000&bedarf=mss2021.s4&radius=0.5&stichtag=2019-12-31&sortierung=name",
    );
    expect(handlers.inputs[0]).toEqual({
      level: "PLANUNGSRAUM",
      supplyMeasure: "PLACES",
      populationIndicatorKey: "ew",
      per: 1000,
      radiusKm: 0.5,
      date: "2019-12-31",
      needIndicatorKey: "mss2021.s4",
    });
    expect(tableAreas()).toEqual(["Großer Tiergarten", "Körnerstraße", "Lützowstraße", "Stülerstraße"]);

    await user.click(screen.getByRole("button", { name: /je 1\.000/ }));
    // Lowest supply rate first, areas without a rate last.
    expect(tableAreas()).toEqual(["Lützowstraße", "Stülerstraße", "Großer Tiergarten", "Körnerstraße"]);
    expect(screen.getByRole("columnheader", { name: /je 1\.000/ })).toHaveAttribute("aria-sort", "ascending");
    expect(new URLSearchParams(router.state.location.search).get("sortierung")).toBe("rate");

    await user.click(screen.getByRole("button", { name: /^Rang/ }));
    expect(tableAreas()).toEqual(["Lützowstraße", "Stülerstraße", "Großer Tiergarten", "Körnerstraße"]);
    await user.click(screen.getByRole("button", { name: /^Rang/ }));
    expect(tableAreas()).toEqual(["Großer Tiergarten", "Stülerstraße", "Lützowstraße", "Körnerstraße"]);
  });

  it("adds planned offers as a scenario, shows that nothing is saved and the change per area", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const { handlers, user } = await openAsPlanner();
    const scenario = screen.getByRole("region", { name: "Szenario: Angebot hinzufügen" });

    // Bad coordinates are field errors; nothing is asked.
    const before = handlers.inputs.length;
    await user.type(within(scenario).getByLabelText("Breitengrad"), "95");
    await user.click(within(scenario).getByRole("button", { name: "Zum Szenario hinzufügen" }));
    expect(within(scenario).getByText("Breitengrad von −90 bis 90 eingeben.")).toBeInTheDocument();
    expect(within(scenario).getByText("Längengrad von −180 bis 180 eingeben.")).toBeInTheDocument();
    expect(handlers.inputs).toHaveLength(before);

    await user.clear(within(scenario).getByLabelText("Breitengrad"));
    await user.type(within(scenario).getByLabelText("Breitengrad"), "52,515");
    await user.type(within(scenario).getByLabelText("Längengrad"), "13.325");
    await user.clear(within(scenario).getByLabelText("Plätze"));
    await user.type(within(scenario).getByLabelText("Plätze"), "40");
    await user.type(within(scenario).getByLabelText("Bezeichnung"), "Neue Kita Nord");
    await user.click(within(scenario).getByRole("button", { name: "Zum Szenario hinzufügen" }));

    await waitFor(() =>
      expect(handlers.inputs.at(-1)?.hypotheticalOffers).toEqual([
        { label: "Neue Kita Nord", latitude: 52.515, longitude: 13.325, places: 40 },
      ]),
    );
    // Announced politely (a status), next to the map.
    expect(
      screen
        .getByText("Szenario aktiv: 1 geplantes Angebot. Nichts davon wird gespeichert.")
        .closest('[role="status"]'),
    ).not.toBeNull();

    const changes = await within(scenario).findByRole("table", { name: "Veränderung durch das Szenario" });
    const row = within(changes).getByRole("row", { name: /Lützowstraße/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["2,50 → 202,50", "1 → 3", "1 → 2"]);
    // The map and table show the scenario: Lützowstraße is no longer the largest gap.
    await waitFor(() => expect(tableAreas()[0]).toBe("Stülerstraße"));

    await user.click(within(scenario).getByRole("button", { name: "Szenario verwerfen" }));
    expect(screen.queryByText(/Nichts davon wird gespeichert/)).not.toBeInTheDocument();
    await waitFor(() => expect(tableAreas()[0]).toBe("Lützowstraße"));
  }, 20_000);

  it("picks a scenario place on the map with the keyboard: Enter on an area takes its centre", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const { user, router } = await openAsPlanner();
    const scenario = screen.getByRole("region", { name: "Szenario: Angebot hinzufügen" });
    await user.click(within(scenario).getByRole("button", { name: "Ort in der Karte wählen" }));
    expect(within(scenario).getByRole("button", { name: /Klicken Sie in die Karte/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const map = screen.getByRole("group", { name: /hoher Bedarf × geringes Angebot/ });
    within(map)
      .getByRole("link", { name: /^Stülerstraße/ })
      .focus();
    await user.keyboard("{Enter}");
    // Stülerstraße is the cell 13.30–13.31 °E, 52.50–52.51 °N of the test grid; the page stays.
    expect(Number(within(scenario).getByLabelText<HTMLInputElement>("Längengrad").value)).toBeCloseTo(13.305, 3);
    expect(Number(within(scenario).getByLabelText<HTMLInputElement>("Breitengrad").value)).toBeCloseTo(52.505, 3);
    expect(router.state.location.pathname).toBe("/bedarfsluecken");
    expect(within(scenario).getByRole("button", { name: "Ort in der Karte wählen" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("explains a missing permission of the API and offers no half result", async () => {
    useViewerHandler(testViewer("PLANNER"));
    serveGapApi(() => graphqlError("FORBIDDEN", "Not allowed"));
    renderApp("/bedarfsluecken");
    expect(await screen.findByText("Für diese Daten fehlt Ihnen die Berechtigung.")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: /Bedarfslücken · / })).not.toBeInTheDocument();
  });

  it("names the setting the API refuses and keeps the baseline when a scenario fails", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const invalid = (field: string, message: string) =>
      graphqlError("BAD_USER_INPUT", `Invalid input — ${field}: ${message}`, { fieldErrors: [{ field, message }] });
    serveGapApi((input) => {
      if (input.level === "BEZIRK") return invalid("date", "no Stichtag has values of ew for areas of level BEZIRK");
      if (input.hypotheticalOffers) return invalid("hypotheticalOffers.0.latitude", "outside the city");
      return undefined;
    });
    const user = userEvent.setup();
    renderApp("/bedarfsluecken?ebene=BEZIRK");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Mit diesen Einstellungen lässt sich die Analyse nicht rechnen.");
    expect(alert).toHaveTextContent("Stichtag: no Stichtag has values of ew for areas of level BEZIRK");

    // The controls stay, so the planner can choose another level.
    await user.selectOptions(screen.getByLabelText("Ebene"), "PLANUNGSRAUM");
    await screen.findByRole("table", { name: /Bedarfslücken · Planungsräume/ });

    const scenario = screen.getByRole("region", { name: "Szenario: Angebot hinzufügen" });
    await user.type(within(scenario).getByLabelText("Breitengrad"), "10");
    await user.type(within(scenario).getByLabelText("Längengrad"), "10");
    await user.click(within(scenario).getByRole("button", { name: "Zum Szenario hinzufügen" }));
    expect(await within(scenario).findByRole("alert")).toHaveTextContent(
      "Szenario: Angebot hinzufügen: outside the city",
    );
    expect(tableAreas()[0]).toBe("Lützowstraße");
    // The scenario can be dropped again.
    await user.click(within(scenario).getByRole("button", { name: "Szenario verwerfen" }));
    expect(within(scenario).queryByRole("alert")).not.toBeInTheDocument();
  }, 20_000);

  describe("CSV download", () => {
    let blobs: Blob[];
    beforeEach(() => {
      blobs = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return "blob:gaps";
      });
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    });
    afterEach(() => vi.restoreAllMocks());

    it("downloads the rows as shown, values at full precision, with the findings", async () => {
      useViewerHandler(testViewer("PLANNER"));
      const { user } = await openAsPlanner();
      await user.click(screen.getByRole("button", { name: "CSV herunterladen" }));
      await waitFor(() => expect(blobs).toHaveLength(1));
      expect(blobs[0]?.type).toBe("text/csv;charset=utf-8");
      const bytes = await blobs[0]?.arrayBuffer();
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.split("\n").filter(Boolean)).toEqual([
        "\ufeffRang,Schlüssel,Gebiet,Zielbevölkerung,Angebot (Anzahl Angebote),Versorgung je 10000,Angebote in Reichweite,Bedarf,Bedarfsklasse,Angebotsklasse,Lücke,Befunde",
        '1,01100103,Lützowstraße,2000,0.5,2.5,1,31.5,3,1,0.75,"Lücke: Betreuungsplätze fehlen in Nordwest (Sozialraumkonferenz Mitte, 2025-03-12)"',
        "2,01100101,Stülerstraße,1500,1,6.666666666666666,2,20.25,2,2,0.1,",
        "3,01100102,Großer Tiergarten,300,0.5,16.666666666666668,1,2.5,1,3,-0.6,",
        ",01100104,Körnerstraße,,0,,0,,,,,",
      ]);
    });
  });
});
