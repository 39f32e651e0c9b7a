import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, graphql, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AreaDetailDocument, AreaShapesDocument } from "../generated/documents/area.ts";
import {
  AtlasAggregatedValuesDocument,
  AtlasIndexDefinitionsDocument,
  AtlasIndexResultsDocument,
  AtlasIndexRunsDocument,
  AtlasIndicatorDatesDocument,
  AtlasIndicatorsDocument,
  AtlasMapValuesDocument,
  AtlasOffersDocument,
  AtlasProgrammeAreasDocument,
} from "../generated/documents/atlas.ts";
import type { AggregationStatus, AtlasIndexResultsQuery } from "../generated/graphql.ts";
import { graphqlError, testViewer, useViewerHandler } from "../test/accounts.ts";
import { type TestArea, testArea } from "../test/fixtures.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

// Five real Planungsräume of Mitte and Friedrichshain-Kreuzberg on a small grid.
const planningAreas = [
  testArea("01100101", "Stülerstraße", "PLANUNGSRAUM", 0),
  testArea("01100102", "Großer Tiergarten", "PLANUNGSRAUM", 1),
  testArea("01100103", "Lützowstraße", "PLANUNGSRAUM", 2),
  testArea("02100101", "Askanischer Platz", "PLANUNGSRAUM", 3),
  testArea("02100102", "Mehringplatz", "PLANUNGSRAUM", 4),
];
const districts = [testArea("01", "Mitte", "BEZIRK", 0), testArea("02", "Friedrichshain-Kreuzberg", "BEZIRK", 3)];
const shapesByLevel: Record<string, TestArea[]> = { PLANUNGSRAUM: planningAreas, BEZIRK: districts };

const indicator = (
  key: string,
  name: string,
  topic: string,
  unit: string,
  polarity: "HIGHER_IS_WORSE" | "HIGHER_IS_BETTER" | "NEUTRAL",
  decimals = 2,
) => ({ __typename: "Indicator" as const, id: `indicator-${key}`, key, name, topic, unit, polarity, decimals });

const indicators = [
  indicator("ew", "Einwohnerinnen und Einwohner", "Bevölkerung", "Personen", "NEUTRAL", 0),
  indicator("mss2021.s1", "Arbeitslosigkeit", "Arbeit", "%", "HIGHER_IS_WORSE"),
  indicator("mss2021.s4", "Kinderarmut", "Armut", "%", "HIGHER_IS_WORSE"),
  indicator("mss2021.ki10", "Wohndauer über 5 Jahre", "Wohnen", "%", "HIGHER_IS_BETTER"),
];

const published = { __typename: "ValueDisclosure" as const, status: "PUBLISHED" as const, reasonText: null };
const suppressed = (reasonText: string) => ({
  __typename: "ValueDisclosure" as const,
  status: "SUPPRESSED" as const,
  reasonText,
});

type Cell = number | null | { suppressed: string } | { missing: string };
const observationValues: Record<string, Record<string, Cell>> = {
  "mss2021.s4": {
    "01100101": 12.345678,
    "01100102": { suppressed: "Geheimhaltung: weniger als 300 Einwohner/innen" },
    "01100103": 45.1,
    "02100101": { missing: "ungültig (EW unter 300)" },
    "02100102": 58.72,
  },
  "mss2021.s1": { "01100101": 3.1, "01100102": 7.25, "01100103": 9.8, "02100101": 1.2, "02100102": 14.6 },
  ew: { "01100101": 4170, "01100102": 320, "01100103": 11_852, "02100101": 2210, "02100102": 6130, "01": 385_000 },
};

function mapValue(code: string, cell: Cell) {
  const base = { __typename: "MapValue" as const, areaCode: code };
  if (cell !== null && typeof cell === "object" && "suppressed" in cell) {
    return { ...base, value: null, state: "SUPPRESSED" as const, reason: cell.suppressed };
  }
  if (cell !== null && typeof cell === "object") {
    return { ...base, value: null, state: "MISSING" as const, reason: cell.missing };
  }
  return { ...base, value: cell, state: cell === null ? ("MISSING" as const) : ("VALUE" as const), reason: null };
}

const indexDefinition = {
  __typename: "IndexDefinition" as const,
  id: "definition-mss",
  key: "mss-2021",
  name: "MSS 2021",
  version: 1,
  status: {
    __typename: "IndexStatusPart" as const,
    thresholds: { __typename: "IndexStatusThresholds" as const, highBelow: -1, middleUpTo: 1, lowUpTo: 1.5 },
  },
  dynamics: {
    __typename: "IndexDynamicsPart" as const,
    thresholds: { __typename: "IndexDynamicsThresholds" as const, positiveBelow: -1, stableUpTo: 1 },
  },
};

type IndexResultNode = AtlasIndexResultsQuery["indexRun"]["results"]["edges"][number]["node"];

const indexRuns = [
  {
    __typename: "IndexRun" as const,
    id: "run-2020",
    level: "PLANUNGSRAUM" as const,
    referenceDate: "2020-12-31",
    definitionVersion: 1,
    label: null,
    definition: { __typename: "IndexDefinition" as const, id: "definition-mss" },
  },
];

function indexResult(code: string, fields: Partial<Omit<IndexResultNode, "area">>) {
  return {
    __typename: "IndexResultEdge" as const,
    node: {
      __typename: "IndexResult" as const,
      area: { __typename: "Area" as const, id: `area-${code}`, code },
      statusIndex: null,
      statusClass: null,
      statusClassNumber: null,
      dynamicsIndex: null,
      dynamicsClass: null,
      combinedCode: null,
      rank: null,
      excludedReasonText: null,
      ...fields,
    },
  };
}

const indexResults = [
  indexResult("01100101", {
    statusIndex: 0.51,
    statusClass: "MITTEL",
    statusClassNumber: 2,
    dynamicsIndex: 0.2,
    dynamicsClass: "STABIL",
    combinedCode: "2+/-",
    rank: 3,
  }),
  indexResult("01100102", { excludedReasonText: "ohne Zuordnung: weniger als 300 Einwohner/innen" }),
  indexResult("01100103", {
    statusIndex: 1.22,
    statusClass: "NIEDRIG",
    statusClassNumber: 3,
    dynamicsIndex: 1.4,
    dynamicsClass: "NEGATIV",
    combinedCode: "3-",
    rank: 2,
  }),
  indexResult("02100101", {
    statusIndex: -1.31,
    statusClass: "HOCH",
    statusClassNumber: 1,
    dynamicsIndex: -1.2,
    dynamicsClass: "POSITIV",
    combinedCode: "1+",
    rank: 4,
  }),
  indexResult("02100102", {
    statusIndex: 2.08,
    statusClass: "SEHR_NIEDRIG",
    statusClassNumber: 4,
    dynamicsIndex: 1.1,
    dynamicsClass: "NEGATIV",
    combinedCode: "4-",
    rank: 1,
  }),
];

/**
 * A GraphQL answer. The generated operation types leave out `__typename`, which Apollo asks
 * for and the API sends: built outside the typed position, the fixtures may carry it.
 */
function answer<T extends Record<string, unknown>>(data: T) {
  return HttpResponse.json<{ data: T }>({ data });
}

/** Every query the atlas asks, answered as the API would for these areas. */
function atlasHandlers({ definitions = [indexDefinition] }: { definitions?: (typeof indexDefinition)[] } = {}) {
  return [
    graphql.query(AreaShapesDocument, ({ variables }) => answer({ areas: shapesByLevel[variables.level] ?? [] })),
    graphql.query(AtlasIndicatorsDocument, () =>
      answer({
        indicators: {
          __typename: "IndicatorConnection",
          edges: indicators.map((node) => ({ __typename: "IndicatorEdge", node })),
        },
      }),
    ),
    graphql.query(AtlasIndexDefinitionsDocument, () =>
      answer({
        indexDefinitions: {
          __typename: "IndexDefinitionConnection",
          edges: definitions.map((node) => ({ __typename: "IndexDefinitionEdge", node })),
        },
      }),
    ),
    graphql.query(AtlasIndexRunsDocument, () =>
      answer({
        indexRuns: {
          __typename: "IndexRunConnection",
          edges: indexRuns.map((node) => ({ __typename: "IndexRunEdge", node })),
        },
      }),
    ),
    graphql.query(AtlasIndicatorDatesDocument, ({ variables }) =>
      answer({
        indicatorByKey: {
          __typename: "Indicator",
          id: `indicator-${variables.key}`,
          referenceDates: Object.keys(observationValues[variables.key] ?? {}).length > 0 ? ["2020-12-31"] : [],
        },
      }),
    ),
    graphql.query(AtlasMapValuesDocument, ({ variables }) =>
      answer({
        indicatorByKey: {
          __typename: "Indicator",
          id: `indicator-${variables.key}`,
          mapValues: Object.entries(observationValues[variables.key] ?? {}).map(([code, cell]) => mapValue(code, cell)),
        },
      }),
    ),
    graphql.query(AtlasAggregatedValuesDocument, ({ variables }) =>
      answer({
        aggregatedValues: (shapesByLevel[variables.level] ?? []).map((area) => {
          const residents = variables.key === "ew";
          const value = area.code === "01" ? 385_000 : 290_000;
          return {
            __typename: "AggregatedValue",
            area: { __typename: "Area", id: area.id, code: area.code },
            // Shares without counts cannot be aggregated; residents are summed.
            status: (residents ? "OK" : "COUNTS_MISSING") as AggregationStatus,
            value: residents ? value : null,
            missingPartCount: residents ? 0 : 3,
            partCount: 3,
            disclosure: published,
          };
        }),
      }),
    ),
    graphql.query(AtlasIndexResultsDocument, () =>
      answer({
        indexRun: {
          __typename: "IndexRun",
          id: "run-2020",
          results: {
            __typename: "IndexResultConnection",
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: "cursor-5" },
            edges: indexResults,
          },
        },
      }),
    ),
  ];
}

/** The map (an SVG group named after what it shows) once its name matches. */
// The first render compiles the lazy page; on a busy machine that takes longer than a second.
const patience = { timeout: 5000 };

const mapOf = (name: RegExp) =>
  waitFor(() => {
    const map = document.querySelector<HTMLElement>("svg.area-map__svg");
    expect(map).toHaveAttribute("role", "group");
    expect(map?.getAttribute("aria-label")).toMatch(name);
    return map as HTMLElement;
  }, patience);
const pathOf = (code: string) => {
  const path = document.querySelector<SVGPathElement>(`.area-map__areas path[data-code="${code}"]`);
  if (!path) throw new Error(`no path for ${code}`);
  return path;
};
const legend = () => screen.getByRole("region", { name: "Legende" });
const rankingTable = () => screen.getByRole("table", { name: /·/ });
const rowNames = () =>
  within(rankingTable())
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getByRole("rowheader").textContent);

/** Waits until the map shows the values of the layer (its fills are set) and the table has caught up. */
async function filledMap(caption: RegExp) {
  const map = await mapOf(caption);
  await waitFor(
    () => expect(map.querySelector<SVGPathElement>(".area-map__areas path")?.style.fill).toMatch(/\S/),
    patience,
  );
  await waitFor(
    () => expect(screen.getByRole("region", { name: caption })).toHaveAttribute("aria-busy", "false"),
    patience,
  );
  return map;
}

// Each test renders the whole app with 5 areas; on a shared 2-core machine that can exceed 5 s.
describe("Atlas page", { timeout: 20_000 }, () => {
  it("starts with the combined MSS classes of the newest index run, with legend and ranking", async () => {
    server.use(...atlasHandlers());
    renderApp("/");

    expect(await screen.findByRole("heading", { level: 1, name: "Atlas" }, patience)).toBeInTheDocument();
    const map = await filledMap(/MSS 2021: Status\/Dynamik/);
    expect(within(map).getAllByRole("link")).toHaveLength(5);
    await waitFor(() => expect(map.querySelectorAll(".area-map__outlines path")).toHaveLength(2));
    // Status colour with the dynamics as texture; the excluded area in its own grey.
    expect(pathOf("02100102").style.fill).toBe('url("#atlas-pattern-mss-4-NEGATIV")');
    expect(pathOf("01100102").style.fill).toBe("rgb(168, 168, 168)");

    const matrix = within(legend()).getByRole("table");
    const sehrNiedrig = within(matrix).getByRole("row", { name: /4 sehr niedrig/ });
    expect(
      within(sehrNiedrig)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["4+: 0 Gebiete", "4+/-: 0 Gebiete", "4-: 1 Gebiet"]);
    expect(within(legend()).getByText("ohne Zuordnung").closest("li")).toHaveTextContent("1 Gebiet");

    // Ranked as the run ranked them: Mehringplatz (1) … Askanischer Platz (4), the excluded area last.
    expect(rowNames()).toEqual([
      "Mehringplatz",
      "Lützowstraße",
      "Stülerstraße",
      "Askanischer Platz",
      "Großer Tiergarten",
    ]);
    expect(within(rankingTable()).getByRole("row", { name: /Großer Tiergarten/ })).toHaveTextContent(
      "ohne Zuordnung: weniger als 300 Einwohner/innen",
    );
    expect(screen.getByLabelText("Stichtag")).toHaveDisplayValue("31.12.2020");
    expect(screen.getByText("Nur ein Stichtag vorhanden")).toBeInTheDocument();
  });

  it("changes fills and legend when another indicator is chosen, and keeps the choice in the URL", async () => {
    server.use(...atlasHandlers());
    const user = userEvent.setup();
    const { router } = renderApp("/?indikator=mss2021.s4");

    await filledMap(/Kinderarmut · Planungsräume · Stichtag 31.12.2020/);
    const before = ["01100101", "01100103", "02100102"].map((code) => pathOf(code).style.fill);
    expect(new Set(before).size).toBe(3);
    expect(within(legend()).getByText("über 12,35 bis 45,10")).toBeInTheDocument();
    expect(within(legend()).getByText("Dunkel: hoher Wert – mehr Benachteiligung.")).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Indikator oder Index"), "mss2021.s1");
    await filledMap(/Arbeitslosigkeit · Planungsräume/);
    expect(router.state.location.search).toBe("?indikator=mss2021.s1");
    // Five values now: five quantile classes, Askanischer Platz (1,2 %) lightest, Mehringplatz darkest.
    await waitFor(() => expect(within(legend()).getByText("über 9,80 bis 14,60")).toBeInTheDocument());
    expect(within(legend()).queryByText("über 12,35 bis 45,10")).not.toBeInTheDocument();
    expect(pathOf("02100101").style.fill).toBe("rgb(255, 255, 204)");
    expect(pathOf("02100102").style.fill).toBe("rgb(37, 52, 148)");
    expect(pathOf("02100101").style.fill).not.toBe(before[0]);

    // A higher value is better here: the ramp flips, the lowest value is darkest.
    await user.selectOptions(screen.getByLabelText("Indikator oder Index"), "ew");
    await filledMap(/Einwohnerinnen und Einwohner · Planungsräume/);
    expect(within(legend()).getByText(/beschreibt die Bevölkerung/)).toBeInTheDocument();
  });

  it("shows protected values with their reason, never as a blank or 0", async () => {
    server.use(...atlasHandlers());
    const user = userEvent.setup();
    renderApp("/?indikator=mss2021.s4");

    const map = await filledMap(/Kinderarmut/);
    const protectedArea = within(map).getByRole("link", { name: /Großer Tiergarten/ });
    expect(protectedArea).toHaveAccessibleName(
      "Großer Tiergarten, Schlüssel 01100102, geschützt: Geheimhaltung: weniger als 300 Einwohner/innen",
    );
    expect(pathOf("01100102").style.fill).toBe('url("#atlas-pattern-suppressed")');

    await user.hover(protectedArea);
    expect(screen.getByRole("tooltip")).toHaveTextContent("geschützt: Geheimhaltung: weniger als 300 Einwohner/innen");
    await user.hover(within(map).getByRole("link", { name: /Askanischer Platz/ }));
    expect(screen.getByRole("tooltip")).toHaveTextContent("kein Wert: ungültig (EW unter 300)");
    await user.hover(within(map).getByRole("link", { name: /Mehringplatz/ }));
    const tooltip = screen.getByRole("tooltip");
    expect(tooltip).toHaveTextContent("58,72 %");
    expect(tooltip).toHaveTextContent("Klasse 3 von 3");
    expect(tooltip).toHaveTextContent("Rang 1 von 3");

    const row = within(rankingTable()).getByRole("row", { name: /Großer Tiergarten/ });
    expect(row).toHaveTextContent("geschützt: Geheimhaltung: weniger als 300 Einwohner/innen");
    expect(row).not.toHaveTextContent("0,00");
    expect(within(legend()).getByText("geschützt").closest("li")).toHaveTextContent("1 Gebiet");
    expect(within(legend()).getByText("kein Wert").closest("li")).toHaveTextContent("1 Gebiet");
  });

  it("restores level, indicator, classes and sort from the URL; shares without counts stay grey with the reason", async () => {
    server.use(...atlasHandlers());
    const { unmount } = renderApp(
      "/?ebene=BEZIRK&indikator=ew&klassen=intervalle&anzahl=3&sortierung=wert&richtung=auf",
    );

    await filledMap(/Einwohnerinnen und Einwohner · Bezirke/);
    expect(screen.getByLabelText("Ebene")).toHaveDisplayValue("Bezirk");
    expect(screen.getByLabelText("Klasseneinteilung")).toHaveDisplayValue("Gleiche Abstände");
    expect(screen.getByLabelText("Anzahl der Klassen")).toHaveDisplayValue("3");
    expect(within(legend()).getAllByText(/Klasse \d von 3/)).toHaveLength(3);
    expect(rowNames()).toEqual(["Friedrichshain-Kreuzberg", "Mitte"]);
    expect(screen.getByRole("columnheader", { name: /Wert/ })).toHaveAttribute("aria-sort", "ascending");
    expect(within(rankingTable()).getByRole("row", { name: /Mitte/ })).toHaveTextContent("385.000 Personen");
    unmount();

    renderApp("/?ebene=BEZIRK&indikator=mss2021.s4");
    const map = await filledMap(/Kinderarmut · Bezirke/);
    expect(within(map).getByRole("link", { name: /Mitte/ })).toHaveAccessibleName(
      "Mitte, Schlüssel 01, kein Wert: nicht aus Anteilen berechenbar",
    );
    expect(pathOf("01").style.fill).toBe("rgb(242, 242, 242)");
    expect(screen.getByText(/2 Gebiete bleiben grau/)).toHaveTextContent("nicht aus Anteilen berechenbar");
    expect(within(legend()).getByText("Keine Werte zum Einteilen")).toBeInTheDocument();
  });

  it("sorts the ranking by name, value and rank with the keyboard", async () => {
    server.use(...atlasHandlers());
    const user = userEvent.setup();
    const { router } = renderApp("/?indikator=mss2021.s1");
    await filledMap(/Arbeitslosigkeit/);
    expect(rowNames()).toEqual([
      "Mehringplatz",
      "Lützowstraße",
      "Großer Tiergarten",
      "Stülerstraße",
      "Askanischer Platz",
    ]);
    expect(screen.getByRole("columnheader", { name: /Rang/ })).toHaveAttribute("aria-sort", "ascending");

    const nameButton = within(screen.getByRole("columnheader", { name: /Gebiet/ })).getByRole("button");
    act(() => nameButton.focus());
    await user.keyboard("{Enter}");
    expect(rowNames()).toEqual([
      "Askanischer Platz",
      "Großer Tiergarten",
      "Lützowstraße",
      "Mehringplatz",
      "Stülerstraße",
    ]);
    expect(screen.getByRole("columnheader", { name: /Gebiet/ })).toHaveAttribute("aria-sort", "ascending");
    expect(router.state.location.search).toContain("sortierung=name");
    await user.keyboard("{Enter}");
    expect(rowNames()[0]).toBe("Stülerstraße");
    expect(screen.getByRole("columnheader", { name: /Gebiet/ })).toHaveAttribute("aria-sort", "descending");

    await user.click(within(screen.getByRole("columnheader", { name: /Wert/ })).getByRole("button"));
    expect(rowNames()).toEqual([
      "Mehringplatz",
      "Lützowstraße",
      "Großer Tiergarten",
      "Stülerstraße",
      "Askanischer Platz",
    ]);
    expect(screen.getByRole("columnheader", { name: /Wert/ })).toHaveAttribute("aria-sort", "descending");
    expect(screen.getByRole("columnheader", { name: /Rang/ })).toHaveAttribute("aria-sort", "none");
  });

  describe("CSV download", () => {
    let blobs: Blob[];
    beforeEach(() => {
      blobs = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return "blob:atlas";
      });
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    });
    afterEach(() => vi.restoreAllMocks());

    it("downloads the rows as shown, values at full precision, reasons included", async () => {
      server.use(...atlasHandlers());
      const user = userEvent.setup();
      renderApp("/?indikator=mss2021.s4&sortierung=name");
      await filledMap(/Kinderarmut/);

      await user.click(screen.getByRole("button", { name: "CSV herunterladen" }));
      await waitFor(() => expect(blobs).toHaveLength(1));
      const bytes = await blobs[0]?.arrayBuffer();
      // Kept with its byte-order mark, so spreadsheet programs read the umlauts as UTF-8.
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.split("\n").filter(Boolean)).toEqual([
        "\ufeffRang,Schlüssel,Gebiet,Wert,Einheit,Klasse,Hinweis",
        ",02100101,Askanischer Platz,,%,,kein Wert: ungültig (EW unter 300)",
        ",01100102,Großer Tiergarten,,%,,geschützt: Geheimhaltung: weniger als 300 Einwohner/innen",
        "2,01100103,Lützowstraße,45.1,%,Klasse 2 von 3,",
        "1,02100102,Mehringplatz,58.72,%,Klasse 3 von 3,",
        "3,01100101,Stülerstraße,12.345678,%,Klasse 1 von 3,",
      ]);
    });
  });

  it("outlines funding areas for council staff only and shows offers as focusable points", async () => {
    const programmes = graphql.query(AtlasProgrammeAreasDocument, () =>
      answer({
        programmes: {
          __typename: "ProgrammeConnection",
          edges: [
            {
              __typename: "ProgrammeEdge",
              node: {
                __typename: "Programme",
                id: "programme-1",
                name: "Quartiersmanagement Mehringplatz (Beispiel)",
                areas: planningAreas.slice(4).map((area) => ({ ...area, level: "PLANUNGSRAUM" as const })),
              },
            },
          ],
        },
      }),
    );
    const offers = graphql.query(AtlasOffersDocument, () =>
      answer({
        offers: {
          __typename: "OfferConnection",
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: [
            {
              __typename: "OfferEdge",
              node: {
                __typename: "Offer",
                id: "offer-1",
                name: "Familienzentrum am Mehringplatz (Beispiel)",
                locations: [
                  {
                    __typename: "OfferLocation",
                    id: "location-1",
                    name: "Familienzentrum",
                    street: "Mehringplatz 7",
                    latitude: 52.505,
                    longitude: 13.345,
                    area: { __typename: "Area", id: "area-02100102", code: "02100102", name: "Mehringplatz" },
                  },
                ],
              },
            },
          ],
        },
      }),
    );
    server.use(...atlasHandlers(), programmes, offers);
    const publicView = renderApp("/?programme=1");
    await filledMap(/MSS 2021/);
    expect(screen.queryByLabelText("Fördergebiete der Programme umranden")).not.toBeInTheDocument();
    expect(document.querySelector(".atlas-programmes")).toBeNull();
    publicView.unmount();

    useViewerHandler(testViewer("VIEWER"));
    const user = userEvent.setup();
    const { router } = renderApp("/");
    await filledMap(/MSS 2021/);
    await user.click(await screen.findByLabelText("Fördergebiete der Programme umranden"));
    await user.click(screen.getByLabelText("Angebote als Punkte zeigen"));
    expect(router.state.location.search).toBe("?programme=1&angebote=1");
    await waitFor(() => expect(document.querySelectorAll(".atlas-programmes path")).toHaveLength(1));
    expect(within(legend()).getByText(/Fördergebiet \(1 Gebiet aus 1 Programmen\)/)).toBeInTheDocument();

    const point = await screen.findByRole("link", { name: /Angebot: Familienzentrum am Mehringplatz/ });
    act(() => point.focus());
    expect(screen.getByRole("tooltip")).toHaveTextContent("Familienzentrum am Mehringplatz (Beispiel)");
    expect(screen.getByRole("tooltip")).toHaveTextContent("im Gebiet Mehringplatz");
    expect(within(legend()).getByText("Angebot (1 Standort)")).toBeInTheDocument();
    await user.keyboard("{Enter}");
    expect(router.state.location.pathname).toBe("/gebiete/02100102");
  });

  it("opens the area profile on click and with Enter", async () => {
    server.use(
      ...atlasHandlers(),
      graphql.query(AreaDetailDocument, ({ variables }) => {
        const area = planningAreas.find((candidate) => candidate.code === variables.code);
        if (!area) return graphqlError("NOT_FOUND", "not found");
        return answer({ area: { ...area, ancestors: [], children: [] } });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/?indikator=mss2021.s4");
    const map = await filledMap(/Kinderarmut/);

    const area = within(map).getByRole("link", { name: /Lützowstraße/ });
    act(() => area.focus());
    expect(screen.getByRole("tooltip")).toHaveTextContent("45,10 %");
    await user.keyboard("{Enter}");
    expect(router.state.location.pathname).toBe("/gebiete/01100103");

    await act(async () => {
      await router.navigate("/?indikator=mss2021.s4");
    });
    await user.click(within(await filledMap(/Kinderarmut/)).getByRole("link", { name: /Großer Tiergarten/ }));
    expect(router.state.location.pathname).toBe("/gebiete/01100102");
  });

  it("shows the error state on a GraphQL error and recovers on retry", async () => {
    let fail = true;
    // MSW uses the first matching handler: the failing one goes first.
    server.use(
      graphql.query(AreaShapesDocument, ({ variables }) =>
        fail
          ? HttpResponse.json({
              errors: [{ message: "database unavailable", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
            })
          : answer({ areas: shapesByLevel[variables.level] ?? [] }),
      ),
      ...atlasHandlers(),
    );
    const user = userEvent.setup();
    renderApp("/");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Die Daten konnten nicht geladen werden.");
    expect(alert).toHaveTextContent("database unavailable");
    expect(document.querySelector(".area-map")).toBeNull();

    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(within(await filledMap(/MSS 2021/)).getAllByRole("link")).toHaveLength(5);
  });

  it("explains an empty map and a level without index runs instead of drawing nothing", async () => {
    server.use(
      graphql.query(AreaShapesDocument, () => answer({ areas: [] })),
      ...atlasHandlers(),
    );
    const { unmount } = renderApp("/?indikator=mss2021.s4");
    expect(await screen.findByText(/Es sind noch keine Planungsräume mit Grenzen vorhanden/)).toBeInTheDocument();
    unmount();

    server.use(...atlasHandlers());
    renderApp("/?ebene=BEZIRK&indikator=index:mss-2021:status");
    expect(
      await screen.findByText(/„MSS 2021: Status-Index“ gibt es auf der Ebene Bezirke keinen gespeicherten Lauf/),
    ).toBeInTheDocument();
  });

  it("shows a loading state while the map data is on its way", async () => {
    server.use(
      graphql.query(AreaShapesDocument, async () => {
        await delay("infinite");
        return answer({ areas: [] });
      }),
      ...atlasHandlers(),
    );
    renderApp("/");
    expect(await screen.findByText("Daten werden geladen …")).toBeInTheDocument();
  });
});
