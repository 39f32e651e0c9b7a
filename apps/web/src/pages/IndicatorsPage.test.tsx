import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testViewer, useViewerHandler } from "../test/accounts.ts";
import { invalidInSource, mssLicence, mssSource, smallPopulation, useExplorerHandlers } from "../test/indicators.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

/** The panel of one chart, found by its heading. */
async function chartPanel(name: string | RegExp): Promise<HTMLElement> {
  // The charts are a lazy chunk: the first import takes a while in the test environment.
  const heading = await screen.findByRole("heading", { level: 3, name }, { timeout: 5000 });
  const panel = heading.closest("section");
  if (!panel) throw new Error(`no panel around ${String(name)}`);
  return panel;
}

async function showTable(panel: HTMLElement): Promise<HTMLTableElement> {
  const user = userEvent.setup();
  await user.click(within(panel).getByRole("button", { name: "Tabelle anzeigen" }));
  expect(within(panel).getByRole("button", { name: "Tabelle ausblenden" })).toHaveAttribute("aria-expanded", "true");
  return within(panel).getAllByRole("table")[0] as HTMLTableElement;
}

/** The text of every row of a table (header included), cells joined by " | ". */
function rowTexts(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole("row")
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim()).join(" | "));
}

describe("Indikatoren: explorer", () => {
  it("lists every indicator with source and licence, and asks to choose indicators", async () => {
    useExplorerHandlers();
    renderApp("/indikatoren");

    expect(await screen.findByRole("heading", { level: 1, name: "Indikatoren" })).toBeInTheDocument();
    expect(await screen.findByText(/Wählen Sie links einen oder mehrere Indikatoren/)).toBeInTheDocument();

    // Grouped by topic, each with unit and polarity.
    const arbeit = screen.getByRole("group", { name: "Arbeit" });
    const checkbox = within(arbeit).getByRole("checkbox", { name: "Arbeitslosigkeit" });
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription("% · höher ist ungünstiger");
    expect(
      within(screen.getByRole("group", { name: "Bevölkerung" })).getByRole("checkbox"),
    ).toHaveAccessibleDescription("Personen · beschreibend (keine Wertung)");

    const catalogue = screen.getByRole("region", { name: "Alle Indikatoren mit Quelle und Lizenz" });
    const row = within(catalogue).getByRole("row", { name: /Arbeitslosigkeit/ });
    expect(row).toHaveTextContent(mssSource);
    expect(row).toHaveTextContent(mssLicence);
    expect(within(row).getByRole("link", { name: "Arbeitslosigkeit" })).toHaveAttribute(
      "href",
      "/indikatoren/mss2021.s1",
    );
    // The public reads the definitions; only planners add indicators.
    expect(screen.queryByRole("link", { name: "Indikator anlegen" })).not.toBeInTheDocument();
  });

  it("offers planners to add an indicator", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useExplorerHandlers();
    renderApp("/indikatoren");
    expect(await screen.findByRole("link", { name: "Indikator anlegen" })).toHaveAttribute("href", "/indikatoren/neu");
  });

  it("keeps indicators, areas, level and search in the URL", async () => {
    useExplorerHandlers();
    const user = userEvent.setup();
    const { router } = renderApp("/indikatoren?ind=mss2021.s1&area=01100101");

    expect(await screen.findByRole("checkbox", { name: "Arbeitslosigkeit" })).toBeChecked();
    const chosen = await screen.findByRole("list", { name: "Gewählte Gebiete" });
    expect(within(chosen).getByText("Stülerstraße")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Gewählte Indikatoren" })).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: "Kinderarmut" }));
    expect(router.state.location.search).toBe("?ind=mss2021.s1&ind=mss2021.s4&area=01100101");

    await user.type(screen.getByRole("searchbox", { name: "Gebiet suchen" }), "mehring");
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("mehring");
    await user.click(screen.getByRole("checkbox", { name: "Mehringplatz 02100102" }));
    expect(new URLSearchParams(router.state.location.search).getAll("area")).toEqual(["01100101", "02100102"]);
    expect(
      within(chosen)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Stülerstraße×", "Mehringplatz×"]);

    await user.click(within(chosen).getByRole("button", { name: "Stülerstraße entfernen" }));
    expect(new URLSearchParams(router.state.location.search).getAll("area")).toEqual(["02100102"]);

    // Another level has other areas: the choice starts afresh.
    await user.selectOptions(screen.getByRole("combobox", { name: "Ebene" }), "Bezirke");
    expect(router.state.location.search).toBe("?ind=mss2021.s1&ind=mss2021.s4&level=BEZIRK");
    expect(await screen.findByText("Noch keine Gebiete gewählt (bis zu 6).")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Mitte 01" })).not.toBeChecked();

    // Back restores the previous view.
    await router.navigate(-1);
    expect(await screen.findByRole("list", { name: "Gewählte Gebiete" })).toHaveTextContent("Mehringplatz");
  });
});

describe("Indikatoren: time series", () => {
  it("shows the values of a single Stichtag as points, says so, and uses the median where Berlin cannot be computed", async () => {
    useExplorerHandlers();
    renderApp("/indikatoren?ind=mss2021.s1&area=01100101&area=01100102&area=02100102");

    const panel = await chartPanel("Arbeitslosigkeit (%)");
    expect(
      await within(panel).findByText(
        "Nur ein Stichtag vorhanden (31.12.2020): Die Werte erscheinen als Punkte. Eine Entwicklung wird sichtbar, sobald weitere Stichtage importiert sind.",
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText("Berlin: nicht aus Anteilen berechenbar – als Bezug dient der Median der Planungsräume."),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(
        "Mitte: nicht aus Anteilen berechenbar – als Bezug dient der Median der Planungsräume in Mitte.",
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText("1 Wert fehlt oder ist nicht berechenbar und ist nicht dargestellt – siehe Tabelle."),
    ).toBeInTheDocument();
    expect(within(panel).getByRole("img", { name: /^Liniendiagramm Arbeitslosigkeit \(%\)/ })).toBeInTheDocument();

    const table = await showTable(panel);
    expect(rowTexts(table)).toEqual([
      "Stichtag | Stülerstraße | Großer Tiergarten | Mehringplatz | Median der Planungsräume | Median der Planungsräume in Mitte | Median der Planungsräume in Friedrichshain-Kreuzberg",
      // Median of 3,25 · 5,1 · 7,5 · 9 · 12,4; in Mitte of 3,25 · 7,5; in Friedrichshain-Kreuzberg of 5,1 · 9 · 12,4.
      `31.12.2020 | 3,25 | keine Angabe: ${invalidInSource} | 12,40 | 7,50 | 5,38 | 9,00`,
    ]);
  });

  it("draws a line per area over several Stichtage and leaves protected values out with a note", async () => {
    useExplorerHandlers();
    renderApp("/indikatoren?ind=mss2021.s4&area=01100101&area=01100102");

    const panel = await chartPanel("Kinderarmut (%)");
    expect(
      await within(panel).findByText("1 Wert ist geschützt (Geheimhaltung) und nicht dargestellt – siehe Tabelle."),
    ).toBeInTheDocument();
    expect(within(panel).queryByText(/Nur ein Stichtag/)).not.toBeInTheDocument();
    // Two areas and three reference lines (Berlin, Mitte … as medians).
    await waitFor(() => expect(panel.querySelectorAll(".recharts-line").length).toBe(4));

    const table = await showTable(panel);
    expect(rowTexts(table)).toEqual([
      "Stichtag | Stülerstraße | Großer Tiergarten | Median der Planungsräume | Median der Planungsräume in Mitte",
      "31.12.2018 | 22,75 | 30,50 | 33,75 | 30,50",
      `31.12.2020 | 20,50 | geschützt: ${smallPopulation} | 35,20 | 27,85`,
    ]);
  });

  it("shows loading, error with retry, and an indicator without values", async () => {
    const options: { observations: Record<string, "error" | "never"> } = {
      observations: { "mss2021.s1": "never", "mss2021.s4": "error" },
    };
    useExplorerHandlers(options);
    const user = userEvent.setup();
    renderApp("/indikatoren?ind=mss2021.s1&ind=mss2021.s4&ind=ew&area=01100101");

    const loading = await chartPanel("Arbeitslosigkeit (%)");
    expect(within(loading).getByRole("status")).toHaveTextContent("Daten werden geladen …");
    expect(within(loading).getByRole("button", { name: "CSV herunterladen" })).toBeDisabled();
    expect(within(loading).getByRole("button", { name: "Tabelle anzeigen" })).toBeDisabled();

    const failed = await chartPanel("Kinderarmut (%)");
    expect(await within(failed).findByRole("alert")).toHaveTextContent("Die Daten konnten nicht geladen werden.");
    options.observations = {};
    useExplorerHandlers(options);
    await user.click(within(failed).getByRole("button", { name: "Erneut versuchen" }));
    expect(await within(failed).findByRole("img", { name: /^Liniendiagramm Kinderarmut/ })).toBeInTheDocument();
    expect(within(failed).queryByRole("alert")).not.toBeInTheDocument();

    const empty = await chartPanel("Einwohnerinnen und Einwohner (Personen)");
    expect(
      await within(empty).findByText("Für „Einwohnerinnen und Einwohner“ sind noch keine Werte gespeichert."),
    ).toBeInTheDocument();
  });
});

describe("Indikatoren: CSV downloads", () => {
  let downloads: Array<{ name: string; blob: Blob }>;
  beforeEach(() => {
    downloads = [];
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:indicators-${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs[Number(this.href.split("-").pop()) - 1];
      if (blob) downloads.push({ name: this.download, blob });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  async function downloaded(panel: HTMLElement): Promise<{ name: string; lines: string[] }> {
    const user = userEvent.setup();
    await user.click(within(panel).getByRole("button", { name: "CSV herunterladen" }));
    const last = downloads.at(-1);
    if (!last) throw new Error("nothing downloaded");
    // Decoded with the byte-order mark kept: spreadsheet programs need it to read UTF-8.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await last.blob.arrayBuffer());
    return { name: last.name, lines: text.split("\n").filter(Boolean) };
  }

  it("downloads the time series with the areas, the reference lines and the reasons", async () => {
    useExplorerHandlers();
    renderApp("/indikatoren?ind=mss2021.s4&area=01100101&area=01100102");
    const panel = await chartPanel("Kinderarmut (%)");
    await within(panel).findByText(/1 Wert ist geschützt/);

    const file = await downloaded(panel);
    expect(file.name).toBe("zeitreihe_mss2021.s4_planungsraum.csv");
    expect(file.lines).toEqual([
      "\ufeffIndikator,Stichtag,Schlüssel,Gebiet,Wert,Einheit,Hinweis",
      "mss2021.s4,2018-12-31,01100101,Stülerstraße,22.75,%,",
      "mss2021.s4,2018-12-31,01100102,Großer Tiergarten,30.5,%,",
      "mss2021.s4,2018-12-31,11000000,Median der Planungsräume,33.75,%,Median (Berlin: nicht aus Anteilen berechenbar)",
      "mss2021.s4,2018-12-31,01,Median der Planungsräume in Mitte,30.5,%,Median (Mitte: nicht aus Anteilen berechenbar)",
      "mss2021.s4,2020-12-31,01100101,Stülerstraße,20.5,%,",
      `mss2021.s4,2020-12-31,01100102,Großer Tiergarten,,%,geschützt: ${smallPopulation}`,
      "mss2021.s4,2020-12-31,11000000,Median der Planungsräume,35.2,%,Median (Berlin: nicht aus Anteilen berechenbar)",
      "mss2021.s4,2020-12-31,01,Median der Planungsräume in Mitte,27.85,%,Median (Mitte: nicht aus Anteilen berechenbar)",
    ]);
  });

  it("shows the distribution over all areas with the chosen ones marked, as chart, table and CSV", async () => {
    useExplorerHandlers();
    renderApp("/indikatoren?ind=mss2021.s1&area=01100101&area=02100102");
    const panel = await chartPanel("Verteilung Arbeitslosigkeit (%)");
    expect(
      await within(panel).findByText("5 Gebiete mit Wert (Planungsräume, 31.12.2020), Median 7,50."),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole("img", { name: /Histogramm Arbeitslosigkeit \(%\) mit 4 Klassen/ }),
    ).toHaveAccessibleName(
      "Histogramm Arbeitslosigkeit (%) mit 4 Klassen; gewählte Gebiete: Stülerstraße, Mehringplatz.",
    );
    expect(within(panel).getByRole("combobox", { name: "Stichtag" })).toHaveDisplayValue("31.12.2020");

    await showTable(panel);
    const [bins, notShown] = within(panel).getAllByRole("table");
    expect(rowTexts(bins as HTMLElement)).toEqual([
      "Bereich (%) | Anzahl Gebiete | Gewählte Gebiete",
      "2,50 bis unter 5,00 | 1 | Stülerstraße",
      "5,00 bis unter 7,50 | 1 | ",
      "7,50 bis unter 10,00 | 2 | ",
      "10,00 bis unter 12,50 | 1 | Mehringplatz",
    ]);
    expect(rowTexts(notShown as HTMLElement)).toEqual([
      "Gebiet | Schlüssel | Warum kein Wert",
      `Großer Tiergarten | 01100102 | keine Angabe: ${invalidInSource}`,
    ]);

    const file = await downloaded(panel);
    expect(file.name).toBe("verteilung_mss2021.s1_planungsraum_2020-12-31.csv");
    expect(file.lines).toEqual([
      "\ufeffIndikator,Stichtag,Schlüssel,Gebiet,Wert,Einheit,Klasse von,Klasse bis,Gewählt,Hinweis",
      "mss2021.s1,2020-12-31,01100101,Stülerstraße,3.25,%,2.5,5,ja,",
      `mss2021.s1,2020-12-31,01100102,Großer Tiergarten,,%,,,nein,keine Angabe: ${invalidInSource}`,
      "mss2021.s1,2020-12-31,01100103,Lützowstraße,7.5,%,7.5,10,nein,",
      "mss2021.s1,2020-12-31,02100101,Askanischer Platz,5.1,%,5,7.5,nein,",
      "mss2021.s1,2020-12-31,02100102,Mehringplatz,12.4,%,10,12.5,ja,",
      "mss2021.s1,2020-12-31,02100103,Moritzplatz,9,%,7.5,10,nein,",
    ]);
  });

  it("plots two indicators with r, a table with protected values, and a CSV of both", async () => {
    useExplorerHandlers();
    const user = userEvent.setup();
    renderApp("/indikatoren?ind=mss2021.s1&ind=mss2021.s4&area=01100101");
    const panel = await chartPanel("Kinderarmut nach Arbeitslosigkeit");
    expect(
      await within(panel).findByText(
        "Korrelationskoeffizient nach Pearson: r = 0,99 (5 Gebiete mit beiden Werten, Planungsräume, 31.12.2020).",
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText("1 Wert ist geschützt (Geheimhaltung) und nicht dargestellt – siehe Tabelle."),
    ).toBeInTheDocument();
    expect(within(panel).getByRole("combobox", { name: "Waagerechte Achse (x)" })).toHaveDisplayValue(
      "Arbeitslosigkeit",
    );

    await showTable(panel);
    const table = within(panel).getByRole("table");
    expect(rowTexts(table)).toEqual([
      "Gebiet | Schlüssel | Arbeitslosigkeit (%) | Kinderarmut (%)",
      "Stülerstraße gewählt | 01100101 | 3,25 | 20,50",
      `Großer Tiergarten | 01100102 | keine Angabe: ${invalidInSource} | geschützt: ${smallPopulation}`,
      "Lützowstraße | 01100103 | 7,50 | 35,20",
      "Askanischer Platz | 02100101 | 5,10 | 28,00",
      "Mehringplatz | 02100102 | 12,40 | 61,30",
      "Moritzplatz | 02100103 | 9,00 | 44,10",
    ]);

    const file = await downloaded(panel);
    expect(file.name).toBe("streuung_mss2021.s1_mss2021.s4_planungsraum_2020-12-31.csv");
    expect(file.lines).toEqual([
      "\ufeffStichtag,Schlüssel,Gebiet,Gewählt,Arbeitslosigkeit (%),Hinweis Arbeitslosigkeit,Kinderarmut (%),Hinweis Kinderarmut",
      "2020-12-31,01100101,Stülerstraße,ja,3.25,,20.5,",
      `2020-12-31,01100102,Großer Tiergarten,nein,,keine Angabe: ${invalidInSource},,geschützt: ${smallPopulation}`,
      "2020-12-31,01100103,Lützowstraße,nein,7.5,,35.2,",
      "2020-12-31,02100101,Askanischer Platz,nein,5.1,,28,",
      "2020-12-31,02100102,Mehringplatz,nein,12.4,,61.3,",
      "2020-12-31,02100103,Moritzplatz,nein,9,,44.1,",
    ]);

    // Swapping the axes is a choice in the URL.
    await user.selectOptions(within(panel).getByRole("combobox", { name: "Waagerechte Achse (x)" }), "Kinderarmut");
    expect(await chartPanel("Arbeitslosigkeit nach Kinderarmut")).toBeInTheDocument();
  });
});

/** The profile page's own queries are not part of these tests: they get an error, not data. */
function answerOtherQueriesWithAnError() {
  server.use(graphql.operation(() => HttpResponse.json({ errors: [{ message: "not part of this test" }] })));
}

describe("Indikatoren: scatter points open the area", () => {
  it("opens the profile on click", async () => {
    answerOtherQueriesWithAnError();
    useExplorerHandlers();
    const user = userEvent.setup();
    const { router } = renderApp("/indikatoren?ind=mss2021.s1&ind=mss2021.s4&area=01100101");
    const panel = await chartPanel("Kinderarmut nach Arbeitslosigkeit");
    const plot = await within(panel).findByRole("group", { name: /^Streudiagramm Kinderarmut/ }, { timeout: 5000 });
    expect(plot).toHaveAccessibleName(
      "Streudiagramm Kinderarmut (%) nach Arbeitslosigkeit (%), 5 Punkte (Planungsräume)",
    );
    const points = within(plot).getAllByRole("link");
    expect(points.map((point) => point.getAttribute("aria-label"))).toEqual([
      "Lützowstraße (01100103): Arbeitslosigkeit 7,50, Kinderarmut 35,20",
      "Askanischer Platz (02100101): Arbeitslosigkeit 5,10, Kinderarmut 28,00",
      "Mehringplatz (02100102): Arbeitslosigkeit 12,40, Kinderarmut 61,30",
      "Moritzplatz (02100103): Arbeitslosigkeit 9,00, Kinderarmut 44,10",
      // The chosen area is drawn last, on top.
      "Stülerstraße (01100101): Arbeitslosigkeit 3,25, Kinderarmut 20,50",
    ]);

    await user.click(within(plot).getByRole("link", { name: /^Stülerstraße/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/gebiete/01100101"));
  });

  it("moves between points with the arrow keys (one tab stop) and opens one with Enter", async () => {
    answerOtherQueriesWithAnError();
    useExplorerHandlers();
    const user = userEvent.setup();
    const { router } = renderApp("/indikatoren?ind=mss2021.s1&ind=mss2021.s4&area=01100101");
    const plot = await screen.findByRole("group", { name: /^Streudiagramm Kinderarmut/ }, { timeout: 5000 });
    const stop = within(plot)
      .getAllByRole("link")
      .filter((point) => point.getAttribute("tabindex") === "0");
    // Left to right: Stülerstraße has the smallest x.
    expect(stop.map((point) => point.getAttribute("data-code"))).toEqual(["01100101"]);

    stop[0]?.focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement?.getAttribute("data-code")).toBe("02100101");
    expect(within(plot).getByRole("link", { name: /^Askanischer Platz/ })).toHaveAttribute("tabindex", "0");
    await user.keyboard("{End}");
    expect(document.activeElement?.getAttribute("data-code")).toBe("02100102");
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement?.getAttribute("data-code")).toBe("02100103");
    await user.keyboard("{Home}{ArrowRight}{Enter}");
    await waitFor(() => expect(router.state.location.pathname).toBe("/gebiete/02100101"));
  });

  it("asks for a second indicator before plotting", async () => {
    useExplorerHandlers();
    renderApp("/indikatoren?ind=mss2021.s1");
    expect(
      await screen.findByText("Wählen Sie mindestens zwei Indikatoren, um sie gegeneinander aufzutragen."),
    ).toBeInTheDocument();
  });
});
