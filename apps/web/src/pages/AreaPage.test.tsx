import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { AreaDetailDocument } from "../generated/documents/area.ts";
import { ProfileSimilarAreasDocument, ProfileValuesDocument } from "../generated/documents/profile.ts";
import type { ProfileCouncilQuery } from "../generated/graphql.ts";
import { testViewer, useViewerHandler } from "../test/accounts.ts";
import { testArea } from "../test/fixtures.ts";
import {
  aggregate,
  berlin,
  captureDownloads,
  distribution,
  indexDefinitions,
  indexResult,
  indicators,
  mitte,
  observation,
  profileValues,
  requestCounts,
  similarAreas,
  suppressedSmallCount,
  tiergartenSued,
  useProfileHandlers,
  zentrum,
} from "../test/profile.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const mitteDetail = { ...testArea("01", "Mitte", "BEZIRK", 0), areaM2: 39_470_000 };
const stuelerstrasse = { code: "01100101", name: "Stülerstraße", level: "PLANUNGSRAUM" as const };
const stuelerDetail = {
  ...testArea(stuelerstrasse.code, stuelerstrasse.name, "PLANUNGSRAUM", 0),
  ancestors: [berlin, mitte, zentrum, tiergartenSued],
  children: [],
};
const stralauerKiez = { code: "02500835", name: "Stralauer Kiez", level: "PLANUNGSRAUM" as const };
const grosserTiergarten = { code: "01100102", name: "Großer Tiergarten", level: "PLANUNGSRAUM" as const };

/** The Stülerstraße as the API knows it: MSS values, one protected, one missing, residents. */
function stuelerValues(extra: ReturnType<typeof observation>[] = []) {
  return profileValues(
    stuelerstrasse,
    [
      observation(indicators.s1, 4.22594),
      observation(indicators.s3, null, { missingReason: "ungültig (Ausreißer)" }),
      observation(indicators.s4, 19.39799),
      observation(indicators.ki10, null, { disclosure: suppressedSmallCount }),
      observation(indicators.ew, 3419),
      ...extra,
    ],
    [
      { ...berlin, observations: [observation(indicators.ew, 3_769_962)] },
      { ...mitte },
      { ...zentrum },
      { ...tiergartenSued, observations: [observation(indicators.ew, 15_057)] },
    ],
  );
}

const planningAreaValues = {
  s1: { "01100101": 4.22594, "01100102": 1.16, "02500835": 4.22, "01100103": 6.5, "01100104": 9, "03300515": null },
  s4: { "01100101": 19.39799, "01100102": 3.1, "02500835": 20.5, "01100103": 31.2, "01100104": 44 },
  ew: { "01100101": 3419, "01100102": 1791, "02500835": 5211, "01100103": 4636, "01100104": 2573 },
};

function useStuelerHandlers(options: Parameters<typeof useProfileHandlers>[0] = {}) {
  server.use(graphql.query(AreaDetailDocument, () => HttpResponse.json({ data: { area: stuelerDetail } })));
  useProfileHandlers({
    values: () => stuelerValues(),
    distribution: distribution([
      { of: indicators.s1, values: planningAreaValues.s1 },
      { of: indicators.s4, values: planningAreaValues.s4 },
      { of: indicators.ew, values: planningAreaValues.ew },
      { of: indicators.ew, level: "BEZIRK", values: { "01": 383_360, "02": 289_762 } },
    ]),
    references: {
      "mss2021.s4": { city: aggregate("OK", 21.5) },
      ew: { parent: aggregate("OK", 15_057), city: aggregate("OK", 3_769_962) },
    },
    similar: similarAreas([stralauerKiez, grosserTiergarten]),
    ...options,
  });
}

// Generous timeouts: the first render loads the page's chunk, which takes a while on a busy machine.
const keyFigures = (topic: string) => screen.findByRole("table", { name: `Kennzahlen: ${topic}` }, { timeout: 10_000 });
/** Waits until every reference value (parent, city) has arrived. */
const referencesLoaded = () =>
  waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0), { timeout: 10_000 });

beforeEach(() => {
  sessionStorage.clear();
  useProfileHandlers();
});

describe("Gebiet page", () => {
  it("shows breadcrumbs, key facts, a map of the children and links to them", async () => {
    server.use(
      graphql.query(AreaDetailDocument, () =>
        HttpResponse.json({
          data: {
            area: {
              ...mitteDetail,
              ancestors: [berlin],
              children: [
                testArea("0110", "Zentrum", "PROGNOSERAUM", 0),
                testArea("0120", "Moabit", "PROGNOSERAUM", 1),
                testArea("0130", "Gesundbrunnen", "PROGNOSERAUM", 2),
              ],
            },
          },
        }),
      ),
    );
    useProfileHandlers({ values: () => profileValues({ code: "01", name: "Mitte", level: "BEZIRK" }, [], [berlin]) });
    renderApp("/gebiete/01");

    expect(await screen.findByRole("heading", { level: 1, name: "Mitte" }, { timeout: 10_000 })).toBeInTheDocument();
    const crumbs = screen.getByRole("navigation", { name: "Brotkrumennavigation" });
    expect(within(crumbs).getByRole("link", { name: "Gebiete" })).toHaveAttribute("href", "/gebiete?level=BEZIRK");
    expect(within(crumbs).getByRole("link", { name: "Berlin" })).toHaveAttribute("href", "/gebiete/11000000");

    const facts = screen.getByRole("region", { name: "Eckdaten" });
    expect(facts).toHaveTextContent("39,47 km²");
    expect(facts).toHaveTextContent("Bezirk");

    const map = screen.getByRole("group", { name: "Karte von Mitte mit Prognoseräume" });
    expect(
      within(map)
        .getAllByRole("link")
        .map((path) => path.getAttribute("data-code")),
    ).toEqual(["0110", "0120", "0130"]);
    expect(screen.getByRole("heading", { name: "Untergeordnete Gebiete: Prognoseräume" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("table", { name: "Prognoseräume" })).getByRole("link", { name: "Moabit" }),
    ).toHaveAttribute("href", "/gebiete/0120");
  });

  it("draws the area alone when it has no subdivisions", async () => {
    const area = { ...testArea("01100101", "Stülerstraße", "PLANUNGSRAUM", 0), ancestors: [berlin], children: [] };
    server.use(graphql.query(AreaDetailDocument, () => HttpResponse.json({ data: { area } })));
    useProfileHandlers({ values: () => profileValues(stuelerstrasse, [], [berlin]) });
    renderApp("/gebiete/01100101");

    expect(await screen.findByRole("img", { name: "Karte von Stülerstraße" }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText("Dieses Gebiet ist nicht weiter unterteilt.")).toBeInTheDocument();
  });

  it("says clearly when there is no area with the code", async () => {
    server.use(
      graphql.query(AreaDetailDocument, ({ variables }) =>
        HttpResponse.json({
          data: null,
          errors: [
            {
              message: `Area ${variables.code} not found`,
              path: ["area"],
              extensions: { code: "NOT_FOUND", entity: "Area", key: variables.code },
            },
          ],
        }),
      ),
    );
    renderApp("/gebiete/99999999");

    expect(await screen.findByRole("heading", { level: 1, name: "Gebiet nicht gefunden" })).toBeInTheDocument();
    expect(screen.getByText(/kein Gebiet mit dem Schlüssel „99999999“/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zur Gebietsliste" })).toHaveAttribute("href", "/gebiete");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("treats other errors as errors, not as a missing area", async () => {
    server.use(graphql.query(AreaDetailDocument, () => HttpResponse.json({ errors: [{ message: "boom" }] })));
    renderApp("/gebiete/01");
    expect(await screen.findByRole("alert")).toHaveTextContent("Die Daten konnten nicht geladen werden.");
  });
});

describe("District profile: key figures", () => {
  it("shows each value against the parent and the city, by topic, with protected and missing values explained", async () => {
    useStuelerHandlers();
    renderApp("/gebiete/01100101");

    expect(
      await screen.findByText("Stichtag 31.12.2020 – bisher liegt nur dieser Stichtag vor.", {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Eckdaten" })).toHaveTextContent(
      "Einwohnerinnen und Einwohner (31.12.2020)3.419",
    );

    const work = await keyFigures("Arbeit");
    expect(
      within(work)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Indikator", "Stülerstraße", "Tiergarten Süd", "Berlin", "Verteilung der Planungsräume"]);
    await referencesLoaded();
    const unemployment = within(work).getByRole("row", { name: /Arbeitslosigkeit/ });
    expect(
      within(unemployment)
        .getAllByRole("cell")
        .slice(0, 3)
        .map((cell) => cell.textContent),
    ).toEqual(["4,23", "nicht aus Anteilen berechenbar", "nicht aus Anteilen berechenbar"]);

    const poverty = await keyFigures("Armut");
    expect(within(poverty).getByRole("row", { name: /Transferbezug/ })).toHaveTextContent(
      "kein Wert: ungültig (Ausreißer)",
    );
    expect(within(poverty).getByRole("row", { name: /Kinderarmut/ })).toHaveTextContent("19,40");

    const housing = await keyFigures("Wohnen");
    expect(within(housing).getByRole("row", { name: /Wohndauer/ })).toHaveTextContent(
      "geschützt: Geheimhaltung: weniger als 3 Fälle",
    );

    // Residents: the stored values of the parent and the city.
    const population = await keyFigures("Bevölkerung");
    expect(
      within(within(population).getByRole("row", { name: /Einwohnerinnen/ }))
        .getAllByRole("cell")
        .slice(0, 3)
        .map((cell) => cell.textContent),
    ).toEqual(["3.419", "15.057", "3.769.962"]);
  });

  it("draws where the area stands among all areas of its level, with the city where the API gives a value", async () => {
    useStuelerHandlers();
    renderApp("/gebiete/01100101");

    const chart = await screen.findByRole("img", { name: /^Stülerstraße: 4,23;/ });
    expect(chart).toHaveAccessibleName(
      "Stülerstraße: 4,23; 50 % der Planungsräume haben einen niedrigeren Wert. 5 Werte der Planungsräume: Median 4,23, mittlere Hälfte 4,22 bis 6,50, Spanne 1,16 bis 9,00.",
    );
    // Shares without counts: no city or parent reference drawn.
    expect(chart.querySelector("[data-reference]")).toBeNull();

    await referencesLoaded();
    const childPoverty = screen.getByRole("img", { name: /^Stülerstraße: 19,40;/ });
    expect(childPoverty).toHaveAccessibleName(/Berlin: 21,50\.$/);
    expect(childPoverty.querySelector('[data-reference="city"]')).not.toBeNull();
    // The legend names every mark in words.
    expect(screen.getByText("mittlere Hälfte der Gebiete")).toBeInTheDocument();
    // A count (residents) is not drawn against the city's total.
    expect(screen.getByRole("img", { name: /^Stülerstraße: 3\.419;/ }).querySelector("[data-reference]")).toBeNull();
  });

  it("offers the key figures as CSV with full precision and the reasons where values are missing", async () => {
    useStuelerHandlers();
    const user = userEvent.setup();
    const downloads = captureDownloads();
    try {
      renderApp("/gebiete/01100101");
      await keyFigures("Arbeit");
      await screen.findByRole("img", { name: /^Stülerstraße: 4,23;/ });
      await referencesLoaded();
      await user.click(screen.getByRole("button", { name: "Kennzahlen als CSV" }));

      await waitFor(() =>
        expect(downloads.files.map((file) => file.name)).toEqual(["kennzahlen-01100101-2020-12-31.csv"]),
      );
      const lines = (await downloads.files[0]?.text())
        ?.replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      expect(lines?.[0]).toBe(
        "Indikator-Schlüssel,Indikator,Thema,Einheit,Stichtag,Stülerstraße (01100101),Tiergarten Süd (011001),Berlin (11000000),Anzahl Planungsräume mit Wert,Minimum,1. Quartil,Median,3. Quartil,Maximum",
      );
      expect(lines).toContain(
        "mss2021.s1,Arbeitslosigkeit,Arbeit,%,2020-12-31,4.22594,nicht aus Anteilen berechenbar,nicht aus Anteilen berechenbar,5,1.16,4.22,4.22594,6.5,9",
      );
      expect(lines).toContain(
        "mss2021.s3,Transferbezug,Armut,%,2020-12-31,kein Wert: ungültig (Ausreißer),nicht aus Anteilen berechenbar,nicht aus Anteilen berechenbar,0,,,,,",
      );
      expect(lines).toContain(
        "mss2021.ki10,Wohndauer über 5 Jahre,Wohnen,%,2020-12-31,geschützt: Geheimhaltung: weniger als 3 Fälle,nicht aus Anteilen berechenbar,nicht aus Anteilen berechenbar,0,,,,,",
      );
      expect(lines).toContain(
        "ew,Einwohnerinnen und Einwohner,Bevölkerung,Personen,2020-12-31,3419,15057,3769962,5,1791,2573,3419,4636,5211",
      );
    } finally {
      downloads.restore();
    }
  });

  it("keeps the Stichtag in the URL and shows the values of that date", async () => {
    useStuelerHandlers({
      values: () => stuelerValues([observation(indicators.s1, 5.1, { date: "2018-12-31" })]),
    });
    const user = userEvent.setup();
    const { router } = renderApp("/gebiete/01100101?stichtag=2018-12-31");

    const select = await screen.findByRole("combobox", { name: "Stichtag" });
    expect(select).toHaveValue("2018-12-31");
    expect(within(await keyFigures("Arbeit")).getByRole("row", { name: /Arbeitslosigkeit/ })).toHaveTextContent("5,10");
    expect(screen.queryByRole("table", { name: "Kennzahlen: Armut" })).not.toBeInTheDocument();

    await user.selectOptions(select, "2020-12-31");
    expect(router.state.location.search).toBe("?stichtag=2020-12-31");
    expect(within(await keyFigures("Armut")).getByRole("row", { name: /Kinderarmut/ })).toHaveTextContent("19,40");
  });

  it("shows loading, then an error with retry when the values cannot be loaded", async () => {
    useStuelerHandlers();
    let fail = true;
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      graphql.query(ProfileValuesDocument, async () => {
        await answered;
        return fail
          ? HttpResponse.json({ errors: [{ message: "database unavailable" }] })
          : HttpResponse.json({ data: stuelerValues() });
      }),
    );
    const user = userEvent.setup();
    renderApp("/gebiete/01100101");

    const loading = await screen.findByRole("region", { name: "Kennzahlen" });
    expect(within(loading).getByRole("status")).toHaveTextContent("Daten werden geladen …");
    answer();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Die Daten konnten nicht geladen werden.");
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(await keyFigures("Arbeit")).toBeInTheDocument();
  });

  it("says when an area has no values yet", async () => {
    useStuelerHandlers({
      values: () => profileValues(stuelerstrasse, [], [berlin, mitte, zentrum, tiergartenSued]),
    });
    renderApp("/gebiete/01100101");
    expect(await screen.findByText("Für dieses Gebiet sind noch keine Werte gespeichert.")).toBeInTheDocument();
  });

  it("lists the indicators without values at a higher level with the reason, never an average of shares", async () => {
    server.use(
      graphql.query(AreaDetailDocument, () =>
        HttpResponse.json({ data: { area: { ...mitteDetail, ancestors: [berlin], children: [] } } }),
      ),
    );
    useProfileHandlers({
      values: () =>
        profileValues(
          { code: "01", name: "Mitte", level: "BEZIRK" },
          [observation(indicators.ew, 383_360)],
          [{ ...berlin, observations: [observation(indicators.ew, 3_769_962)] }],
        ),
      distribution: distribution([{ of: indicators.ew, level: "BEZIRK", values: { "01": 383_360, "02": 289_762 } }]),
      indicators: [indicators.s1, indicators.ew],
    });
    const user = userEvent.setup();
    renderApp("/gebiete/01");

    // A Bezirk's parent is the city: one reference column.
    const population = await keyFigures("Bevölkerung");
    expect(
      within(population)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Indikator", "Mitte", "Berlin", "Verteilung der Bezirke"]);
    await user.click(await screen.findByText("1 weiterer Indikator ohne gespeicherte Werte auf Ebene Bezirk"));
    const others = screen.getByRole("table", { name: "Indikatoren ohne gespeicherte Werte auf dieser Ebene" });
    await waitFor(() =>
      expect(
        within(within(others).getByRole("row", { name: /Arbeitslosigkeit/ }))
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ).toEqual(["nicht aus Anteilen berechenbar", "nicht aus Anteilen berechenbar"]),
    );
  });
});

describe("District profile: index, similar areas, offers", () => {
  it("shows the index classes with rank of n and their history", async () => {
    useStuelerHandlers();
    renderApp("/gebiete/01100101");

    const card = await screen.findByRole("article", { name: "Monitoring Soziale Stadtentwicklung 2021" });
    expect(await within(card).findByText("Gesamtklasse", { selector: ".index-card__code span" })).toBeInTheDocument();
    expect(card.querySelector(".index-card__code")).toHaveTextContent("Gesamtklasse 2-");
    expect(card).toHaveTextContent("Status2 mittel");
    expect(card).toHaveTextContent("Dynamiknegativ (−)");
    expect(card).toHaveTextContent("289 von 536");
    const history = within(card).getByRole("table", { name: "Verlauf" });
    expect(within(history).getAllByRole("row")).toHaveLength(2);
    expect(card).toHaveTextContent("Bisher gibt es eine Berechnung");
  });

  it("explains an area without index class", async () => {
    useStuelerHandlers({
      indexResults: [
        indexResult({
          combinedCode: null,
          statusClass: null,
          statusClassNumber: null,
          dynamicsClass: null,
          rank: null,
          excludedReason: "POPULATION_BELOW_MINIMUM",
          excludedReasonText: "ohne Zuordnung: weniger als 300 Einwohner/innen",
        }),
      ],
    });
    renderApp("/gebiete/01100101");
    const card = await screen.findByRole("article", { name: "Monitoring Soziale Stadtentwicklung 2021" });
    expect(await within(card).findAllByText("ohne Zuordnung: weniger als 300 Einwohner/innen")).toHaveLength(2);
  });

  it("says when no index is computed for the level", async () => {
    useStuelerHandlers({ definitions: indexDefinitions(false) });
    renderApp("/gebiete/01100101");
    expect(await screen.findByText("Für Planungsräume ist noch kein Index berechnet.")).toBeInTheDocument();
  });

  it("finds similar areas on the status indicators, lets the user choose others (in the URL) and compare", async () => {
    useStuelerHandlers();
    const asked: string[][] = [];
    server.use(
      graphql.query(ProfileSimilarAreasDocument, ({ variables }) => {
        asked.push([...variables.indicatorKeys]);
        return HttpResponse.json({ data: similarAreas([stralauerKiez, grosserTiergarten]) });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/gebiete/01100101");

    const section = await screen.findByRole("region", { name: "Ähnliche Gebiete" });
    expect(await within(section).findByRole("link", { name: "Stralauer Kiez" })).toHaveAttribute(
      "href",
      "/gebiete/02500835",
    );
    // S3 has no value for the area: it cannot be compared on.
    expect(asked[0]).toEqual(["mss2021.s1", "mss2021.s4"]);
    expect(section).toHaveTextContent("bei: Arbeitslosigkeit, Kinderarmut.");
    expect(section).toHaveTextContent("Abstand 0,03");
    expect(within(section).getByRole("link", { name: "Mit diesen vergleichen" })).toHaveAttribute(
      "href",
      "/vergleich?gebiete=01100101,02500835,01100102",
    );

    await user.click(within(section).getByText("Indikatoren wählen (2 gewählt)"));
    await user.click(within(section).getByRole("checkbox", { name: "Kinderarmut" }));
    expect(router.state.location.search).toBe("?aehnlich=mss2021.s1");
    await waitFor(() => expect(asked.at(-1)).toEqual(["mss2021.s1"]));
    // The last indicator cannot be taken away.
    expect(within(section).getByRole("checkbox", { name: "Arbeitslosigkeit" })).toBeDisabled();
  });

  it("explains when similar areas cannot be computed for the chosen indicators", async () => {
    useStuelerHandlers();
    server.use(
      graphql.query(ProfileSimilarAreasDocument, () =>
        HttpResponse.json({
          data: null,
          errors: [
            {
              message: "Invalid input",
              extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ field: "areaCode", message: "has no values" }] },
            },
          ],
        }),
      ),
    );
    renderApp("/gebiete/01100101?aehnlich=mss2021.s4");
    expect(
      await screen.findByText(
        "Für diese Auswahl lassen sich keine ähnlichen Gebiete berechnen. Wählen Sie andere Indikatoren.",
      ),
    ).toBeInTheDocument();
  });

  it("lists the public offers located in the area", async () => {
    useStuelerHandlers({
      offers: {
        offers: {
          totalCount: 1,
          edges: [
            {
              node: {
                id: "offer-1",
                name: "Familienzentrum Soldiner Straße (Beispiel)",
                status: "TEMPORARILY_CLOSED",
                categories: ["Familienzentrum", "Elternberatung"],
                organisation: { id: "org-1", name: "Nachbarschaftshaus (Beispiel)" },
                locations: [
                  {
                    id: "location-1",
                    street: "Beispielweg 28",
                    postalCode: "13357",
                    city: "Berlin",
                    area: { id: "area-01100101", code: "01100101", name: "Stülerstraße" },
                  },
                ],
              },
            },
          ],
        },
      },
    });
    renderApp("/gebiete/01100101");
    const section = await screen.findByRole("region", { name: "Angebote im Gebiet" });
    expect(await within(section).findByText("Familienzentrum Soldiner Straße (Beispiel)")).toBeInTheDocument();
    expect(section).toHaveTextContent("vorübergehend geschlossen");
    expect(section).toHaveTextContent("Nachbarschaftshaus (Beispiel) · Familienzentrum, Elternberatung");
    expect(section).toHaveTextContent("Beispielweg 28, 13357 Berlin");
  });
});

describe("District profile: compare set", () => {
  it("adds the area and a similar one to the comparison, remembered for the tab", async () => {
    useStuelerHandlers();
    const user = userEvent.setup();
    renderApp("/gebiete/01100101");

    await user.click(await screen.findByRole("button", { name: "Zum Vergleich hinzufügen" }));
    expect(screen.getByText("Stülerstraße ist im Vergleich (1 von 6).")).toBeInTheDocument();
    expect(sessionStorage.getItem("sozialatlas.compare")).toBe("01100101");
    expect(screen.getByRole("button", { name: "Aus dem Vergleich entfernen" })).toBeInTheDocument();

    await user.click(await screen.findByRole("button", { name: "Zum Vergleich hinzufügen: Stralauer Kiez" }));
    expect(sessionStorage.getItem("sozialatlas.compare")).toBe("01100101,02500835");
    expect(screen.getByRole("link", { name: "Vergleich öffnen (2 Gebiete)" })).toHaveAttribute(
      "href",
      "/vergleich?gebiete=01100101,02500835",
    );
  });

  it("adds nothing when six areas are collected and says so", async () => {
    sessionStorage.setItem("sozialatlas.compare", "01,02,03,04,05,06");
    useStuelerHandlers();
    const user = userEvent.setup();
    renderApp("/gebiete/01100101");

    await user.click(await screen.findByRole("button", { name: "Zum Vergleich hinzufügen" }));
    expect(screen.getByText("Im Vergleich sind schon 6 Gebiete. Entfernen Sie dort zuerst eins.")).toBeInTheDocument();
    expect(sessionStorage.getItem("sozialatlas.compare")).toBe("01,02,03,04,05,06");
  });
});

describe("District profile: internal planning data", () => {
  const council: ProfileCouncilQuery = {
    area: {
      id: "area-01100101",
      programmes: [
        {
          id: "programme-1",
          name: "Quartiersmanagement Tiergarten Süd (Beispiel)",
          family: "SOZIALER_ZUSAMMENHALT",
          startDate: "2021-01-01",
          endDate: "2027-12-31",
          areas: [{ id: "area-011001", code: "011001", name: "Tiergarten Süd" }],
        },
      ],
      conferenceFindings: [
        {
          id: "finding-1",
          kind: "GAP",
          categoryLabel: "Kinderbetreuung",
          description: "Zu wenige Kitaplätze für Kinder unter drei Jahren.",
          area: null,
          conference: {
            id: "conference-1",
            title: "Sozialraumkonferenz Tiergarten 2021 (Beispiel)",
            date: "2021-11-17",
          },
        },
      ],
    },
  };

  it("leaves the sections out for the public and does not ask the API for them", async () => {
    useStuelerHandlers({ council });
    renderApp("/gebiete/01100101");
    await screen.findByRole("region", { name: "Angebote im Gebiet" });
    await keyFigures("Arbeit");
    expect(screen.queryByRole("heading", { name: "Förderprogramme" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Ziele und Maßnahmen" })).not.toBeInTheDocument();
    expect(requestCounts.get("ProfileCouncil")).toBeUndefined();
    expect(requestCounts.get("ProfileGoals")).toBeUndefined();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows programmes, measures of the area and its ancestors, and conference findings to council staff", async () => {
    useViewerHandler(testViewer("VIEWER"));
    useStuelerHandlers({
      council,
      goals: (code) => ({
        goals: {
          totalCount: code === "01" ? 2 : 0,
          edges:
            code === "01"
              ? [
                  {
                    node: {
                      id: "goal-1",
                      title: "Stadtteilkoordination Mitte (Beispiel)",
                      level: "MASSNAHME",
                      description: null,
                      version: {
                        id: "version-2",
                        number: 2,
                        status: "ADOPTED",
                        catalogue: {
                          id: "catalogue-1",
                          name: "Maßnahmenkatalog (Beispiel)",
                          currentVersion: { id: "version-2" },
                        },
                      },
                    },
                  },
                  {
                    node: {
                      id: "goal-old",
                      title: "Aus einer früheren Version",
                      level: "MASSNAHME",
                      description: null,
                      version: {
                        id: "version-1",
                        number: 1,
                        status: "ADOPTED",
                        catalogue: {
                          id: "catalogue-1",
                          name: "Maßnahmenkatalog (Beispiel)",
                          currentVersion: { id: "version-2" },
                        },
                      },
                    },
                  },
                ]
              : [],
        },
      }),
    });
    renderApp("/gebiete/01100101");

    const programmes = await screen.findByRole("region", { name: "Förderprogramme" });
    expect(await within(programmes).findByText("Quartiersmanagement Tiergarten Süd (Beispiel)")).toBeInTheDocument();
    expect(programmes).toHaveTextContent("Sozialer Zusammenhalt");
    expect(programmes).toHaveTextContent("Laufzeit 01.01.2021 bis 31.12.2027");

    const measures = screen.getByRole("region", { name: "Ziele und Maßnahmen" });
    expect(await within(measures).findByText("Stadtteilkoordination Mitte (Beispiel)")).toBeInTheDocument();
    expect(within(measures).getByRole("heading", { name: "Für das übergeordnete Gebiet Mitte" })).toBeInTheDocument();
    expect(within(measures).queryByText("Aus einer früheren Version")).not.toBeInTheDocument();

    const findings = screen.getByRole("region", { name: "Erkenntnisse aus Sozialraumkonferenzen" });
    expect(findings).toHaveTextContent("Lücke");
    expect(findings).toHaveTextContent("Zu wenige Kitaplätze für Kinder unter drei Jahren.");
    expect(findings).toHaveTextContent("Sozialraumkonferenz Tiergarten 2021 (Beispiel), 17.11.2021");
  });

  it("leaves them out for providers (freie Träger), who are not council staff", async () => {
    useViewerHandler(testViewer("PROVIDER"));
    useStuelerHandlers({ council });
    renderApp("/gebiete/01100101");
    await screen.findByRole("region", { name: "Angebote im Gebiet" });
    await keyFigures("Arbeit");
    expect(screen.queryByRole("heading", { name: "Förderprogramme" })).not.toBeInTheDocument();
    expect(requestCounts.get("ProfileCouncil")).toBeUndefined();
  });
});

describe("District profile in English", () => {
  it("translates the profile and formats numbers for the locale", async () => {
    localStorage.setItem("sozialatlas.language", "en");
    const { changeLanguage } = await import("../i18n/i18n.ts");
    await changeLanguage("en");
    useStuelerHandlers();
    renderApp("/gebiete/01100101");
    const work = await screen.findByRole("table", { name: "Key figures: Arbeit" });
    await referencesLoaded();
    await waitFor(() =>
      expect(within(work).getByRole("row", { name: /Arbeitslosigkeit/ })).toHaveTextContent(
        "4.23cannot be computed from shares",
      ),
    );
    expect(screen.getByRole("button", { name: "Add to comparison" })).toBeInTheDocument();
  });
});
