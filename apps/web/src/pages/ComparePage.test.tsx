import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { ProfileValuesDocument } from "../generated/documents/profile.ts";
import {
  aggregate,
  berlin,
  captureDownloads,
  distribution,
  indicators,
  mitte,
  observation,
  profileValues,
  suppressedSmallCount,
  type TestPlace,
  useProfileHandlers,
} from "../test/profile.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const plr = (code: string, name: string): TestPlace => ({ code, name, level: "PLANUNGSRAUM" });
const stuelerstrasse = plr("01100101", "Stülerstraße");
const grosserTiergarten = plr("01100102", "Großer Tiergarten");
const stralauerKiez = plr("02500835", "Stralauer Kiez");
const more = [
  plr("01100103", "Lützowstraße"),
  plr("01100104", "Körnerstraße"),
  plr("01100205", "Nördlicher Landwehrkanal"),
];
const areaIndex = [
  { ...berlin, parent: null },
  { ...mitte, parent: { name: "Berlin" } },
  ...[stuelerstrasse, grosserTiergarten, stralauerKiez, ...more].map((area) => ({
    ...area,
    parent: { name: "Mitte" },
  })),
];

/** Each area's stored values: child poverty (one protected), unemployment, length of residence, residents. */
const valuesOf: Record<string, ReturnType<typeof observation>[]> = {
  "01100101": [
    observation(indicators.s4, 19.39799),
    observation(indicators.s1, 4.22594),
    observation(indicators.ki10, 55.92),
    observation(indicators.ew, 3419),
  ],
  "01100102": [
    observation(indicators.s4, 3.1),
    observation(indicators.s1, 1.16),
    observation(indicators.ki10, 48.2),
    observation(indicators.ew, 1791),
  ],
  "02500835": [
    observation(indicators.s4, null, { disclosure: suppressedSmallCount }),
    observation(indicators.s1, 4.22),
    observation(indicators.ki10, 61.4),
    observation(indicators.ew, 5211),
  ],
};

function useCompareHandlers(options: Parameters<typeof useProfileHandlers>[0] = {}) {
  useProfileHandlers({
    areaIndex,
    values: (code) =>
      profileValues(areaIndex.find((area) => area.code === code) ?? plr(code, code), valuesOf[code] ?? [], [
        { ...berlin, observations: [observation(indicators.ew, 3_769_962)] },
        mitte,
      ]),
    distribution: distribution([
      {
        of: indicators.s4,
        values: { "01100101": 19.39799, "01100102": 3.1, "01100103": 20.5, "01100104": 31.2, x: 44 },
      },
      { of: indicators.s1, values: { "01100101": 4.22594, "01100102": 1.16, "02500835": 4.22 } },
      { of: indicators.ki10, values: { "01100101": 55.92, "01100102": 48.2, "02500835": 61.4 } },
      { of: indicators.ew, values: { "01100101": 3419, "01100102": 1791, "02500835": 5211 } },
    ]),
    references: { "mss2021.s4": { city: aggregate("OK", 21.5) } },
    ...options,
  });
}

const comparison = () => screen.findByRole("table", { name: "Vergleich der Gebiete" }, { timeout: 10_000 });
const cellsOf = (table: HTMLElement, indicator: RegExp) =>
  within(within(table).getByRole("row", { name: indicator }))
    .getAllByRole("cell")
    .map((cell) => cell.textContent);
const referencesLoaded = () =>
  waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0), { timeout: 10_000 });

beforeEach(() => sessionStorage.clear());

describe("Compare page", () => {
  it("shows the areas side by side by topic, marks the highest and lowest value and adds median and city", async () => {
    useCompareHandlers();
    renderApp("/vergleich?gebiete=01100101,01100102,02500835");

    expect(await screen.findByRole("heading", { level: 1, name: "Gebiete vergleichen" })).toBeInTheDocument();
    const table = await comparison();
    const [head] = within(table).getAllByRole("row");
    if (!head) throw new Error("table without rows");
    expect(
      within(head)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual([
      "Indikator",
      "Stülerstraße01100101",
      "Großer Tiergarten01100102",
      "Stralauer Kiez02500835",
      "Median Planungsräume",
      "Berlin",
    ]);
    expect(within(table).getAllByRole("columnheader", { name: /^(Armut|Arbeit|Wohnen|Bevölkerung)$/ })).toHaveLength(4);
    await waitFor(() => expect(cellsOf(table, /Kinderarmut/)[3]).toBe("20,50"));
    await referencesLoaded();
    expect(cellsOf(table, /Kinderarmut/)).toEqual([
      "19,40höchster Wert",
      "3,10niedrigster Wert",
      "geschützt: Geheimhaltung: weniger als 3 Fälle",
      "20,50",
      "21,50",
    ]);
    // Child poverty: more is worse, so the highest value is the unfavourable one …
    const poverty = within(table).getByRole("row", { name: /Kinderarmut/ });
    expect(within(poverty).getByText("höchster Wert").closest("td")).toHaveClass("compare-mark--unfavourable");
    // … and for length of residence more is better.
    const residence = within(table).getByRole("row", { name: /Wohndauer/ });
    expect(within(residence).getByText("höchster Wert").closest("td")).toHaveClass("compare-mark--favourable");
    // Shares without counts: no city value is invented.
    expect(cellsOf(table, /Arbeitslosigkeit/)[4]).toBe("nicht aus Anteilen berechenbar");
    expect(cellsOf(table, /Einwohnerinnen/)[4]).toBe("3.769.962");

    // The set is remembered, so "Zum Vergleich hinzufügen" on a profile extends it.
    expect(sessionStorage.getItem("sozialatlas.compare")).toBe("01100101,01100102,02500835");
  });

  it("draws a small bar chart per indicator with median and city, lazily loaded", async () => {
    useCompareHandlers();
    renderApp("/vergleich?gebiete=01100101,01100102,02500835");

    await comparison();
    const chart = await screen.findByRole("img", { name: /^Kinderarmut:/ }, { timeout: 10_000 });
    await waitFor(() =>
      expect(chart).toHaveAccessibleName(
        "Kinderarmut: Stülerstraße 19,40; Großer Tiergarten 3,10; Median 20,50; Berlin 21,50",
      ),
    );
    const figure = chart.closest("figure");
    if (!figure) throw new Error("chart without figure");
    expect(within(figure).getByText("Kinderarmut")).toBeInTheDocument();
    expect(figure).toHaveTextContent("Stralauer Kiez: geschützt: Geheimhaltung: weniger als 3 Fälle");
    expect(figure.querySelectorAll(".recharts-bar-rectangle").length).toBe(2);
  });

  it("downloads the comparison as CSV", async () => {
    useCompareHandlers();
    const user = userEvent.setup();
    const downloads = captureDownloads();
    try {
      renderApp("/vergleich?gebiete=01100101,01100102,02500835");
      const table = await comparison();
      await waitFor(() => expect(cellsOf(table, /Kinderarmut/)[3]).toBe("20,50"));
      await referencesLoaded();
      await user.click(screen.getByRole("button", { name: "Vergleich als CSV" }));

      await waitFor(() => expect(downloads.files.map((file) => file.name)).toEqual(["vergleich-2020-12-31.csv"]));
      const lines = (await downloads.files[0]?.text())
        ?.replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      expect(lines?.[0]).toBe(
        "Indikator-Schlüssel,Indikator,Thema,Einheit,Stichtag," +
          "Stülerstraße (01100101),Stülerstraße (01100101): Hinweis," +
          "Großer Tiergarten (01100102),Großer Tiergarten (01100102): Hinweis," +
          "Stralauer Kiez (02500835),Stralauer Kiez (02500835): Hinweis," +
          "Median Planungsräume,Berlin",
      );
      expect(lines).toContain(
        "mss2021.s4,Kinderarmut,Armut,%,2020-12-31,19.39799,,3.1,,,geschützt: Geheimhaltung: weniger als 3 Fälle,20.5,21.5",
      );
      expect(lines).toContain(
        "mss2021.s1,Arbeitslosigkeit,Arbeit,%,2020-12-31,4.22594,,1.16,,4.22,,4.22,nicht aus Anteilen berechenbar",
      );
      expect(lines).toContain(
        "ew,Einwohnerinnen und Einwohner,Bevölkerung,Personen,2020-12-31,3419,,1791,,5211,,3419,3769962",
      );
      expect(lines).toHaveLength(5);
    } finally {
      downloads.restore();
    }
  });

  it("opens the areas collected on profiles when the address names none", async () => {
    sessionStorage.setItem("sozialatlas.compare", "01100101,01100102");
    useCompareHandlers();
    const { router } = renderApp("/vergleich");
    await waitFor(() => expect(router.state.location.search).toBe("?gebiete=01100101,01100102"));
    expect(await comparison()).toBeInTheDocument();
  });

  it("adds areas found by name and removes them, asking for at least two", async () => {
    useCompareHandlers();
    const user = userEvent.setup();
    const { router } = renderApp("/vergleich?gebiete=01100101");

    expect(
      await screen.findByText("Noch 1 Gebiet wählen: verglichen werden mindestens 2.", {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Wählen Sie mindestens 2 Gebiete, um sie zu vergleichen/)).toBeInTheDocument();

    await user.type(screen.getByRole("searchbox", { name: "Gebiet hinzufügen: Name oder Schlüssel" }), "stral");
    expect(screen.getByText("1 Treffer")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Hinzufügen:\s*Stralauer Kiez/ }));
    expect(router.state.location.search).toBe("?gebiete=01100101,02500835");
    expect(await comparison()).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Stülerstraße aus dem Vergleich entfernen" }));
    expect(router.state.location.search).toBe("?gebiete=02500835");
    expect(await screen.findByText(/Wählen Sie mindestens 2 Gebiete/)).toBeInTheDocument();
    expect(sessionStorage.getItem("sozialatlas.compare")).toBe("02500835");
  });

  it("compares at most six areas and says so", async () => {
    useCompareHandlers();
    const user = userEvent.setup();
    const six = [stuelerstrasse, grosserTiergarten, stralauerKiez, ...more].map((area) => area.code);
    renderApp(`/vergleich?gebiete=${six.join(",")},02,11000000`);

    expect(
      await screen.findByText(
        "Es werden höchstens 6 Gebiete verglichen; 2 weitere Gebiete aus der Adresse wurden weggelassen.",
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        "Es sind 6 Gebiete gewählt – mehr lassen sich nicht vergleichen. Entfernen Sie zuerst ein Gebiet.",
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "Gebiet hinzufügen: Name oder Schlüssel" }), "mitte");
    expect(screen.getByRole("button", { name: /Hinzufügen:\s*Mitte/ })).toBeDisabled();
  });

  it("names unknown codes instead of silently dropping them", async () => {
    useCompareHandlers();
    renderApp("/vergleich?gebiete=01100101,99999999,01100102");
    expect(
      await screen.findByText(
        "Unbekannter Gebietsschlüssel: 99999999. Er wird nicht verglichen.",
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const [head] = within(await comparison()).getAllByRole("row");
    if (!head) throw new Error("table without rows");
    expect(within(head).getAllByRole("columnheader")).toHaveLength(5);
  });

  it("shows an error with retry when values cannot be loaded", async () => {
    useCompareHandlers();
    let fail = true;
    server.use(
      graphql.query(ProfileValuesDocument, ({ variables }) =>
        fail
          ? HttpResponse.json({ errors: [{ message: "database unavailable" }] })
          : HttpResponse.json({
              data: profileValues(plr(variables.code, variables.code), valuesOf[variables.code] ?? [], [berlin, mitte]),
            }),
      ),
    );
    const user = userEvent.setup();
    renderApp("/vergleich?gebiete=01100101,01100102");

    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent("Die Daten konnten nicht geladen werden.");
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(await comparison()).toBeInTheDocument();
  });

  it("says when the chosen areas have no values", async () => {
    useCompareHandlers({ values: (code) => profileValues(plr(code, code), [], [berlin, mitte]) });
    renderApp("/vergleich?gebiete=01100103,01100104");
    expect(
      await screen.findByText("Für die gewählten Gebiete sind keine Werte gespeichert.", {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
