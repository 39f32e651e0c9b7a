import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, graphql, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { DataImportIndicatorsDocument } from "../generated/documents/data-import.ts";
import type { ImportPreviewJson, ImportResultJson } from "../modules/data-import/utils/uploadApi.ts";
import { testViewer, useViewerHandler } from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

// The upload endpoints answer as apps/api/src/modules/data-import/data-import.routes.ts does:
// the preview as JSON, the import as NDJSON lines (progress, then the result).

const goodCsv = [
  "PLR_ID;PLR_NAME;Stichtag;S1;S4",
  "01100101;Stülerstraße;31.12.2022;2,5;10,1",
  "01100102;Großer Tiergarten;31.12.2022;1,5;3",
  "01100103;Lützowstraße;31.12.2022;4;12,25",
].join("\n");

const badCsv = [
  "PLR_ID;PLR_NAME;Stichtag;S1;S4",
  "01100101;Stülerstraße;31.12.2022;2,5;10,1",
  "01100102;Großer Tiergarten;31.12.2022;zwei;3",
  "99999999;Nirgendwo;31.12.2022;1;1",
].join("\n");

const expectedManifest = {
  kind: "observations",
  areaLevel: "PLANUNGSRAUM",
  areaCodeColumn: "PLR_ID",
  referenceDate: { column: "Stichtag", format: "DD.MM.YYYY" },
  delimiter: ";",
  decimal: ",",
  missingValues: [""],
  columns: [
    { column: "S1", indicator: "mss2021.s1", role: "value" },
    { column: "S4", indicator: "mss2021.s4", role: "value" },
  ],
  ignoreColumns: ["PLR_NAME"],
};

const observationsPreview = (fields: Partial<ImportPreviewJson["observations"]> = {}) => ({
  rowCount: 3,
  observationCount: 6,
  areaLevel: "PLANUNGSRAUM" as const,
  indicatorKeys: ["mss2021.s1", "mss2021.s4"],
  indicators: [
    { key: "mss2021.s1", values: 3, missing: 0, min: 1.5, max: 4 },
    { key: "mss2021.s4", values: 3, missing: 0, min: 3, max: 12.25 },
  ],
  referenceDates: ["2022-12-31"],
  areaCount: 3,
  unknownAreaCodes: [],
  unknownIndicatorKeys: [],
  errorCount: 0,
  ...fields,
});

const acceptedPreview: ImportPreviewJson = {
  kind: "OBSERVATIONS",
  fileName: "werte.csv",
  sha256: "a".repeat(64),
  manifest: null,
  accepted: true,
  errors: [],
  errorCount: 0,
  observations: observationsPreview(),
  areas: null,
  previousImport: null,
};

const rejectedPreview: ImportPreviewJson = {
  ...acceptedPreview,
  fileName: "werte-fehler.csv",
  accepted: false,
  errorCount: 2,
  errors: [
    { in: "file", line: 3, column: "S1", message: 'value "zwei" is not a number' },
    { in: "file", line: 4, column: "PLR_ID", message: "unknown area code 99999999: no PLANUNGSRAUM has this code" },
  ],
  observations: observationsPreview({
    observationCount: 0,
    areaCount: 2,
    unknownAreaCodes: ["99999999"],
    errorCount: 2,
  }),
};

const indicatorChoices = {
  indicators: {
    __typename: "IndicatorConnection",
    edges: [
      { key: "ew", name: "Einwohnerinnen und Einwohner", topic: "Bevölkerung" },
      { key: "mss2021.s1", name: "Arbeitslosigkeit", topic: "Arbeit" },
      { key: "mss2021.s4", name: "Kinderarmut", topic: "Armut" },
    ].map((indicator) => ({
      __typename: "IndicatorEdge",
      node: { __typename: "Indicator", id: `ind-${indicator.key}`, unit: "%", ...indicator },
    })),
  },
};

function useIndicators() {
  server.use(graphql.query(DataImportIndicatorsDocument, () => HttpResponse.json({ data: indicatorChoices })));
}

interface Sent {
  path: string;
  contentType: string | null;
  csrf: string | null;
  fileName: string;
  manifest: unknown;
  body: string;
}

async function sent(request: Request): Promise<Sent> {
  return {
    path: new URL(request.url).pathname,
    contentType: request.headers.get("content-type"),
    csrf: request.headers.get("x-sozialatlas-upload"),
    fileName: decodeURIComponent(request.headers.get("x-file-name") ?? ""),
    manifest: JSON.parse(decodeURIComponent(request.headers.get("x-import-manifest") ?? "null")),
    body: await request.text(),
  };
}

const ndjson = (lines: unknown[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join("");

const csvFile = (text: string, name: string) => new File([text], name, { type: "text/csv" });

async function chooseCsv(user: ReturnType<typeof userEvent.setup>, text: string, name: string) {
  await user.upload(await screen.findByLabelText("CSV-Datei", { selector: "input[type=file]" }), csvFile(text, name));
  // The columns are offered, named columns mapped to their indicators.
  await waitFor(() => expect(screen.getByLabelText("Indikator der Spalte S1")).toHaveValue("mss2021.s1"));
}

describe("Data page", () => {
  it("sends the public to the sign-in page and tells providers it is for planners", async () => {
    const viewer = useViewerHandler(null);
    const { router, unmount } = renderApp("/daten");
    await waitFor(() => expect(router.state.location.pathname).toBe("/anmelden"));
    unmount();
    viewer.set(testViewer("PROVIDER"));
    renderApp("/daten");
    expect(await screen.findByRole("heading", { level: 1, name: "Keine Berechtigung" })).toBeInTheDocument();
  }, 20_000);

  it("reads the CSV in the browser, builds the manifest and shows the problems with their lines", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useIndicators();
    const requests: Sent[] = [];
    server.use(
      http.post("*/api/imports/preview", async ({ request }) => {
        requests.push(await sent(request));
        await delay(100);
        return HttpResponse.json(rejectedPreview);
      }),
      http.post("*/api/imports", () => HttpResponse.json({ error: { code: "BAD_REQUEST", message: "unexpected" } })),
    );
    const user = userEvent.setup();
    renderApp("/daten");
    expect(await screen.findByRole("heading", { level: 1, name: "Daten" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Datei prüfen" })).toBeDisabled();
    expect(screen.getByText("Wählen Sie zuerst die Datei: Das Formular bietet ihre Spalten an.")).toBeInTheDocument();

    await chooseCsv(user, badCsv, "werte-fehler.csv");
    const sample = screen.getByRole("table", { name: "Die ersten Zeilen der Datei" });
    expect(
      within(sample)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual([
      "ZeilePLR_IDPLR_NAMEStichtagS1S4",
      "201100101Stülerstraße31.12.20222,510,1",
      "301100102Großer Tiergarten31.12.2022zwei3",
      "499999999Nirgendwo31.12.202211",
    ]);
    expect(screen.getByLabelText("Spalte mit dem Gebietsschlüssel")).toHaveValue("PLR_ID");
    expect(screen.getByLabelText("Spalte mit dem Stichtag")).toHaveValue("Stichtag");
    expect(screen.getByLabelText("Schreibweise")).toHaveValue("DD.MM.YYYY");
    expect(screen.getByLabelText("Trennzeichen")).toHaveValue(";");
    expect(screen.getByLabelText("Dezimalzeichen")).toHaveValue(",");
    expect(screen.getByLabelText("Indikator der Spalte PLR_NAME")).toHaveValue("");

    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    expect(await screen.findByRole("button", { name: "Datei wird geprüft …" })).toBeDisabled();
    expect(screen.getByRole("progressbar", { name: "Datei wird geprüft …" })).toBeInTheDocument();
    const problems = await screen.findByRole("table", { name: "Probleme mit Zeile und Spalte" });
    expect(
      within(problems)
        .getAllByRole("row")
        .slice(1)
        .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent)),
    ).toEqual([
      ["Zeile 3, Spalte S1", 'value "zwei" is not a number'],
      ["Zeile 4, Spalte PLR_ID", "unknown area code 99999999: no PLANUNGSRAUM has this code"],
    ]);
    expect(screen.getByText("Die Datei wird so nicht importiert: 2 Probleme.")).toBeInTheDocument();
    expect(screen.getByText(/^Es wurde nichts gespeichert\./)).toBeInTheDocument();
    expect(screen.getByText("1: 99999999")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Jetzt importieren" })).not.toBeInTheDocument();

    expect(requests).toEqual([
      {
        path: "/api/imports/preview",
        contentType: "text/csv",
        csrf: "1",
        fileName: "werte-fehler.csv",
        manifest: expectedManifest,
        body: badCsv,
      },
    ]);
  }, 20_000);

  it("imports an accepted file after confirmation and moves the progress bar with the server's lines", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useIndicators();
    const requests: Sent[] = [];
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const result: ImportResultJson = {
      ...acceptedPreview,
      dataImportId: "import-1",
      created: 4,
      updated: 2,
      unchanged: 0,
    };
    server.use(
      http.post("*/api/imports/preview", async ({ request }) => {
        requests.push(await sent(request));
        return HttpResponse.json(acceptedPreview);
      }),
      http.post("*/api/imports", async ({ request }) => {
        requests.push(await sent(request));
        const encoder = new TextEncoder();
        const stream = new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(
              encoder.encode(
                ndjson([
                  { done: 0, total: 6 },
                  { done: 3, total: 6 },
                ]),
              ),
            );
            await finished;
            controller.enqueue(encoder.encode(ndjson([{ done: 6, total: 6 }, { result }])));
            controller.close();
          },
        });
        return new HttpResponse(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8" } });
      }),
    );
    const user = userEvent.setup();
    renderApp("/daten");
    await chooseCsv(user, goodCsv, "werte.csv");
    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));

    expect(await screen.findByText("Die Datei kann importiert werden.")).toBeInTheDocument();
    const values = screen.getByRole("table", { name: "Werte je Indikator" });
    expect(within(values).getAllByRole("row")[2]).toHaveTextContent("mss2021.s430312,25");
    await user.click(screen.getByRole("button", { name: "Jetzt importieren" }));

    const bar = await screen.findByRole("progressbar", { name: "Fortschritt des Imports" });
    await waitFor(() => expect(bar).toHaveAttribute("value", "50"));
    expect(screen.getByText("3 von 6 gespeichert (50 %)")).toBeInTheDocument();
    finish();
    expect(await screen.findByText("werte.csv wurde importiert.")).toBeInTheDocument();
    expect(screen.getByText("4 Werte neu, 2 geändert, 0 unverändert.")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Fortschritt des Imports" })).toHaveAttribute("value", "100");
    expect(screen.getByText("100 % – fertig")).toBeInTheDocument();
    expect(requests.map((request) => request.path)).toEqual(["/api/imports/preview", "/api/imports"]);
    expect(requests[1]).toMatchObject({ csrf: "1", manifest: expectedManifest, body: goodCsv });

    await user.click(screen.getByRole("button", { name: "Weitere Datei importieren" }));
    expect(screen.getByLabelText("CSV-Datei", { selector: "input[type=file]" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Datei prüfen" })).toBeDisabled();
  }, 20_000);

  it("shows a file rejected at import time with its problems, and server errors with what was written", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useIndicators();
    let importAnswer: "rejected" | "error" | "forbidden" = "rejected";
    server.use(
      http.post("*/api/imports/preview", () => HttpResponse.json(acceptedPreview)),
      http.post("*/api/imports", () => {
        if (importAnswer === "forbidden") {
          return HttpResponse.json(
            { error: { code: "FORBIDDEN", message: "Only planners and admins may do this" } },
            { status: 403 },
          );
        }
        const last =
          importAnswer === "rejected"
            ? {
                result: {
                  ...rejectedPreview,
                  errors: [
                    { in: "file", message: "area 01100101 was removed while the file was checked: import it again" },
                  ],
                  errorCount: 1,
                  dataImportId: null,
                  created: 0,
                  updated: 0,
                  unchanged: 0,
                },
              }
            : { error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error: nothing was imported" } };
        return new HttpResponse(ndjson([{ done: 0, total: 6 }, last]), {
          headers: { "content-type": "application/x-ndjson" },
        });
      }),
    );
    const user = userEvent.setup();
    renderApp("/daten");
    await chooseCsv(user, goodCsv, "werte.csv");

    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    await user.click(await screen.findByRole("button", { name: "Jetzt importieren" }));
    expect(await screen.findByText("Die Datei wird so nicht importiert: 1 Problem.")).toBeInTheDocument();
    expect(
      screen.getByText("area 01100101 was removed while the file was checked: import it again"),
    ).toBeInTheDocument();

    importAnswer = "error";
    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    await user.click(await screen.findByRole("button", { name: "Jetzt importieren" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Der Server hat die Datei nicht angenommen: Internal server error: nothing was imported",
    );
    expect(alert).toHaveTextContent("Es wurde nichts gespeichert.");

    importAnswer = "forbidden";
    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    await user.click(await screen.findByRole("button", { name: "Jetzt importieren" }));
    expect(await screen.findByText("Für diese Daten fehlt Ihnen die Berechtigung.")).toBeInTheDocument();
  }, 20_000);

  it("takes a manifest file instead of the form, and says when it is not JSON", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useIndicators();
    const requests: Sent[] = [];
    server.use(
      http.post("*/api/imports/preview", async ({ request }) => {
        requests.push(await sent(request));
        return HttpResponse.json(acceptedPreview);
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/daten");
    await chooseCsv(user, goodCsv, "werte.csv");
    await user.click(screen.getByRole("radio", { name: "Manifest-Datei hochladen" }));
    await waitFor(() => expect(router.state.location.search).toBe("?manifest=file"));
    expect(screen.getByRole("button", { name: "Datei prüfen" })).toBeDisabled();

    const manifestInput = screen.getByLabelText("Manifest-Datei (JSON)");
    await user.upload(manifestInput, new File(["{ kind: observations"], "kaputt.json", { type: "application/json" }));
    expect(await screen.findByText(/^Die Manifest-Datei ist kein gültiges JSON:/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Datei prüfen" })).toBeDisabled();

    const manifest = { ...expectedManifest, source: "Amt für Statistik" };
    await user.upload(manifestInput, new File([JSON.stringify(manifest)], "werte.manifest.json"));
    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    await screen.findByText("Die Datei kann importiert werden.");
    expect(requests[0]?.manifest).toEqual(manifest);
  }, 20_000);

  it("uploads area boundaries as GeoJSON with a manifest from their properties", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useIndicators();
    const requests: Sent[] = [];
    server.use(
      http.post("*/api/imports/preview", async ({ request }) => {
        requests.push(await sent(request));
        return HttpResponse.json({
          ...acceptedPreview,
          kind: "AREAS",
          fileName: "plr.geojson",
          observations: null,
          areas: {
            featureCount: 2,
            level: "PLANUNGSRAUM",
            newCodes: ["01100199"],
            unknownParentCodes: [],
            bbox: null,
            errorCount: 0,
          },
        });
      }),
    );
    const geojson = {
      type: "FeatureCollection",
      features: ["01100101", "01100199"].map((code, index) => ({
        type: "Feature",
        properties: { PLR_ID: code, PLR_NAME: `Planungsraum ${index + 1}`, GROESSE_M2: 1000 * (index + 1) },
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [13.3, 52.5],
              [13.31, 52.5],
              [13.31, 52.51],
              [13.3, 52.5],
            ],
          ],
        },
      })),
    };
    const user = userEvent.setup();
    const { router } = renderApp("/daten");
    await user.click(await screen.findByRole("radio", { name: /Gebietsgrenzen/ }));
    await waitFor(() => expect(router.state.location.search).toBe("?kind=areas"));
    await user.upload(
      screen.getByLabelText("GeoJSON-Datei", { selector: "input[type=file]" }),
      new File([JSON.stringify(geojson)], "plr.geojson", { type: "application/geo+json" }),
    );
    expect(await screen.findByText(/^plr\.geojson, [\d,]+ KB, 2 Objekte – die ersten:$/)).toBeInTheDocument();
    expect(screen.getByLabelText("Eigenschaft mit dem Gebietsschlüssel")).toHaveValue("PLR_ID");
    expect(screen.getByLabelText("Eigenschaft mit dem Gebietsnamen")).toHaveValue("PLR_NAME");
    expect(screen.getByLabelText("Anzahl Zeichen", { exact: false })).toHaveValue("6");
    expect(screen.getByLabelText(/Eigenschaft mit der Fläche/)).toHaveValue("GROESSE_M2");

    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    expect(await screen.findByText("1: 01100199")).toBeInTheDocument();
    expect(requests[0]).toMatchObject({
      contentType: "application/geo+json",
      fileName: "plr.geojson",
      manifest: {
        kind: "areas",
        level: "PLANUNGSRAUM",
        codeProperty: "PLR_ID",
        nameProperty: "PLR_NAME",
        parentCodePrefix: 6,
        areaM2Property: "GROESSE_M2",
      },
    });
  }, 20_000);
});
