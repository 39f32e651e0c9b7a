import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, graphql, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AreaShapesDocument } from "../generated/documents/area.ts";
import {
  CreateIndexDefinitionDocument,
  IndexWorkbenchClassChangesDocument,
  IndexWorkbenchComparableRunsDocument,
  IndexWorkbenchDefinitionDocument,
  IndexWorkbenchDefinitionsDocument,
  IndexWorkbenchIndicatorsDocument,
  IndexWorkbenchMethodSheetDocument,
  IndexWorkbenchResultsDocument,
  IndexWorkbenchRunDocument,
  RunIndexDocument,
  UpdateIndexDefinitionDocument,
} from "../generated/documents/social-index.ts";
import type {
  CreateIndexDefinitionMutationVariables,
  IndexChangeDirection,
  IndexDynamicsClass,
  IndexStatusClass,
  IndexWorkbenchResultsQueryVariables,
  RunIndexMutationVariables,
} from "../generated/graphql.ts";
import { changeLanguage } from "../i18n/i18n.ts";
import { graphqlError, testViewer, useViewerHandler } from "../test/accounts.ts";
import { testArea } from "../test/fixtures.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

// Realistic answers of the API for the index workbench: the published mss-2021 with two runs
// over four Planungsräume (one of them „ohne Zuordnung“), the second run's class changes.

const definitionId = "40000000-0000-4000-8000-000000000001";
const runIds = { first: "41000000-0000-4000-8000-000000000001", second: "41000000-0000-4000-8000-000000000002" };

const indicator = (key: string, name: string, unit = "%") => ({
  __typename: "IndexIndicator" as const,
  indicatorKey: key,
  weight: 1,
  polarity: "HIGHER_IS_WORSE" as const,
  indicator: { __typename: "Indicator" as const, id: `ind-${key}`, name, unit },
});

const definitionFields = {
  __typename: "IndexDefinition" as const,
  id: definitionId,
  key: "mss-2021",
  name: "Monitoring Soziale Stadtentwicklung 2021",
  description: "Index des Monitorings Soziale Stadtentwicklung Berlin 2021.",
  version: 2,
  isExample: false,
  updatedAt: "2026-03-02T09:15:00.000Z",
  status: {
    __typename: "IndexStatusPart" as const,
    indicators: [
      indicator("mss2021.s1", "Arbeitslosigkeit"),
      indicator("mss2021.s3", "Transferbezug"),
      indicator("mss2021.s4", "Kinderarmut"),
    ],
    thresholds: { __typename: "IndexStatusThresholds" as const, highBelow: -1, middleUpTo: 1, lowUpTo: 1.5 },
  },
  dynamics: {
    __typename: "IndexDynamicsPart" as const,
    indicators: [indicator("mss2021.d1", "Veränderung Arbeitslosigkeit", "Prozentpunkte")],
    thresholds: { __typename: "IndexDynamicsThresholds" as const, positiveBelow: -1, stableUpTo: 1 },
  },
  standardisation: "SAME_DATE" as const,
  baseDate: null,
  minPopulation: 300,
  excludedAreaCodes: ["01100104"],
};

const run = (id: string, version: number, createdAt: string, name = definitionFields.name, key = "mss-2021") => ({
  __typename: "IndexRun" as const,
  id,
  name,
  definitionKey: key,
  definitionVersion: version,
  level: "PLANUNGSRAUM" as const,
  referenceDate: "2020-12-31",
  validCount: 3,
  excludedCount: 1,
  label: null as string | null,
  createdAt,
});
const firstRun = run(runIds.first, 1, "2026-02-27T16:40:00.000Z");
const secondRun = run(runIds.second, 2, "2026-03-02T10:00:00.000Z");

const runsConnection = (runs: ReturnType<typeof run>[]) => ({
  __typename: "IndexRunConnection" as const,
  totalCount: runs.length,
  edges: runs.map((node) => ({ __typename: "IndexRunEdge" as const, node })),
});

const areas = [
  testArea("01100101", "Stülerstraße", "PLANUNGSRAUM", 0),
  testArea("01100102", "Großer Tiergarten", "PLANUNGSRAUM", 1),
  testArea("01100103", "Lützowstraße", "PLANUNGSRAUM", 2),
  testArea("01100104", "Körnerstraße", "PLANUNGSRAUM", 3),
];
const areaRef = (code: string) => {
  const area = areas.find((candidate) => candidate.code === code);
  return { __typename: "Area" as const, id: `area-${code}`, code, name: area?.name ?? code };
};

const result = (
  code: string,
  fields: {
    statusIndex?: number;
    statusClass?: "HOCH" | "MITTEL" | "NIEDRIG" | "SEHR_NIEDRIG";
    number?: number;
    dynamicsIndex?: number;
    dynamicsClass?: "POSITIV" | "STABIL" | "NEGATIV";
    combinedCode?: string;
    rank?: number;
    excluded?: string;
  },
) => ({
  __typename: "IndexResult" as const,
  area: areaRef(code),
  statusIndex: fields.statusIndex ?? null,
  statusClass: fields.statusClass ?? null,
  statusClassNumber: fields.number ?? null,
  dynamicsIndex: fields.dynamicsIndex ?? null,
  dynamicsClass: fields.dynamicsClass ?? null,
  combinedCode: fields.combinedCode ?? null,
  rank: fields.rank ?? null,
  excludedReason: fields.excluded ? ("EXCLUDED_BY_DEFINITION" as const) : null,
  excludedReasonText: fields.excluded ?? null,
});

const results = [
  result("01100101", {
    statusIndex: -1.234567,
    statusClass: "HOCH",
    number: 1,
    dynamicsIndex: 0.2,
    dynamicsClass: "STABIL",
    combinedCode: "1+/-",
    rank: 3,
  }),
  result("01100102", {
    statusIndex: 0.5,
    statusClass: "MITTEL",
    number: 2,
    dynamicsIndex: 1.7,
    dynamicsClass: "NEGATIV",
    combinedCode: "2-",
    rank: 2,
  }),
  result("01100103", {
    statusIndex: 2.1,
    statusClass: "SEHR_NIEDRIG",
    number: 4,
    dynamicsIndex: -1.3,
    dynamicsClass: "POSITIV",
    combinedCode: "4+",
    rank: 1,
  }),
  result("01100104", { excluded: "ohne Zuordnung: von der Definition ausgeschlossen" }),
];

const change = (
  code: string,
  status: [IndexStatusClass, IndexStatusClass],
  dynamics: [IndexDynamicsClass, IndexDynamicsClass],
  direction: IndexChangeDirection,
) => ({
  __typename: "IndexClassChange" as const,
  area: areaRef(code),
  previousStatusClass: status[0],
  currentStatusClass: status[1],
  previousDynamicsClass: dynamics[0],
  currentDynamicsClass: dynamics[1],
  statusChanged: status[0] !== status[1],
  dynamicsChanged: dynamics[0] !== dynamics[1],
  direction,
});

const changes = [
  change("01100102", ["MITTEL", "MITTEL"], ["STABIL", "NEGATIV"], "WORSE"),
  change("01100103", ["NIEDRIG", "SEHR_NIEDRIG"], ["POSITIV", "POSITIV"], "WORSE"),
];

const methodSheet = [
  "Monitoring Soziale Stadtentwicklung 2021 (mss-2021)",
  "",
  "Gültige Gebiete:",
  "  Gebiete mit mindestens 300 Einwohner/innen und Werten für alle Indikatoren.",
  "",
  "Status-Indikatoren:",
  "  - mss2021.s1 (Gewicht 1; höherer Wert = mehr Benachteiligung)",
  "",
  "Berechnung:",
  "  1. Jeder Indikator wird z-standardisiert.",
  "  2. Die z-Werte werden addiert (Statussumme).",
].join("\n");

const indicatorOptions = {
  indicators: {
    __typename: "IndicatorConnection",
    edges: [
      { key: "mss2021.s1", name: "Arbeitslosigkeit", topic: "Arbeit" },
      { key: "mss2021.s3", name: "Transferbezug", topic: "Armut" },
      { key: "mss2021.s4", name: "Kinderarmut", topic: "Armut" },
      { key: "mss2021.d1", name: "Veränderung Arbeitslosigkeit", topic: "Arbeit" },
      { key: "ew", name: "Einwohnerinnen und Einwohner", topic: "Bevölkerung" },
    ].map((indicator) => ({
      __typename: "IndicatorEdge",
      node: { __typename: "Indicator", id: `ind-${indicator.key}`, unit: "%", ...indicator },
    })),
  },
};

const definitionList = {
  indexDefinitions: {
    __typename: "IndexDefinitionConnection",
    totalCount: 1,
    edges: [
      {
        __typename: "IndexDefinitionEdge",
        node: {
          __typename: "IndexDefinition",
          id: definitionId,
          key: "mss-2021",
          name: definitionFields.name,
          version: 2,
          isExample: false,
          updatedAt: definitionFields.updatedAt,
          latestRun: {
            __typename: "IndexRun",
            id: runIds.second,
            level: "PLANUNGSRAUM" as const,
            referenceDate: "2020-12-31",
            definitionVersion: 2,
            createdAt: secondRun.createdAt,
          },
        },
      },
    ],
  },
};

interface Recorded {
  results: IndexWorkbenchResultsQueryVariables[];
  classChanges: Array<{ fromRunId: string; toRunId: string }>;
  runIndex: RunIndexMutationVariables[];
  create: CreateIndexDefinitionMutationVariables[];
}

/** The API of a workbench with mss-2021 and its two runs; results come in two pages, as with 542 areas. */
function useWorkbenchApi(options: { runs?: ReturnType<typeof run>[] } = {}) {
  const recorded: Recorded = { results: [], classChanges: [], runIndex: [], create: [] };
  let runs = options.runs ?? [secondRun, firstRun];
  server.use(
    graphql.query(IndexWorkbenchDefinitionsDocument, () => HttpResponse.json({ data: definitionList })),
    graphql.query(IndexWorkbenchDefinitionDocument, ({ variables }) =>
      variables.key === "mss-2021"
        ? HttpResponse.json({
            data: { indexDefinitionByKey: { ...definitionFields, runs: runsConnection(runs) } },
          })
        : graphqlError("NOT_FOUND", `Index definition ${variables.key} not found (available: mss-2021)`),
    ),
    graphql.query(IndexWorkbenchComparableRunsDocument, () =>
      HttpResponse.json({ data: { indexRuns: runsConnection(runs) } }),
    ),
    graphql.query(IndexWorkbenchRunDocument, ({ variables }) => {
      const current = runs.find((candidate) => candidate.id === variables.id);
      if (!current) return graphqlError("NOT_FOUND", "Index run not found");
      const index = runs.indexOf(current);
      return HttpResponse.json({
        data: {
          indexRun: {
            ...current,
            methodSheet: `${methodSheet}\n  (Lauf ${current.definitionVersion})`,
            previousRun: runs[index + 1] ?? null,
          },
        },
      });
    }),
    graphql.query(IndexWorkbenchResultsDocument, ({ variables }) => {
      recorded.results.push(variables);
      const last = variables.after === "cursor-3";
      const data = {
        indexRun: {
          __typename: "IndexRun",
          id: String(variables.id),
          results: {
            __typename: "IndexResultConnection",
            totalCount: results.length,
            pageInfo: { __typename: "PageInfo", hasNextPage: !last, endCursor: last ? "cursor-4" : "cursor-3" },
            edges: (last ? results.slice(3) : results.slice(0, 3)).map((node) => ({
              __typename: "IndexResultEdge",
              node,
            })),
          },
        },
      };
      return HttpResponse.json({ data });
    }),
    graphql.query(AreaShapesDocument, () => HttpResponse.json({ data: { areas } })),
    graphql.query(IndexWorkbenchClassChangesDocument, ({ variables }) => {
      recorded.classChanges.push({ fromRunId: String(variables.fromRunId), toRunId: String(variables.toRunId) });
      return HttpResponse.json({ data: { indexClassChanges: variables.fromRunId === runIds.first ? changes : [] } });
    }),
    graphql.query(IndexWorkbenchMethodSheetDocument, ({ variables }) => {
      const data = {
        indexDefinitionByKey: {
          __typename: "IndexDefinition",
          id: definitionId,
          version: 2,
          methodSheet: variables.locale === "EN" ? methodSheet.replace("Gültige Gebiete", "Valid areas") : methodSheet,
        },
      };
      return HttpResponse.json({ data });
    }),
    graphql.query(IndexWorkbenchIndicatorsDocument, () => HttpResponse.json({ data: indicatorOptions })),
    graphql.mutation(RunIndexDocument, ({ variables }) => {
      recorded.runIndex.push(variables);
      const created = { ...run("41000000-0000-4000-8000-000000000003", 2, "2026-03-03T08:00:00.000Z"), label: "Test" };
      runs = [created, ...runs];
      return HttpResponse.json({ data: { runIndex: created } });
    }),
  );
  return recorded;
}

const mapPath = (code: string) => {
  const path = document.querySelector<SVGPathElement>(`.area-map__areas path[data-code="${code}"]`);
  if (!path) throw new Error(`no path for ${code}`);
  return path;
};

describe("Index workbench", () => {
  it("sends the public to the sign-in page and tells council staff it is for planners", async () => {
    const viewer = useViewerHandler(null);
    const { router, unmount } = renderApp("/indizes/mss-2021");
    await waitFor(() => expect(router.state.location.pathname).toBe("/anmelden"));
    expect(router.state.location.search).toBe("?next=%2Findizes%2Fmss-2021");
    unmount();

    viewer.set(testViewer("VIEWER"));
    renderApp("/indizes");
    expect(await screen.findByRole("heading", { level: 1, name: "Keine Berechtigung" })).toBeInTheDocument();
  });

  it("lists the definitions with version and last run, with links to open and copy them", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useWorkbenchApi();
    renderApp("/indizes");
    expect(await screen.findByRole("heading", { level: 1, name: "Index-Werkstatt" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Indexdefinitionen" });
    const [header, row] = within(table).getAllByRole("row");
    expect(
      within(header as HTMLElement)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Name", "Schlüssel", "Version", "Letzter Lauf", "Aktionen"]);
    expect(row).toHaveTextContent("mss-2021");
    expect(row).toHaveTextContent("Planungsraum, Stichtag 31.12.2020 (Version 2), berechnet 02.03.2026, 10:00");
    expect(within(table).getByRole("link", { name: "Monitoring Soziale Stadtentwicklung 2021" })).toHaveAttribute(
      "href",
      "/indizes/mss-2021",
    );
    expect(
      within(table).getByRole("link", { name: "Kopie anlegen: Monitoring Soziale Stadtentwicklung 2021" }),
    ).toHaveAttribute("href", "/indizes?neu=1&vorlage=mss-2021");
  });

  it("shows loading, then an error with retry, and an empty list", async () => {
    useViewerHandler(testViewer("ADMIN"));
    let answer: "error" | "empty" = "error";
    const noDefinitions = { indexDefinitions: { __typename: "IndexDefinitionConnection", totalCount: 0, edges: [] } };
    server.use(
      graphql.query(IndexWorkbenchDefinitionsDocument, async () => {
        await delay(50);
        return answer === "error"
          ? HttpResponse.json({ errors: [{ message: "database unavailable" }] }, { status: 500 })
          : HttpResponse.json({ data: noDefinitions });
      }),
    );
    const user = userEvent.setup();
    renderApp("/indizes");
    expect(await screen.findByText("Daten werden geladen …")).toBeInTheDocument();
    expect(await screen.findByText("Die Daten konnten nicht geladen werden.")).toBeInTheDocument();
    answer = "empty";
    await user.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(await screen.findByText("Es gibt noch keine Indexdefinition.")).toBeInTheDocument();
  });

  it("shows the newest run as a map coloured by status class, its legend and the class changes", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const recorded = useWorkbenchApi();
    renderApp("/indizes/mss-2021");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Monitoring Soziale Stadtentwicklung 2021" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Schlüssel mss-2021, Version 2")).toBeInTheDocument();
    // The map is its own chunk: the first import takes a moment.
    const map = await screen.findByRole(
      "group",
      { name: "Karte: Monitoring Soziale Stadtentwicklung 2021, Stichtag 31.12.2020" },
      { timeout: 5000 },
    );
    // Both pages of results were loaded, 500 per page.
    expect(recorded.results.map((variables) => [variables.first, variables.after ?? null])).toEqual([
      [500, null],
      [500, "cursor-3"],
    ]);
    expect(mapPath("01100101").style.fill).toBe("rgb(254, 227, 145)");
    expect(mapPath("01100103").style.fill).toBe("rgb(140, 45, 4)");
    expect(mapPath("01100104").style.fill).toBe("rgb(242, 242, 242)");
    expect(
      within(map).getByRole("link", { name: /^Großer Tiergarten \(01100102\): Status 2 mittel, Dynamik negativ/ }),
    ).toBeInTheDocument();
    expect(
      within(map).getByRole("link", {
        name: "Körnerstraße (01100104): ohne Zuordnung: von der Definition ausgeschlossen",
      }),
    ).toBeInTheDocument();

    const legend = screen.getByRole("heading", { name: "Statusklassen" }).parentElement as HTMLElement;
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "1 hoch1 Gebiet",
      "2 mittel1 Gebiet",
      "3 niedrig0 Gebiete",
      "4 sehr niedrig1 Gebiet",
      "ohne Zuordnung1 Gebiet",
    ]);
    expect(
      screen.getByText(
        "Monitoring Soziale Stadtentwicklung 2021, Version 2 · Planungsraum · Stichtag 31.12.2020 · 3 Gebiete mit Index, 1 ohne Zuordnung · berechnet 02.03.2026, 10:00",
      ),
    ).toBeInTheDocument();

    // Compared with the predecessor of the same definition by default.
    const list = await screen.findByRole("table", { name: "Gebiete mit Klassenwechsel" });
    expect(recorded.classChanges).toEqual([{ fromRunId: runIds.first, toRunId: runIds.second }]);
    expect(screen.getByText("2 Gebiete haben die Klasse gewechselt: 2 verschlechtert")).toBeInTheDocument();
    const rows = within(list)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Großer Tiergarten 01100102", "2 mittel (unverändert)", "stabil (+/-) → negativ (-)", "verschlechtert"],
      ["Lützowstraße 01100103", "3 niedrig → 4 sehr niedrig", "positiv (+) (unverändert)", "verschlechtert"],
    ]);
    expect(within(list).getByRole("link", { name: "Lützowstraße" })).toHaveAttribute("href", "/gebiete/01100103");
  });

  it("keeps run, comparison and colouring in the URL and draws the combined code as patterns", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const recorded = useWorkbenchApi();
    const user = userEvent.setup();
    const { router } = renderApp(`/indizes/mss-2021?run=${runIds.second}&compare=none&colour=combined`);

    await screen.findByRole("group", { name: /^Karte:/ }, { timeout: 5000 });
    expect(screen.getByRole("radio", { name: "Gesamtindex (Status und Dynamik)" })).toBeChecked();
    expect(mapPath("01100102").style.fill).toMatch(/^url\("#.+-mittel-negativ"\)$/);
    expect(mapPath("01100101").style.fill).toBe("rgb(254, 227, 145)");
    expect(screen.getByRole("heading", { name: "Gesamtindex: Farbe Status, Muster Dynamik" })).toBeInTheDocument();
    expect(screen.getByLabelText("Verglichen mit")).toHaveValue("none");
    expect(screen.getByText("Wählen Sie einen Lauf zum Vergleich.")).toBeInTheDocument();
    expect(recorded.classChanges).toEqual([]);

    await user.selectOptions(screen.getByLabelText("Verglichen mit"), "");
    await waitFor(() => expect(router.state.location.search).toBe(`?run=${runIds.second}&colour=combined`));
    await screen.findByRole("table", { name: "Gebiete mit Klassenwechsel" });

    await user.click(screen.getByRole("radio", { name: "Statusklasse" }));
    await waitFor(() => expect(router.state.location.search).toBe(`?run=${runIds.second}`));
    expect(mapPath("01100102").style.fill).toBe("rgb(254, 196, 79)");

    // The first run has no predecessor: nothing to compare until a run is chosen.
    await user.selectOptions(screen.getByLabelText("Angezeigter Lauf"), runIds.first);
    await waitFor(() => expect(router.state.location.search).toBe(`?run=${runIds.first}`));
    expect(await screen.findByText(/^Dies ist der erste Lauf dieser Definition\. Zum Vergleich/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Verglichen mit"), runIds.second);
    expect(
      await screen.findByText(/Kein Gebiet hat gegenüber Monitoring Soziale Stadtentwicklung 2021/),
    ).toBeInTheDocument();
    expect(recorded.classChanges.at(-1)).toEqual({ fromRunId: runIds.second, toRunId: runIds.first });
  }, 20_000);

  describe("CSV download", () => {
    let blobs: Blob[];
    let names: string[];
    beforeEach(() => {
      blobs = [];
      names = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return "blob:index";
      });
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it("downloads every area of the run with indices at full precision and the reasons", async () => {
      useViewerHandler(testViewer("PLANNER"));
      useWorkbenchApi();
      const user = userEvent.setup();
      renderApp("/indizes/mss-2021");
      await screen.findByRole("group", { name: /^Karte:/ }, { timeout: 5000 });

      await user.click(screen.getByRole("button", { name: "Ergebnis als CSV" }));
      await waitFor(() => expect(blobs).toHaveLength(1));
      expect(names).toEqual(["mss-2021-v2-planungsraum-2020-12-31.csv"]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await blobs[0]?.arrayBuffer());
      expect(text.split("\n").filter(Boolean)).toEqual([
        "\ufeffGebietsschlüssel,Gebiet,Status-Index,Statusklasse,Dynamik-Index,Dynamikklasse,Gesamtindex,Rang,Grund ohne Zuordnung",
        "01100101,Stülerstraße,-1.234567,1,0.2,+/-,1+/-,3,",
        "01100102,Großer Tiergarten,0.5,2,1.7,-,2-,2,",
        "01100103,Lützowstraße,2.1,4,-1.3,+,4+,1,",
        "01100104,Körnerstraße,,,,,,,ohne Zuordnung: von der Definition ausgeschlossen",
      ]);
    });
  });

  it("computes a run for a level and Stichtag and shows it", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const recorded = useWorkbenchApi();
    const user = userEvent.setup();
    const { router } = renderApp("/indizes/mss-2021");
    await screen.findByRole("group", { name: /^Karte:/ }, { timeout: 5000 });

    expect(screen.getByLabelText("Stichtag")).toHaveValue("2020-12-31");
    await user.type(screen.getByLabelText("Bezeichnung (optional)"), "Test");
    await user.click(screen.getByRole("button", { name: "Index berechnen" }));
    await waitFor(() => expect(router.state.location.search).toBe("?run=41000000-0000-4000-8000-000000000003"));
    expect(recorded.runIndex).toEqual([
      { definitionId, level: "PLANUNGSRAUM", referenceDate: "2020-12-31", label: "Test" },
    ]);
    expect(await screen.findByText(/berechnet 03\.03\.2026, 08:00 – Test$/, { selector: "p" })).toBeInTheDocument();
  });

  it("says why a run was not computed", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useWorkbenchApi();
    server.use(
      graphql.mutation(RunIndexDocument, () =>
        graphqlError("BAD_USER_INPUT", "No area of level BEZIRK has values for every indicator on 2020-12-31"),
      ),
    );
    const user = userEvent.setup();
    renderApp("/indizes/mss-2021");
    await screen.findByRole("group", { name: /^Karte:/ }, { timeout: 5000 });
    await user.selectOptions(screen.getByLabelText("Ebene"), "BEZIRK");
    await user.click(screen.getByRole("button", { name: "Index berechnen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Der Index wurde nicht berechnet: No area of level BEZIRK has values for every indicator on 2020-12-31",
    );
  });

  it("offers to compute a definition without runs", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useWorkbenchApi({ runs: [] });
    renderApp("/indizes/mss-2021");
    expect(await screen.findByText(/Diese Definition wurde noch nicht berechnet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Index berechnen" })).toBeEnabled();
    expect(screen.queryByRole("group", { name: /^Karte:/ })).not.toBeInTheDocument();
  });

  it("says when a definition does not exist", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useWorkbenchApi();
    renderApp("/indizes/gibt-es-nicht");
    expect(
      await screen.findByText("Es gibt keine Indexdefinition mit dem Schlüssel „gibt-es-nicht“."),
    ).toBeInTheDocument();
  });

  it("renders the method sheet as headings and lists, in the chosen language", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useWorkbenchApi();
    const user = userEvent.setup();
    const { router } = renderApp("/indizes/mss-2021");
    await user.click(await screen.findByRole("tab", { name: "Methodenblatt" }));
    await waitFor(() => expect(router.state.location.search).toBe("?tab=method"));
    expect(
      await screen.findByRole("heading", { level: 2, name: "Monitoring Soziale Stadtentwicklung 2021 (mss-2021)" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Status-Indikatoren" })).toBeInTheDocument();
    const steps = screen.getByRole("heading", { level: 3, name: "Berechnung" }).nextElementSibling as HTMLElement;
    expect(steps.tagName).toBe("OL");
    expect(
      within(steps)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Jeder Indikator wird z-standardisiert.", "Die z-Werte werden addiert (Statussumme)."]);
    await changeLanguage("en");
    expect(await screen.findByRole("heading", { level: 3, name: "Valid areas" })).toBeInTheDocument();
  });

  it("copies a definition, shows the API's field errors at the fields and opens the new definition", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const recorded = useWorkbenchApi();
    let attempt = 0;
    server.use(
      graphql.mutation(CreateIndexDefinitionDocument, ({ variables }) => {
        recorded.create.push(variables);
        attempt += 1;
        if (attempt === 1) {
          return graphqlError("BAD_USER_INPUT", "Invalid input", {
            fieldErrors: [
              { field: "status.thresholds", message: "thresholds must be in ascending order" },
              { field: "status.indicators.1.weight", message: "a weight must be greater than 0" },
              { field: "excludedAreaCodes.0", message: "unknown area code 0110010X" },
            ],
          });
        }
        return HttpResponse.json({
          data: { createIndexDefinition: { ...definitionFields, id: "new-id", key: variables.input.key, version: 1 } },
        });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/indizes?neu=1&vorlage=mss-2021");

    expect(await screen.findByRole("heading", { level: 1, name: "Kopie von mss-2021" })).toBeInTheDocument();
    const key = await screen.findByLabelText("Schlüssel", { exact: false, selector: "input" });
    expect(key).toHaveValue("mss-2021-kopie");
    expect(screen.getByLabelText("Name")).toHaveValue("Monitoring Soziale Stadtentwicklung 2021 (Kopie)");
    expect(screen.getByLabelText("Indikator 2 im Status-Teil")).toHaveValue("mss2021.s3");

    // Reorder, remove and add indicators with buttons.
    await user.click(screen.getByRole("button", { name: "Indikator 3 im Status-Teil nach oben" }));
    expect(screen.getByLabelText("Indikator 2 im Status-Teil")).toHaveValue("mss2021.s4");
    await user.click(screen.getByRole("button", { name: "Indikator 3 aus dem Status-Teil entfernen" }));
    await user.click(screen.getByRole("button", { name: "Indikator zum Status-Teil hinzufügen" }));
    await user.selectOptions(screen.getByLabelText("Indikator 3 im Status-Teil"), "mss2021.s3");
    await user.clear(screen.getByLabelText("Gewicht 2 im Status-Teil"));
    await user.type(screen.getByLabelText("Gewicht 2 im Status-Teil"), "0");
    await user.clear(screen.getByLabelText("2 mittel bis"));
    await user.type(screen.getByLabelText("2 mittel bis"), "-2");
    await user.clear(screen.getByLabelText("Ausgeschlossene Gebiete"));
    await user.type(screen.getByLabelText("Ausgeschlossene Gebiete"), "0110010X");
    await user.click(screen.getByRole("button", { name: "Definition anlegen" }));

    expect(await screen.findByText("Die Grenzen müssen aufsteigend sein.")).toBeInTheDocument();
    expect(screen.getByText("Das Gewicht muss größer als 0 sein.")).toBeInTheDocument();
    expect(screen.getByText("Ein Gebiet mit dem Schlüssel 0110010X gibt es nicht.")).toBeInTheDocument();
    expect(screen.getByLabelText("Gewicht 2 im Status-Teil")).toHaveAttribute("aria-invalid", "true");
    // Focus moves to the first field with a problem.
    expect(screen.getByLabelText("Gewicht 2 im Status-Teil")).toHaveFocus();
    expect(recorded.create[0]?.input).toMatchObject({
      key: "mss-2021-kopie",
      status: {
        indicators: [
          { indicatorKey: "mss2021.s1", weight: 1, polarity: "HIGHER_IS_WORSE" },
          { indicatorKey: "mss2021.s4", weight: 0, polarity: "HIGHER_IS_WORSE" },
          { indicatorKey: "mss2021.s3", weight: 1, polarity: "HIGHER_IS_WORSE" },
        ],
        thresholds: { highBelow: -1, middleUpTo: -2, lowUpTo: 1.5 },
      },
      dynamics: { indicators: [{ indicatorKey: "mss2021.d1", weight: 1 }], thresholds: { positiveBelow: -1 } },
      standardisation: "SAME_DATE",
      baseDate: null,
      minPopulation: 300,
      excludedAreaCodes: ["0110010X"],
    });

    await user.clear(screen.getByLabelText("Gewicht 2 im Status-Teil"));
    await user.type(screen.getByLabelText("Gewicht 2 im Status-Teil"), "1,5");
    await user.clear(screen.getByLabelText("2 mittel bis"));
    await user.type(screen.getByLabelText("2 mittel bis"), "0,8");
    await user.clear(screen.getByLabelText("Ausgeschlossene Gebiete"));
    await user.click(screen.getByRole("button", { name: "Definition anlegen" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/indizes/mss-2021-kopie"));
    expect(recorded.create[1]?.input.status.thresholds).toEqual({ highBelow: -1, middleUpTo: 0.8, lowUpTo: 1.5 });
    expect(recorded.create[1]?.input.status.indicators[1]?.weight).toBe(1.5);
    expect(recorded.create[1]?.input.excludedAreaCodes).toEqual([]);
  }, 20_000);

  it("checks numbers before sending and saves an edit as the next version", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useWorkbenchApi();
    const updates: unknown[] = [];
    server.use(
      graphql.mutation(UpdateIndexDefinitionDocument, ({ variables }) => {
        updates.push(variables);
        return HttpResponse.json({
          data: { updateIndexDefinition: { ...definitionFields, version: 3, minPopulation: 500 } },
        });
      }),
    );
    const user = userEvent.setup();
    renderApp("/indizes/mss-2021?tab=definition");
    const minimum = await screen.findByLabelText("Mindestzahl Einwohner/innen", { exact: false });
    await user.clear(minimum);
    await user.type(minimum, "fünfhundert");
    await user.click(screen.getByRole("button", { name: "Speichern als Version 3" }));
    expect(await screen.findByText("Bitte geben Sie eine Zahl ein, z. B. 1,5.")).toBeInTheDocument();
    expect(updates).toEqual([]);

    await user.clear(minimum);
    await user.type(minimum, "500");
    await user.click(screen.getByRole("button", { name: "Speichern als Version 3" }));
    expect(await screen.findByText(/^Gespeichert\./)).toBeInTheDocument();
    expect(updates).toEqual([
      expect.objectContaining({
        id: definitionId,
        input: expect.objectContaining({ key: "mss-2021", minPopulation: 500 }),
      }),
    ]);
  }, 20_000);
});
